#pragma once

#include "connections/connectionconfig.h"

#include <QObject>

#include <functional>

namespace cashews {

// Saved connections in QSettings. Secrets (the "secret" option and URL passwords) never go
// there: with qtkeychain they are kept in the system keychain, otherwise only their names
// are saved and the studio asks for them each time the connection is opened.
class ConnectionStore : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionStore(QObject *parent = nullptr);

    // Whether secrets can be kept (qtkeychain was found at build time).
    static bool hasKeychain();

    QList<ConnectionConfig> load() const;
    // Saves `config` (replacing one with the same id); its secrets go to the keychain.
    void save(const ConnectionConfig &config);
    void remove(const QString &id);
    // Names of the secrets `config` had when saved ("secret", "url-password").
    QStringList secretNames(const QString &id) const;
    // Fills the secrets of a loaded `config` from the keychain and calls `done` with it and
    // the names of secrets still missing (to ask for). `done` runs on the event loop, only
    // while this store exists.
    void restoreSecrets(const ConnectionConfig &config, std::function<void(ConnectionConfig, QStringList)> done);

    // The name of the URL password among secretNames().
    static QString urlPasswordName() { return QStringLiteral("url-password"); }
    // A config with the secret `name` set to `value`.
    static ConnectionConfig withSecret(ConnectionConfig config, const QString &name, const QString &value);

Q_SIGNALS:
    void errorOccurred(const QString &message);
};

} // namespace cashews
