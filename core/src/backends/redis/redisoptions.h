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
    int connectTimeoutMs = 1000;
    int commandTimeoutMs = 1000;
    int waitForConnectionTimeoutMs = 10000;
    int maxConnections = 10;
    bool retryOnTimeout = false;
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
