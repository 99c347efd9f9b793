#pragma once

#include "redisreply.h"

#include <QByteArray>
#include <QList>

#include <QCoro/QCoroTask>

namespace cashews {

// Where the backend sends commands. RedisPool serves one server; this seam exists so that a
// Redis Cluster executor (slot routing by key, MOVED/ASK handling, one RedisPool per node)
// can replace it without touching the backend.
class RedisExecutor
{
public:
    virtual ~RedisExecutor() = default;

    // One command; server error replies are returned as replies, transport failures throw.
    virtual QCoro::Task<RedisReply> execute(QList<QByteArray> args) = 0;
    // Several commands sent together on one connection; replies in order.
    virtual QCoro::Task<QList<RedisReply>> pipeline(QList<QList<QByteArray>> commands) = 0;
    // Drops every connection; waiting commands fail.
    virtual void close() = 0;
};

} // namespace cashews
