#pragma once

#include "connections/connectionconfig.h"
#include "store/keyoperations.h"
#include "connections/readonlygate.h"

#include <cashews/serializer.h>

#include <QObject>

#include <memory>

namespace cashews {

class Cache;

// One open store: the cashews Cache set up from a ConnectionConfig, its read-only gate,
// the KeyOperations the browser models use, and the serializer the value inspector
// decodes with. The cache lives in a shared_ptr so that coroutines in flight keep it
// alive after the connection is closed.
class Connection : public QObject
{
    Q_OBJECT

public:
    // Sets up the cache; throws SettingsError / BackendNotAvailableError naming the bad part
    // of the URL or options. `config.url` must carry the password (if any) at this point.
    explicit Connection(ConnectionConfig config, QObject *parent = nullptr);
    ~Connection() override;

    const ConnectionConfig &config() const { return m_config; }
    QString name() const { return m_config.name; }
    // The URL without secrets, for display.
    QString displayUrl() const;
    std::shared_ptr<Cache> cache() const { return m_cache; }
    KeyOperationsPtr operations() const { return m_operations; }
    // The connection's own value pipeline (secret, digestmod, pickle and compression).
    SerializerPtr serializer() const { return m_serializer; }
    // Whether a secret is configured (values must be signed).
    bool hasSecret() const;

    bool isReadOnly() const { return m_gate.isReadOnly(); }
    void setReadOnly(bool readOnly);

    // Checks a URL and options the way open does, without keeping anything; returns the
    // error message or an empty string.
    static QString validate(const QString &url, const QVariantMap &options);

Q_SIGNALS:
    void readOnlyChanged(bool readOnly);

private:
    ConnectionConfig m_config;
    std::shared_ptr<Cache> m_cache;
    ReadOnlyGate m_gate;
    KeyOperationsPtr m_operations;
    SerializerPtr m_serializer;
};

} // namespace cashews
