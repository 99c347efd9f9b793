#include "redispool.h"

#include "redisconnection.h"
#include "redislog.h"
#include "redistimeouterror.h"

#include <cashews/clock.h>
#include <cashews/errors.h>

namespace cashews {

namespace {

// 100 ms, 200 ms, ... up to 5 s between connection attempts to a server that is down.
qint64 backoffMs(int failures)
{
    return qMin<qint64>(5000, 100LL << qMin(failures - 1, 6));
}

} // namespace

RedisPool::RedisPool(RedisOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
}

RedisPool::~RedisPool()
{
    close();
}

QCoro::Task<RedisReply> RedisPool::execute(QList<QByteArray> args)
{
    if (m_options.retryOnTimeout)
        return executeRetrying(std::move(args));
    // No retry: hand out the connection's task itself (one coroutine frame less per command).
    return pick()->command(std::move(args));
}

QCoro::Task<QList<RedisReply>> RedisPool::pipeline(QList<QList<QByteArray>> commands)
{
    if (m_options.retryOnTimeout)
        return pipelineRetrying(std::move(commands));
    return pick()->pipeline(std::move(commands));
}

QCoro::Task<RedisReply> RedisPool::executeRetrying(QList<QByteArray> args)
{
    // redis-py's retry_on_timeout: one more attempt, on a fresh connection.
    try {
        co_return co_await pick()->command(args);
    } catch (const RedisTimeoutError &error) {
        qCDebug(lcRedis, "%s; retrying once", error.what());
    }
    co_return co_await pick()->command(args);
}

QCoro::Task<QList<RedisReply>> RedisPool::pipelineRetrying(QList<QList<QByteArray>> commands)
{
    try {
        co_return co_await pick()->pipeline(commands);
    } catch (const RedisTimeoutError &error) {
        qCDebug(lcRedis, "%s; retrying once", error.what());
    }
    co_return co_await pick()->pipeline(commands);
}

RedisConnection *RedisPool::pick()
{
    if (m_closed)
        throw CacheBackendInteractionError(QStringLiteral("redis %1: the backend is closed").arg(m_options.endpoint()));
    RedisConnection *best = nullptr;
    for (auto *connection : std::as_const(m_connections)) {
        if (!best || connection->pendingCount() < best->pendingCount())
            best = connection;
    }
    const bool canGrow = m_connections.size() < m_options.maxConnections;
    if (best && (best->pendingCount() < BusyThreshold || !canGrow))
        return best;
    const qint64 now = nowMs();
    if (now < m_retryAtMs) {
        if (best)
            return best;
        throw CacheBackendInteractionError(QStringLiteral("%1 (next connection attempt in %2 ms)")
                                               .arg(m_lastError)
                                               .arg(m_retryAtMs - now));
    }
    // No QObject parent: closing a connection resumes waiting coroutines, and one of them may
    // drop the last reference to this pool while a socket is still inside its readyRead
    // emission. Connections are therefore only ever deleted later, never by ~QObject.
    auto *connection = new RedisConnection(m_options);
    m_connections.append(connection);
    connect(connection, &RedisConnection::ready, this, [this, connection] {
        m_ready.insert(connection);
        m_failures = 0;
        m_retryAtMs = 0;
    });
    connect(connection, &RedisConnection::closed, this, [this, connection](const QString &reason) {
        onClosed(connection, reason);
    });
    // The constructor may already have failed (bad TLS files): it is then closed and removed.
    if (connection->state() == RedisConnection::State::Closed)
        onClosed(connection, connection->closeReason());
    return connection;
}

void RedisPool::onClosed(RedisConnection *connection, const QString &reason)
{
    if (!m_connections.removeOne(connection))
        return;
    const bool wasReady = m_ready.remove(connection);
    m_lastError = reason;
    if (!wasReady) {
        ++m_failures;
        m_retryAtMs = nowMs() + backoffMs(m_failures);
    }
    qCWarning(lcRedis, "%s", qUtf8Printable(reason));
    connection->deleteLater();
}

void RedisPool::close()
{
    m_closed = true;
    const auto connections = std::exchange(m_connections, {});
    m_ready.clear();
    for (auto *connection : connections) {
        connection->disconnect(this);
        connection->close(QStringLiteral("redis %1: the backend is closed").arg(m_options.endpoint()));
        connection->deleteLater();
    }
}

} // namespace cashews
