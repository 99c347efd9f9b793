#include "redisserver.h"

#include "backendurl.h"

#include <QDeadlineTimer>
#include <QHostAddress>
#include <QStandardPaths>
#include <QTcpServer>

namespace cashews::test {

namespace {

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

} // namespace

QString RedisServer::fixtureUrl()
{
    return redisFixtureUrl();
}

RedisServer::RedisServer()
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
}

RedisServer::~RedisServer()
{
    stop();
}

void RedisServer::setArguments(QStringList arguments, bool tlsOnly)
{
    m_arguments = std::move(arguments);
    m_tlsOnly = tlsOnly;
}

bool RedisServer::start()
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("redis-server"));
    if (program.isEmpty()) {
        m_error = QStringLiteral("redis-server is not installed");
        return false;
    }
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary directory: %1").arg(m_dir.errorString());
        return false;
    }
    if (m_port == 0)
        m_port = freePort();
    const QString port = QString::number(m_port);
    QStringList args{QStringLiteral("--bind"), QStringLiteral("127.0.0.1"),
                     QStringLiteral("--save"), QString(),
                     QStringLiteral("--appendonly"), QStringLiteral("no"),
                     QStringLiteral("--dir"), m_dir.path(),
                     QStringLiteral("--daemonize"), QStringLiteral("no"),
                     QStringLiteral("--logfile"), QString()};
    if (m_tlsOnly)
        args << QStringLiteral("--port") << QStringLiteral("0") << QStringLiteral("--tls-port") << port;
    else
        args << QStringLiteral("--port") << port;
    args += m_arguments;
    m_process.start(program, args);
    if (!m_process.waitForStarted(5000)) {
        m_error = QStringLiteral("redis-server did not start: %1").arg(m_process.errorString());
        return false;
    }
    QByteArray log;
    const QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired()) {
        if (m_process.state() != QProcess::Running)
            break;
        m_process.waitForReadyRead(100);
        log += m_process.readAll();
        if (log.contains("Ready to accept connections"))
            return true;
    }
    log += m_process.readAll();
    m_error = QStringLiteral("redis-server on port %1 did not become ready: %2").arg(port, QString::fromUtf8(log.right(800)));
    stop();
    return false;
}

void RedisServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(2000);
    }
}

bool RedisServer::isRunning() const
{
    return m_process.state() == QProcess::Running;
}

QString RedisServer::url() const
{
    return QStringLiteral("%1://127.0.0.1:%2").arg(m_tlsOnly ? QStringLiteral("rediss") : QStringLiteral("redis")).arg(m_port);
}

} // namespace cashews::test
