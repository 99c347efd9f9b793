#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace cashews {

class Settings;

// Connection options of a Redis backend, read from the setup URL and keyword options.
struct RedisOptions
{
    enum class Transport : quint8 { Tcp, Tls, Unix };
    enum class CertReqs : quint8 { None, Optional, Required };

    // Takes the Redis options out of `settings` (the caller calls finish() afterwards).
    // Throws SettingsError naming the bad part.
    static RedisOptions fromSettings(Settings &settings);

    // The AUTH / SELECT / CLIENT SETNAME commands every new connection sends first.
    QList<QList<QByteArray>> handshake() const;
    // host:port or the socket path, for messages.
    QString endpoint() const;

    Transport transport = Transport::Tcp;
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 6379;
    QString socketPath;
    int db = 0;
    QString username;
    QString password;
    QString clientName = QStringLiteral("cashews");
    // socket_connect_timeout: TCP connect + TLS handshake + AUTH/SELECT (default: socket_timeout).
    int connectTimeoutMs = 1000;
    // socket_timeout: the longest wait for a reply; then the connection is dropped (its reply
    // stream is out of step) and the command fails with RedisTimeoutError.
    int commandTimeoutMs = 1000;
    // wait_for_connection_timeout: the longest a command waits for a connection to become
    // usable. Commands never wait for a free connection (any connection takes more commands,
    // pipelined), so this caps the connection set-up time as well.
    int waitForConnectionTimeoutMs = 10000;
    // max_connections: the pool opens more only while every connection is busy.
    int maxConnections = 10;
    // retry_on_timeout: one more attempt, on another connection, after a timeout.
    bool retryOnTimeout = false;
    // socket_keepalive (TCP only).
    bool keepAlive = true;

    QString sslCaCerts;
    QString sslCertFile;
    QString sslKeyFile;
    CertReqs sslCertReqs = CertReqs::Required;

    bool suppress = true;
    bool clientSide = false;
    QString clientSidePrefix = QStringLiteral("cashews:");
    int clientSideListenTimeoutMs = 1000;
};

} // namespace cashews
