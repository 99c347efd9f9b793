#pragma once

#include "redisexecutor.h"
#include "redisoptions.h"

#include <QList>
#include <QObject>
#include <QSet>

namespace cashews {

class RedisConnection;

// A small pool of pipelined connections to one server.
// A command goes to the connection with the fewest replies outstanding; a new connection
// is opened only when all are busy (pipelining makes one connection enough for most loads),
// up to max_connections. Failed connection attempts back off exponentially (measured with
// cashews::nowMs(), so tests can move time); during the back-off commands fail at once
// instead of piling up behind a dead server.
class RedisPool : public QObject, public RedisExecutor
{
    Q_OBJECT

public:
    explicit RedisPool(RedisOptions options, QObject *parent = nullptr);
    ~RedisPool() override;

    QCoro::Task<RedisReply> execute(QList<QByteArray> args) override;
    QCoro::Task<QList<RedisReply>> pipeline(QList<QList<QByteArray>> commands) override;
    void close() override;

    // Open connections (for tests and the admin GUI).
    qsizetype connectionCount() const { return m_connections.size(); }

private:
    // Replies outstanding on the least busy connection before another one is opened.
    static constexpr qsizetype BusyThreshold = 128;

    RedisConnection *pick();
    void onClosed(RedisConnection *connection, const QString &reason);
    QCoro::Task<RedisReply> executeRetrying(QList<QByteArray> args);
    QCoro::Task<QList<RedisReply>> pipelineRetrying(QList<QList<QByteArray>> commands);

    RedisOptions m_options;
    QList<RedisConnection *> m_connections;
    QSet<RedisConnection *> m_ready;
    int m_failures = 0;
    qint64 m_retryAtMs = 0;
    QString m_lastError;
    bool m_closed = false;
};

} // namespace cashews
