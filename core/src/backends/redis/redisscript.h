#pragma once

#include <QByteArray>
#include <QList>

namespace cashews {

// A Lua script run with EVALSHA (falling back to EVAL when the server answers NOSCRIPT,
// which also loads it). The scripts are cashews' own, so Python and C++ clients running
// against one Redis behave the same.
class RedisScript
{
public:
    explicit RedisScript(QByteArray source);

    // EVALSHA <sha1> <numkeys> keys... args...
    QList<QByteArray> evalSha(const QList<QByteArray> &keys, const QList<QByteArray> &args) const;
    // EVAL <source> <numkeys> keys... args...
    QList<QByteArray> eval(const QList<QByteArray> &keys, const QList<QByteArray> &args) const;

    // Compare-and-delete: DEL KEYS[1] only when it holds ARGV[1] (cashews' _UNLOCK).
    static const RedisScript &unlock();
    // Sliding-window counter on a ZSET (cashews' _INCR_SLICE).
    static const RedisScript &sliceIncr();
    // Ours, not cashews': SADD ARGV[2..] to the tag set KEYS[1] and extend its expiry to ARGV[1]
    // ms (-1 = none) without ever shortening it (Backend::tagAdd). Returns how many were new.
    static const RedisScript &tagAdd();

private:
    QList<QByteArray> build(const QByteArray &verb, const QByteArray &head, const QList<QByteArray> &keys, const QList<QByteArray> &args) const;

    QByteArray m_source;
    QByteArray m_sha1;
};

} // namespace cashews
