#include "redisoptions.h"

#include <cashews/errors.h>
#include <cashews/settings.h>

namespace cashews {

namespace {

// Seconds (cashews' unit for socket timeouts) to whole milliseconds, at least 1.
int takeMs(Settings &settings, const QString &name, double fallbackSeconds)
{
    const double seconds = settings.takeDouble(name, fallbackSeconds, 0.001, 86400.0);
    return qMax(1, static_cast<int>(seconds * 1000.0));
}

} // namespace

RedisOptions RedisOptions::fromSettings(Settings &settings)
{
    RedisOptions o;
    const QString scheme = settings.scheme();
    if (scheme == u"unix") {
        o.transport = Transport::Unix;
        o.socketPath = settings.path();
        if (o.socketPath.isEmpty())
            throw SettingsError(QStringLiteral("unix:// url '%1' has no socket path").arg(settings.redactedUrl()));
    } else {
        o.transport = scheme == u"rediss" ? Transport::Tls : Transport::Tcp;
        if (!settings.host().isEmpty())
            o.host = settings.host();
        o.port = static_cast<quint16>(settings.port(6379));
        // The path holds the database number, as in redis-py's from_url.
        QString path = settings.path();
        if (path.startsWith(u'/'))
            path.remove(0, 1);
        if (!path.isEmpty()) {
            bool ok = false;
            o.db = path.toInt(&ok);
            if (!ok || o.db < 0)
                throw SettingsError(QStringLiteral("redis url '%1': the path '%2' is not a database number")
                                        .arg(settings.redactedUrl(), path));
        }
    }
    o.db = static_cast<int>(settings.takeInt(QStringLiteral("db"), o.db, 0, 1 << 20));
    o.username = settings.takeString(QStringLiteral("username"), settings.userName());
    o.password = settings.takeString(QStringLiteral("password"), settings.password());
    o.clientName = settings.takeString(QStringLiteral("client_name"), o.clientName);
    o.commandTimeoutMs = takeMs(settings, QStringLiteral("socket_timeout"), 1.0);
    o.connectTimeoutMs = takeMs(settings, QStringLiteral("socket_connect_timeout"), o.commandTimeoutMs / 1000.0);
    o.waitForConnectionTimeoutMs = takeMs(settings, QStringLiteral("wait_for_connection_timeout"), 10.0);
    o.maxConnections = static_cast<int>(settings.takeInt(QStringLiteral("max_connections"), 10, 1, 10000));
    o.retryOnTimeout = settings.takeBool(QStringLiteral("retry_on_timeout"), false);
    o.keepAlive = settings.takeBool(QStringLiteral("socket_keepalive"), true);

    o.sslCaCerts = settings.takeString(QStringLiteral("ssl_ca_certs"));
    o.sslCertFile = settings.takeString(QStringLiteral("ssl_certfile"));
    o.sslKeyFile = settings.takeString(QStringLiteral("ssl_keyfile"));
    const QString reqs = settings.takeString(QStringLiteral("ssl_cert_reqs"), QStringLiteral("required")).toLower();
    if (reqs == u"required" || reqs == u"cert_required")
        o.sslCertReqs = CertReqs::Required;
    else if (reqs == u"optional" || reqs == u"cert_optional")
        o.sslCertReqs = CertReqs::Optional;
    else if (reqs == u"none" || reqs == u"cert_none")
        o.sslCertReqs = CertReqs::None;
    else
        throw SettingsError(QStringLiteral("option 'ssl_cert_reqs' has the value '%1', expected required, optional or none").arg(reqs));
    const bool anySsl = !o.sslCaCerts.isEmpty() || !o.sslCertFile.isEmpty() || !o.sslKeyFile.isEmpty();
    if (anySsl && o.transport != Transport::Tls)
        throw SettingsError(QStringLiteral("ssl_* options need a rediss:// url, got '%1'").arg(settings.redactedUrl()));
    if (o.sslCertFile.isEmpty() != o.sslKeyFile.isEmpty())
        throw SettingsError(QStringLiteral("ssl_certfile and ssl_keyfile must be given together"));

    o.suppress = settings.takeBool(QStringLiteral("suppress"), true);
    o.clientSide = settings.takeBool(QStringLiteral("client_side"), false);
    o.clientSidePrefix = settings.takeString(QStringLiteral("client_side_prefix"), o.clientSidePrefix);
    o.clientSideListenTimeoutMs = takeMs(settings, QStringLiteral("client_side_listen_timeout"),
                                         o.commandTimeoutMs / 1000.0);
    if (o.clientSide && o.clientSidePrefix.isEmpty())
        throw SettingsError(QStringLiteral("option 'client_side_prefix' must not be empty"));
    return o;
}

QList<QList<QByteArray>> RedisOptions::handshake() const
{
    QList<QList<QByteArray>> commands;
    if (!password.isEmpty()) {
        QList<QByteArray> auth{QByteArrayLiteral("AUTH")};
        if (!username.isEmpty())
            auth.append(username.toUtf8());
        auth.append(password.toUtf8());
        commands.append(auth);
    }
    if (db != 0)
        commands.append(QList<QByteArray>{QByteArrayLiteral("SELECT"), QByteArray::number(db)});
    if (!clientName.isEmpty())
        commands.append(QList<QByteArray>{QByteArrayLiteral("CLIENT"), QByteArrayLiteral("SETNAME"), clientName.toUtf8()});
    return commands;
}

QString RedisOptions::endpoint() const
{
    if (transport == Transport::Unix)
        return socketPath;
    return QStringLiteral("%1:%2").arg(host).arg(port);
}

} // namespace cashews
