#pragma once

#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace cashews {

// How to open one store: what the connection dialog edits and QSettings keeps
// (without secrets, see ConnectionStore).
struct ConnectionConfig
{
    QString id;            // stable identifier for QSettings and the keychain
    QString name;          // shown in the connection tree
    QString url;           // setup URL, e.g. "redis://localhost:6379/0"
    QVariantMap options;   // setup options: secret, digestmod, pickle_type, compress_type, client_side
    bool readOnly = false; // refuse every write command (enforced by a middleware)
    bool demo = false;     // seed a mem:// store with data written by every strategy

    // Option names whose values are secrets (never stored in plain text).
    static QStringList secretOptions();
    // The setup options the dialog offers.
    static QStringList knownOptions();
    // The URL's password, if any.
    QString urlPassword() const;
    // The URL with its password removed (what QSettings may keep).
    QString urlWithoutPassword() const;
    // The URL with `password` put in.
    QString urlWithPassword(const QString &password) const;
};

} // namespace cashews
