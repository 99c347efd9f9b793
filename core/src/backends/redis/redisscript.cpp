#include "redisscript.h"

#include <QCryptographicHash>

namespace cashews {

RedisScript::RedisScript(QByteArray source)
    : m_source(std::move(source))
    , m_sha1(QCryptographicHash::hash(m_source, QCryptographicHash::Sha1).toHex())
{
}

QList<QByteArray> RedisScript::evalSha(const QList<QByteArray> &keys, const QList<QByteArray> &args) const
{
    return build(QByteArrayLiteral("EVALSHA"), m_sha1, keys, args);
}

QList<QByteArray> RedisScript::eval(const QList<QByteArray> &keys, const QList<QByteArray> &args) const
{
    return build(QByteArrayLiteral("EVAL"), m_source, keys, args);
}

QList<QByteArray> RedisScript::build(const QByteArray &verb, const QByteArray &head, const QList<QByteArray> &keys,
                                     const QList<QByteArray> &args) const
{
    QList<QByteArray> command;
    command.reserve(3 + keys.size() + args.size());
    command.append(verb);
    command.append(head);
    command.append(QByteArray::number(keys.size()));
    command.append(keys);
    command.append(args);
    return command;
}

const RedisScript &RedisScript::unlock()
{
    static const RedisScript script(QByteArrayLiteral(
        "if redis.call(\"GET\", KEYS[1]) == ARGV[1] then\n"
        "    return redis.call(\"DEL\", KEYS[1])\n"
        "else\n"
        "    return 0\n"
        "end\n"));
    return script;
}

const RedisScript &RedisScript::sliceIncr()
{
    static const RedisScript script(QByteArrayLiteral(
        "redis.call(\"ZREMRANGEBYSCORE\", KEYS[1], 0, \"(\" .. ARGV[1])\n"
        "local current_count = redis.call(\"ZCOUNT\", KEYS[1], ARGV[1], ARGV[2])\n"
        "if current_count < tonumber(ARGV[3]) then\n"
        "    current_count = current_count + 1\n"
        "    redis.call(\"ZADD\", KEYS[1], ARGV[2], ARGV[2])\n"
        "    if tonumber(ARGV[4]) > 0 then\n"
        "        redis.call(\"PEXPIRE\", KEYS[1], ARGV[4])\n"
        "    end\n"
        "end\n"
        "return current_count\n"));
    return script;
}

const RedisScript &RedisScript::tagAdd()
{
    // SADD in chunks: unpack() of too many values overflows Lua's C stack (about 8000).
    static const RedisScript script(QByteArrayLiteral(
        "local before = redis.call(\"PTTL\", KEYS[1])\n"
        "local added = 0\n"
        "for i = 2, #ARGV, 1000 do\n"
        "    added = added + redis.call(\"SADD\", KEYS[1], unpack(ARGV, i, math.min(i + 999, #ARGV)))\n"
        "end\n"
        "local ms = tonumber(ARGV[1])\n"
        "if ms < 0 then\n"
        "    if before >= 0 then redis.call(\"PERSIST\", KEYS[1]) end\n"
        "elseif before == -2 or (before >= 0 and before < ms) then\n"
        "    redis.call(\"PEXPIRE\", KEYS[1], ms)\n"
        "end\n"
        "return added\n"));
    return script;
}

} // namespace cashews
