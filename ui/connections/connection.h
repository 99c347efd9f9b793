#pragma once

#include "connections/connectionconfig.h"
#include "store/keyoperations.h"
#include "connections/readonlygate.h"

#include <cashews/serializer.h>

#include <QCoro/QCoroTask>

#include <QObject>

#include <memory>

namespace cashews {

class Cache;

// One open store: the cashews Cache set up from a ConnectionConfig, its read-only gate,
// the KeyOperations the browser models use, and the serializer the value inspector
// decodes with. The cache lives in a shared_ptr so that coroutines in flight keep it
// alive after the connection is closed.
//
// The studio never suppresses store failures (cashews' suppress=true would show an
// unreachable store as an empty one): every command that fails on the store makes the
// connection PING it, and a failed PING puts it in the Disconnected state until a command
// or reconnect() succeeds.
class Connection : public QObject
{
    Q_OBJECT

public:
    enum class State { Checking, Connected, Disconnected };

    // Sets up the cache; throws SettingsError / BackendNotAvailableError naming the bad part
    // of the URL or options. `config.url` must carry the password (if any) at this point.
    // Starts a first PING (state Checking until it answers).
    explicit Connection(ConnectionConfig config, QObject *parent = nullptr);
    ~Connection() override;

    const ConnectionConfig &config() const { return m_config; }
    QString name() const { return m_config.name; }
    // The URL without secrets, for display.
    QString displayUrl() const;
    // Where the data lives when the URL alone does not say: a disk store's directory, or
    // that it is a temporary one; empty for other stores.
    QString storageDescription() const;
    std::shared_ptr<Cache> cache() const { return m_cache; }
    KeyOperationsPtr operations() const { return m_operations; }
    // The connection's own value pipeline (secret, digestmod, pickle and compression).
    SerializerPtr serializer() const { return m_serializer; }
    // Whether a secret is configured (values must be signed).
    bool hasSecret() const;

    bool isReadOnly() const { return m_gate.isReadOnly(); }
    void setReadOnly(bool readOnly);

    // Whether write actions make sense: not read-only and the store not known to be down.
    bool isWritable() const { return !isReadOnly() && m_state != State::Disconnected; }

    State state() const { return m_state; }
    bool isConnected() const { return m_state == State::Connected; }
    // The store's error message while Disconnected.
    QString stateError() const { return m_stateError; }
    // PINGs the store again (a no-op while a PING is in flight); the state follows the answer.
    void reconnect();
    // Called by the connection's middleware after each command: a store failure triggers
    // a PING, a success means the store answers.
    void noteCommand(bool storeFailed);

    // Checks a URL and options the way open does, without keeping anything; returns the
    // error message or an empty string.
    static QString validate(const QString &url, const QVariantMap &options);
    // Opens a throw-away cache with the studio's options and PINGs it (for Redis after
    // AUTH and SELECT); returns the store's error message, or an empty string when it answered.
    static QCoro::Task<QString> probe(QString url, QVariantMap options);
    // `options` with what the studio's own connections always use on Redis: suppress off
    // (whatever the URL says) and the client name "cashews-studio" unless one was given.
    static QVariantMap studioOptions(const QString &url, QVariantMap options);

Q_SIGNALS:
    void readOnlyChanged(bool readOnly);
    void stateChanged(cashews::Connection::State state);
    // When isWritable() changed (read-only switched, or the store went down or came back).
    void writableChanged(bool writable);

private:
    void setState(State state, const QString &error);
    // Runs `change`, then emits writableChanged() if it changed isWritable().
    template<typename F>
    void changeWritable(F change);

    ConnectionConfig m_config;
    std::shared_ptr<Cache> m_cache;
    ReadOnlyGate m_gate;
    KeyOperationsPtr m_operations;
    SerializerPtr m_serializer;
    State m_state = State::Checking;
    QString m_stateError;
    bool m_pinging = false;
};

} // namespace cashews
