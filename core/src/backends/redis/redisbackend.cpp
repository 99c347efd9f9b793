#include "redisbackend.h"

#include "../rawbytes.h"

#include "redisclientside.h"
#include "redislog.h"
#include "redispool.h"
#include "redisreply.h"
#include "redisscript.h"

#include <cashews/tagkey.h>
#include <cashews/errors.h>
#include <cashews/keycodec.h>
#include <cashews/pattern.h>
#include <cashews/settings.h>

#include <QLocale>

namespace cashews {

namespace {

// A server error reply becomes an exception carrying the server's message.
RedisReply checked(RedisReply reply)
{
    if (reply.isError())
        throw CacheBackendInteractionError(QStringLiteral("redis: %1").arg(QString::fromUtf8(reply.string)));
    return reply;
}

QList<QByteArray> setCommand(QByteArray key, QByteArray value, const Ttl &expire, Exist exist)
{
    QList<QByteArray> args{QByteArrayLiteral("SET"), std::move(key), std::move(value)};
    if (expire.hasExpiry()) {
        args.append(QByteArrayLiteral("PX"));
        args.append(QByteArray::number(expire.milliseconds()));
    }
    if (exist == Exist::IfMissing)
        args.append(QByteArrayLiteral("NX"));
    else if (exist == Exist::IfExists)
        args.append(QByteArrayLiteral("XX"));
    return args;
}

QList<QByteArray> keyArgs(const QStringList &keys)
{
    QList<QByteArray> out;
    out.reserve(keys.size());
    for (const auto &key : keys)
        out.append(keyToBytes(key));
    return out;
}

QStringList keysFrom(const RedisReply &reply)
{
    QStringList out;
    out.reserve(reply.elements.size());
    for (const auto &element : reply.elements)
        out.append(keyFromBytes(element.string));
    return out;
}

QList<qint64> integersFrom(const RedisReply &reply)
{
    QList<qint64> out;
    out.reserve(reply.elements.size());
    for (const auto &element : reply.elements)
        out.append(element.toInteger());
    return out;
}

// The command reading one page of a container of `type` from `cursor`: SSCAN/HSCAN take the
// server's cursor; ZRANGE/LRANGE an offset and XRANGE the first id, asking for one entry more
// than the page to tell whether another follows.
QList<QByteArray> pageCommand(const QString &type, const QByteArray &key, const QByteArray &cursor, qint64 limit)
{
    const QByteArray scanCursor = cursor.isEmpty() ? QByteArrayLiteral("0") : cursor;
    if (type == u"set")
        return {QByteArrayLiteral("SSCAN"), key, scanCursor, QByteArrayLiteral("COUNT"), QByteArray::number(limit)};
    if (type == u"hash")
        return {QByteArrayLiteral("HSCAN"), key, scanCursor, QByteArrayLiteral("COUNT"), QByteArray::number(limit)};
    if (type == u"stream")
        return {QByteArrayLiteral("XRANGE"), key, cursor.isEmpty() ? QByteArrayLiteral("-") : cursor,
                QByteArrayLiteral("+"), QByteArrayLiteral("COUNT"), QByteArray::number(limit + 1)};
    const qint64 offset = Backend::pageOffset(cursor);
    QList<QByteArray> args{type == u"zset" ? QByteArrayLiteral("ZRANGE") : QByteArrayLiteral("LRANGE"), key,
                           QByteArray::number(offset), QByteArray::number(offset + limit)};
    if (type == u"zset")
        args.append(QByteArrayLiteral("WITHSCORES"));
    return args;
}

// The entries of a page reply (see pageCommand) and the cursor of the next page.
MemberPage pageFrom(const QString &type, const RedisReply &reply, const QByteArray &cursor, qint64 limit)
{
    MemberPage page;
    page.type = type;
    if (type == u"set" || type == u"hash") {
        if (reply.elements.size() != 2)
            throw CacheBackendInteractionError(QStringLiteral("redis: a SCAN of a %1 answered %2").arg(type, QString::fromLatin1(reply.describe())));
        const QList<RedisReply> &items = reply.elements.at(1).elements;
        const qsizetype step = type == u"set" ? 1 : 2;
        for (qsizetype i = 0; i + step - 1 < items.size(); i += step)
            page.entries.append({items.at(i).string, step == 2 ? items.at(i + 1).string : QByteArray()});
        const QByteArray next = reply.elements.at(0).string;
        page.cursor = next == "0" ? QByteArray() : next;
        return page;
    }
    if (type == u"stream") {
        for (const RedisReply &entry : reply.elements) {
            if (entry.elements.size() != 2)
                throw CacheBackendInteractionError(QStringLiteral("redis: XRANGE answered the entry %1").arg(QString::fromLatin1(entry.describe())));
            QList<QByteArray> fields;
            const QList<RedisReply> &pairs = entry.elements.at(1).elements;
            for (qsizetype i = 0; i + 1 < pairs.size(); i += 2)
                fields.append(pairs.at(i).string + '=' + pairs.at(i + 1).string);
            page.entries.append({entry.elements.at(0).string, fields.join('\n')});
        }
        if (page.entries.size() > limit)
            page.cursor = page.entries.takeLast().name;
        return page;
    }
    const qint64 offset = Backend::pageOffset(cursor);
    if (type == u"zset") {
        for (qsizetype i = 0; i + 1 < reply.elements.size(); i += 2)
            page.entries.append({reply.elements.at(i).string, reply.elements.at(i + 1).string});
    } else {
        for (qsizetype i = 0; i < reply.elements.size(); ++i)
            page.entries.append({QByteArray::number(offset + i), reply.elements.at(i).string});
    }
    const qint64 fetched = page.entries.size();
    if (fetched > limit)
        page.entries.removeLast();
    page.cursor = Backend::nextPageCursor(offset, page.entries.size(), offset + fetched);
    return page;
}

void checkBitSize(int size)
{
    // Redis BITFIELD unsigned fields are 1..63 bits.
    if (size < 1 || size > 63)
        throw ValueError(QStringLiteral("redis bit field size %1 is outside 1..63").arg(size));
}

} // namespace

RedisBackend::RedisBackend(RedisOptions options, SerializerPtr serializer, QString description)
    : m_options(std::move(options))
    , m_serializer(std::move(serializer))
    , m_description(std::move(description))
    , m_pool(std::make_unique<RedisPool>(m_options))
    , m_executor(m_pool.get())
{
    if (m_options.clientSide)
        m_clientSide = std::make_unique<RedisClientSide>(m_options);
}

RedisBackend::~RedisBackend() = default;

QString RedisBackend::describe() const
{
    return m_description;
}

QCoro::Task<> RedisBackend::init()
{
    // Data connections open lazily on the first command; only the client-side listener is
    // waited for, as cashews does (bounded by client_side_listen_timeout).
    if (!m_clientSide)
        co_return;
    const bool listening = co_await m_clientSide->start();
    if (!listening) {
        const auto message = QStringLiteral("redis %1: the client-side listener did not start; serving from Redis only")
                                 .arg(m_options.endpoint());
        if (!m_options.suppress)
            throw CacheBackendInteractionError(message);
        qCWarning(lcRedis, "%s", qUtf8Printable(message));
    }
}

QCoro::Task<> RedisBackend::close()
{
    if (m_clientSide)
        m_clientSide->stop();
    m_executor->close();
    co_return;
}

QByteArray RedisBackend::dataKey(const QString &key) const
{
    // Tag sets stay unprefixed as in cashews (its set_add goes to Redis past the client-side
    // prefix), so the expiry commands the tag code sends on them must reach the same key.
    if (m_clientSide && !key.startsWith(tagKeyPrefix()))
        return m_clientSide->prefix() + keyToBytes(key);
    return keyToBytes(key);
}

QString RedisBackend::fromDataKey(const QByteArray &redisKey) const
{
    if (m_clientSide && redisKey.startsWith(m_clientSide->prefix()))
        return keyFromBytes(redisKey.mid(m_clientSide->prefix().size()));
    return keyFromBytes(redisKey);
}

QByteArray RedisBackend::encode(const QString &key, const QVariant &value) const
{
    // Signatures cover the key as stored in Redis (with the client-side prefix), as in cashews.
    return m_serializer->encode(m_clientSide ? m_options.clientSidePrefix + key : key, value);
}

QVariant RedisBackend::decode(const QString &key, const RedisReply &reply) const
{
    if (reply.type != RedisReply::Type::String)
        return {};
    return m_serializer->decode(m_clientSide ? m_options.clientSidePrefix + key : key, reply.string);
}

void RedisBackend::failed(const CacheBackendInteractionError &error, const char *command) const
{
    if (!m_options.suppress)
        throw; // the exception being handled, with its own type (e.g. RedisTimeoutError)
    qCWarning(lcRedis, "%s failed (suppressed): %s", command, error.what());
}

QCoro::Task<RedisReply> RedisBackend::runScript(const RedisScript *script, QList<QByteArray> keys, QList<QByteArray> args)
{
    const auto evalSha = script->evalSha(keys, args);
    RedisReply reply = co_await m_executor->execute(evalSha);
    if (reply.isError() && reply.string.startsWith("NOSCRIPT")) {
        // First use on this server (or after SCRIPT FLUSH): EVAL runs and caches it.
        const auto eval = script->eval(keys, args);
        reply = co_await m_executor->execute(eval);
    }
    co_return reply;
}

QCoro::Task<bool> RedisBackend::set(QString key, QVariant value, Ttl expire, Exist exist)
{
    try {
        const QByteArray bytes = encode(key, value);
        if (m_clientSide)
            m_clientSide->wrote(key, decode(key, RedisReply{RedisReply::Type::String, bytes, 0, {}}), expire.milliseconds());
        auto args = setCommand(dataKey(key), bytes, expire, exist);
        bool written = false;
        try {
            written = !checked(co_await m_executor->execute(args)).isNil();
        } catch (const CacheBackendInteractionError &) {
            if (m_clientSide)
                m_clientSide->forget(key);
            throw;
        }
        if (!written && m_clientSide)
            m_clientSide->forget(key);
        co_return written;
    } catch (const CacheBackendInteractionError &error) {
        failed(error, "set");
    }
    co_return false;
}

QCoro::Task<bool> RedisBackend::setRaw(QString key, QVariant value, Ttl expire)
{
    try {
        auto args = setCommand(keyToBytes(key), rawBytes(key, value), expire, Exist::Always);
        co_return !checked(co_await m_executor->execute(args)).isNil();
    } catch (const CacheBackendInteractionError &error) {
        failed(error, "set_raw");
    }
    co_return false;
}

QCoro::Task<bool> RedisBackend::setMany(KeyValueList pairs, Ttl expire)
{
    if (pairs.isEmpty())
        co_return true;
    try {
        // One pipelined batch of SET ... PX, like cashews' pipeline (MSET cannot set expiries).
        QList<QList<QByteArray>> commands;
        commands.reserve(pairs.size());
        for (const auto &[key, value] : std::as_const(pairs)) {
            const QByteArray bytes = encode(key, value);
            if (m_clientSide)
                m_clientSide->wrote(key, decode(key, RedisReply{RedisReply::Type::String, bytes, 0, {}}), expire.milliseconds());
            commands.append(setCommand(dataKey(key), bytes, expire, Exist::Always));
        }
        QList<RedisReply> replies;
        try {
            replies = co_await m_executor->pipeline(commands);
        } catch (const CacheBackendInteractionError &) {
            if (m_clientSide) {
                for (const auto &pair : std::as_const(pairs))
                    m_clientSide->forget(pair.first);
            }
            throw;
        }
        bool all = true;
        for (const auto &reply : std::as_const(replies))
            all = !checked(reply).isNil() && all;
        co_return all;
    } catch (const CacheBackendInteractionError &error) {
        failed(error, "set_many");
    }
    co_return false;
}

bool RedisBackend::tryGetNow(const QString &key, QVariant &value)
{
    return m_clientSide && m_clientSide->lookup(key, value);
}

QCoro::Task<QVariant> RedisBackend::get(QString key)
{
    QVariant local;
    if (m_clientSide && m_clientSide->lookup(key, local))
        co_return local;
    try {
        const QByteArray redisKey = dataKey(key);
        if (m_clientSide && m_clientSide->listening()) {
            // The local copy needs the remaining TTL too; both come back in one round trip.
            const quint64 epoch = m_clientSide->epoch();
            auto commands = QList<QList<QByteArray>>{{QByteArrayLiteral("GET"), redisKey},
                                                     {QByteArrayLiteral("PTTL"), redisKey}};
            const auto replies = co_await m_executor->pipeline(commands);
            QVariant value = decode(key, checked(replies.at(0)));
            m_clientSide->storeFetched(key, value, checked(replies.at(1)).toInteger(), epoch);
            co_return value;
        }
        auto args = QList<QByteArray>{QByteArrayLiteral("GET"), redisKey};
        co_return decode(key, checked(co_await m_executor->execute(args)));
    } catch (const CacheBackendInteractionError &error) {
        failed(error, "get");
    }
    co_return QVariant();
}

QCoro::Task<QVariant> RedisBackend::getRaw(QString key)
{
    try {
        auto args = QList<QByteArray>{QByteArrayLiteral("GET"), keyToBytes(key)};
        const RedisReply reply = checked(co_await m_executor->execute(args));
        if (reply.type == RedisReply::Type::String)
            co_return QVariant(reply.string);
    } catch (const CacheBackendInteractionError &error) {
        failed(error, "get_raw");
    }
    co_return QVariant();
}

QCoro::Task<RawPrefix> RedisBackend::getRawPrefix(QString key, qint64 maxBytes)
{
    RawPrefix prefix;
    try {
        const QByteArray redisKey = keyToBytes(key);
        // TYPE first in the same pipeline: STRLEN/GETRANGE fail on sets and zsets, and
        // STRLEN cannot tell a missing key from an empty string.
        QList<QList<QByteArray>> commands{QList<QByteArray>{QByteArrayLiteral("TYPE"), redisKey},
                                          QList<QByteArray>{QByteArrayLiteral("STRLEN"), redisKey}};
        if (maxBytes > 0)
            commands.append(QList<QByteArray>{QByteArrayLiteral("GETRANGE"), redisKey, QByteArrayLiteral("0"),
                                              QByteArray::number(maxBytes - 1)});
        const auto replies = co_await m_executor->pipeline(commands);
        if (checked(replies.at(0)).string != "string")
            co_return prefix;
        prefix.totalBytes = checked(replies.at(1)).toInteger();
        prefix.value = maxBytes > 0 ? checked(replies.at(2)).string : QByteArray();
    } catch (const CacheBackendInteractionError &error) {
        failed(error, "get_raw_prefix");
    }
    co_return prefix;
}

QCoro::Task<QList<QVariant>> RedisBackend::fetchMany(QStringList keys)
{
    QList<QVariant> values(keys.size());
    QList<qsizetype> missing;
    QList<QByteArray> mget{QByteArrayLiteral("MGET")};
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (m_clientSide && m_clientSide->lookup(keys.at(i), values[i]))
            continue;
        missing.append(i);
        mget.append(dataKey(keys.at(i)));
    }
    if (missing.isEmpty())
        co_return values;
    const bool keepLocal = m_clientSide && m_clientSide->listening();
    const quint64 epoch = keepLocal ? m_clientSide->epoch() : 0;
    QList<QList<QByteArray>> commands{mget};
    if (keepLocal) {
        for (qsizetype j = 1; j < mget.size(); ++j)
            commands.append(QList<QByteArray>{QByteArrayLiteral("PTTL"), mget.at(j)});
    }
    const QList<RedisReply> replies = co_await m_executor->pipeline(commands);
    const RedisReply &reply = checked(replies.at(0));
    if (reply.elements.size() != missing.size())
        throw CacheBackendInteractionError(QStringLiteral("redis: MGET of %1 keys answered %2")
                                               .arg(missing.size())
                                               .arg(QString::fromUtf8(reply.describe())));
    for (qsizetype j = 0; j < missing.size(); ++j) {
        const qsizetype i = missing.at(j);
        values[i] = decode(keys.at(i), reply.elements.at(j));
        if (keepLocal)
            m_clientSide->storeFetched(keys.at(i), values.at(i), checked(replies.at(j + 1)).toInteger(), epoch);
    }
    co_return values;
}

QCoro::Task<QList<QVariant>> RedisBackend::getMany(QStringList keys)
{
    if (keys.isEmpty())
        co_return QList<QVariant>();
    try {
        co_return co_await fetchMany(keys);
    } catch (const CacheBackendInteractionError &error) {
        failed(error, "get_many");
    }
    co_return QList<QVariant>(keys.size());
}

QCoro::AsyncGenerator<QStringList> RedisBackend::scan(QString pattern, int batchSize)
{
    QByteArray cursor("0");
    const QByteArray match = dataKey(pattern);
    const QByteArray count = QByteArray::number(qMax(1, batchSize));
    do {
        QStringList keys;
        try {
            auto args = QList<QByteArray>{QByteArrayLiteral("SCAN"), cursor, QByteArrayLiteral("MATCH"), match,
                                          QByteArrayLiteral("COUNT"), count};
            const RedisReply reply = checked(co_await m_executor->execute(args));
            if (reply.elements.size() != 2)
                throw CacheBackendInteractionError(QStringLiteral("redis: SCAN answered %1").arg(QString::fromUtf8(reply.describe())));
            cursor = reply.elements.at(0).string;
            for (const auto &element : reply.elements.at(1).elements)
                keys.append(fromDataKey(element.string));
        } catch (const CacheBackendInteractionError &error) {
            failed(error, "scan");
            co_return;
        }
        if (!keys.isEmpty())
            co_yield keys;
    } while (cursor != "0");
}

QCoro::AsyncGenerator<KeyValueList> RedisBackend::getMatch(QString pattern, int batchSize)
{
    auto keys = scan(pattern, batchSize);
    auto it = co_await keys.begin();
    while (it != keys.end()) {
        const QStringList batch = *it;
        QList<QVariant> values;
        try {
            values = co_await fetchMany(batch);
        } catch (const CacheBackendInteractionError &error) {
            failed(error, "get_match");
            co_return;
        }
        KeyValueList pairs;
        for (qsizetype i = 0; i < batch.size(); ++i) {
            // Keys deleted after SCAN, other types and undecodable values are skipped.
            if (values.at(i).isValid())
                pairs.append(KeyValue(batch.at(i), values.at(i)));
        }
        if (!pairs.isEmpty())
            co_yield pairs;
        co_await ++it;
    }
}

QCoro::Task<std::optional<qint64>> RedisBackend::incr(QString key, qint64 by, Ttl expire)
{
    try {
        if (m_clientSide)
            m_clientSide->forget(key);
        const QByteArray k = dataKey(key);
        QList<QByteArray> incrBy{QByteArrayLiteral("INCRBY"), k, QByteArray::number(by)};
        RedisReply reply;
        if (expire.hasExpiry()) {
            // Not cashews' Lua script: Lua turns INCRBY's result into a double (exact only up to
            // 2^53), and it inferred "created" from the result. SET NX creates the key with its
            // expiry only when absent, and MULTI makes that and INCRBY one atomic step.
            const QList<QList<QByteArray>> commands{{QByteArrayLiteral("MULTI")},
                                                    setCommand(k, QByteArrayLiteral("0"), expire, Exist::IfMissing),
                                                    std::move(incrBy),
                                                    {QByteArrayLiteral("EXEC")}};
            const QList<RedisReply> replies = co_await m_executor->pipeline(commands);
            for (const RedisReply &queued : replies)
                checked(queued); // MULTI, QUEUED, QUEUED, or EXECABORT
            reply = replies.last().elements.value(1);
        } else {
            reply = co_await m_executor->execute(std::move(incrBy));
        }
        if (reply.isError() && reply.string.contains("not an integer"))
            throw ValueError(QStringLiteral("incr: the value of '%1' is not an integer (%2)")
                                 .arg(displayKey(key), QString::fromUtf8(reply.string)));
        if (reply.isError() && reply.string.contains("overflow"))
            throw OverflowError(QStringLiteral("incr: '%1' + %2 would overflow a 64-bit integer (%3)")
                                    .arg(displayKey(key)).arg(by).arg(QString::fromUtf8(reply.string)));
        co_return checked(reply).toInteger();
    } catch (const CacheBackendInteractionError &error) {
        failed(error, "incr");
    }
    co_return std::nullopt;
}

QCoro::Task<bool> RedisBackend::exists(QString key)
{
    try {
        auto args = QList<QByteArray>{QByteArrayLiteral("EXISTS"), dataKey(key)};
        co_return checked(co_await m_executor->execute(args)).toInteger() > 0;
    } catch (const CacheBackendInteractionError &error) {
        failed(error, "exists");
    }
    co_return false;
}

QCoro::Task<bool> RedisBackend::remove(QString key)
{
    try {
        if (m_clientSide)
            m_clientSide->forget(key);
        auto args = QList<QByteArray>{QByteArrayLiteral("UNLINK"), dataKey(key)};
        co_return checked(co_await m_executor->execute(args)).toInteger() > 0;
    } catch (const CacheBackendInteractionError &error) {
        failed(error, "delete");
    }
    co_return false;
}

QCoro::Task<qint64> RedisBackend::removeMany(QStringList keys)
{
    if (keys.isEmpty())
        co_return 0;
    try {
        QList<QByteArray> args{QByteArrayLiteral("UNLINK")};
        for (const auto &key : std::as_const(keys)) {
            if (m_clientSide)
                m_clientSide->forget(key);
            args.append(dataKey(key));
        }
        co_return checked(co_await m_executor->execute(args)).toInteger();
    } catch (const CacheBackendInteractionError &error) {
        failed(error, "delete_many");
    }
    co_return 0;
}

QCoro::Task<qint64> RedisBackend::removeMatch(QString pattern)
{
    // A pattern without wildcards is one key: a single UNLINK, as cashews does.
    if (GlobPattern(pattern).isLiteral()) {
        const QStringList single(pattern);
        co_return co_await removeMany(single);
    }
    qint64 removed = 0;
    auto keys = scan(pattern, 100);
    try {
        auto it = co_await keys.begin();
        while (it != keys.end()) {
            QList<QByteArray> args{QByteArrayLiteral("UNLINK")};
            for (const auto &key : std::as_const(*it)) {
                if (m_clientSide)
                    m_clientSide->forget(key);
                args.append(dataKey(key));
            }
            removed += checked(co_await m_executor->execute(args)).toInteger();
            co_await ++it;
        }
    } catch (const CacheBackendInteractionError &error) {
        failed(error, "delete_match");
    }
    co_return removed;
}

QCoro::Task<bool> RedisBackend::expire(QString key, Ttl timeout)
{
    try {
        if (timeout.hasExpiry()) {
            auto args = QList<QByteArray>{QByteArrayLiteral("PEXPIRE"), dataKey(key),
                                          QByteArray::number(timeout.milliseconds())};
            co_return checked(co_await m_executor->execute(args)).toInteger() > 0;
        }
        // No expiry: PERSIST answers 0 both for "missing" and "had no TTL", so ask EXISTS too.
        const QByteArray redisKey = dataKey(key);
        auto commands = QList<QList<QByteArray>>{{QByteArrayLiteral("PERSIST"), redisKey},
                                                 {QByteArrayLiteral("EXISTS"), redisKey}};
        const auto replies = co_await m_executor->pipeline(commands);
        checked(replies.at(0));
        co_return checked(replies.at(1)).toInteger() > 0;
    } catch (const CacheBackendInteractionError &error) {
        failed(error, "expire");
    }
    co_return false;
}

QCoro::Task<qint64> RedisBackend::getExpireMs(QString key)
{
    try {
        auto args = QList<QByteArray>{QByteArrayLiteral("PTTL"), dataKey(key)};
        co_return checked(co_await m_executor->execute(args)).toInteger();
    } catch (const CacheBackendInteractionError &error) {
        failed(error, "get_expire");
    }
    // cashews returns 0 when Redis is down with suppress on.
    co_return 0;
}

QCoro::Task<bool> RedisBackend::rename(QString key, QString newKey)
{
    try {
        if (m_clientSide) {
            m_clientSide->forget(key);
            m_clientSide->forget(newKey);
        }
        auto args = QList<QByteArray>{QByteArrayLiteral("RENAME"), dataKey(key), dataKey(newKey)};
        const RedisReply reply = co_await m_executor->execute(args);
        if (reply.isError() && reply.string.contains("no such key"))
            co_return false;
        checked(reply);
        co_return true;
    } catch (const CacheBackendInteractionError &error) {
        failed(error, "rename");
    }
    co_return false;
}

QCoro::Task<QString> RedisBackend::keyType(QString key)
{
    try {
        auto args = QList<QByteArray>{QByteArrayLiteral("TYPE"), dataKey(key)};
        RedisReply reply = checked(co_await m_executor->execute(args));
        if (m_clientSide && reply.string == "none") {
            // Sets, bit fields and windows are not prefixed in client-side mode.
            auto plainArgs = QList<QByteArray>{QByteArrayLiteral("TYPE"), keyToBytes(key)};
            reply = checked(co_await m_executor->execute(plainArgs));
        }
        co_return QString::fromUtf8(reply.string);
    } catch (const CacheBackendInteractionError &error) {
        failed(error, "type");
    }
    co_return QStringLiteral("none");
}

QCoro::Task<QByteArray> RedisBackend::ping(QByteArray message)
{
    // Never suppressed: cashews' lock() uses ping to tell "locked" from "Redis is down".
    auto args = QList<QByteArray>{QByteArrayLiteral("PING")};
    checked(co_await m_executor->execute(args));
    if (message.isEmpty() || message == "PING")
        co_return QByteArrayLiteral("PONG");
    co_return message;
}

QCoro::Task<> RedisBackend::clear()
{
    try {
        if (m_clientSide)
            m_clientSide->clearLocal();
        // FLUSHDB: the whole database, not only the keys this cache wrote (as in cashews).
        auto args = QList<QByteArray>{QByteArrayLiteral("FLUSHDB")};
        checked(co_await m_executor->execute(args));
    } catch (const CacheBackendInteractionError &error) {
        failed(error, "clear");
    }
}

QCoro::Task<bool> RedisBackend::setLock(QString key, QByteArray value, Ttl expire)
{
    try {
        if (m_clientSide)
            m_clientSide->forget(key);
        auto args = setCommand(dataKey(key), value, expire, Exist::IfMissing);
        co_return !checked(co_await m_executor->execute(args)).isNil();
    } catch (const CacheBackendInteractionError &error) {
        failed(error, "set_lock");
    }
    co_return false;
}

QCoro::Task<bool> RedisBackend::unlock(QString key, QByteArray value)
{
    try {
        if (m_clientSide)
            m_clientSide->forget(key);
        auto keys = QList<QByteArray>{dataKey(key)};
        auto args = QList<QByteArray>{value};
        co_return checked(co_await runScript(&RedisScript::unlock(), keys, args)).toInteger() > 0;
    } catch (const CacheBackendInteractionError &error) {
        failed(error, "unlock");
    }
    co_return false;
}

QCoro::Task<QList<qint64>> RedisBackend::getBits(QString key, QList<qint64> indexes, int size)
{
    checkBitSize(size);
    if (indexes.isEmpty())
        co_return QList<qint64>();
    try {
        const QByteArray type = "u" + QByteArray::number(size);
        QList<QByteArray> args{QByteArrayLiteral("BITFIELD"), keyToBytes(key)};
        for (const qint64 index : std::as_const(indexes))
            args << QByteArrayLiteral("GET") << type << "#" + QByteArray::number(index);
        co_return integersFrom(checked(co_await m_executor->execute(args)));
    } catch (const CacheBackendInteractionError &error) {
        failed(error, "get_bits");
    }
    co_return QList<qint64>(indexes.size(), 0);
}

QCoro::Task<QList<qint64>> RedisBackend::incrBits(QString key, QList<qint64> indexes, int size, qint64 by)
{
    checkBitSize(size);
    if (indexes.isEmpty())
        co_return QList<qint64>();
    try {
        const QByteArray type = "u" + QByteArray::number(size);
        const QByteArray increment = QByteArray::number(by);
        QList<QByteArray> args{QByteArrayLiteral("BITFIELD"), keyToBytes(key)};
        for (const qint64 index : std::as_const(indexes))
            args << QByteArrayLiteral("OVERFLOW") << QByteArrayLiteral("SAT") << QByteArrayLiteral("INCRBY") << type
                 << "#" + QByteArray::number(index) << increment;
        co_return integersFrom(checked(co_await m_executor->execute(args)));
    } catch (const CacheBackendInteractionError &error) {
        failed(error, "incr_bits");
    }
    co_return QList<qint64>(indexes.size(), 0);
}

QCoro::Task<qint64> RedisBackend::sliceIncr(QString key, double start, double end, qint64 maxValue, Ttl expire)
{
    try {
        auto keys = QList<QByteArray>{keyToBytes(key)};
        auto args = QList<QByteArray>{QByteArray::number(start, 'g', QLocale::FloatingPointShortest),
                                      QByteArray::number(end, 'g', QLocale::FloatingPointShortest),
                                      QByteArray::number(maxValue), QByteArray::number(expire.milliseconds())};
        co_return checked(co_await runScript(&RedisScript::sliceIncr(), keys, args)).toInteger();
    } catch (const CacheBackendInteractionError &error) {
        failed(error, "slice_incr");
    }
    co_return 0;
}

QCoro::Task<QList<double>> RedisBackend::sliceEntries(QString key)
{
    QList<double> entries;
    try {
        // The scores are the timestamps (members are their str() and may collapse equal ones).
        auto args = QList<QByteArray>{QByteArrayLiteral("ZRANGE"), keyToBytes(key), QByteArrayLiteral("0"),
                                      QByteArrayLiteral("-1"), QByteArrayLiteral("WITHSCORES")};
        const RedisReply reply = checked(co_await m_executor->execute(args));
        for (qsizetype i = 1; i < reply.elements.size(); i += 2) {
            bool ok = false;
            const double score = reply.elements.at(i).string.toDouble(&ok);
            if (!ok)
                throw CacheBackendInteractionError(QStringLiteral("redis: ZRANGE of '%2' answered the score %1")
                                                       .arg(QString::fromLatin1(reply.elements.at(i).describe()), displayKey(key)));
            entries.append(score);
        }
    } catch (const CacheBackendInteractionError &error) {
        failed(error, "slice_entries");
    }
    co_return entries;
}

QCoro::Task<qint64> RedisBackend::setAdd(QString key, QStringList members, Ttl expire)
{
    if (members.isEmpty())
        co_return 0;
    try {
        const QByteArray redisKey = keyToBytes(key);
        QList<QList<QByteArray>> commands{QList<QByteArray>{QByteArrayLiteral("SADD"), redisKey} + keyArgs(members)};
        if (expire.hasExpiry())
            commands.append(QList<QByteArray>{QByteArrayLiteral("PEXPIRE"), redisKey, QByteArray::number(expire.milliseconds())});
        const auto replies = co_await m_executor->pipeline(commands);
        for (const auto &reply : replies)
            checked(reply);
        co_return replies.at(0).toInteger();
    } catch (const CacheBackendInteractionError &error) {
        failed(error, "set_add");
    }
    co_return 0;
}

QCoro::Task<qint64> RedisBackend::tagAdd(QString key, QStringList members, Ttl expire)
{
    if (members.isEmpty())
        co_return 0;
    try {
        auto keys = QList<QByteArray>{keyToBytes(key)};
        auto args = QList<QByteArray>{QByteArray::number(expire.hasExpiry() ? expire.milliseconds() : qint64(-1))} + keyArgs(members);
        co_return checked(co_await runScript(&RedisScript::tagAdd(), keys, args)).toInteger();
    } catch (const CacheBackendInteractionError &error) {
        failed(error, "tag_add");
    }
    co_return 0;
}

QCoro::Task<qint64> RedisBackend::setRemove(QString key, QStringList members)
{
    if (members.isEmpty())
        co_return 0;
    try {
        auto args = QList<QByteArray>{QByteArrayLiteral("SREM"), keyToBytes(key)} + keyArgs(members);
        co_return checked(co_await m_executor->execute(args)).toInteger();
    } catch (const CacheBackendInteractionError &error) {
        failed(error, "set_remove");
    }
    co_return 0;
}

QCoro::Task<QStringList> RedisBackend::setPop(QString key, int count)
{
    try {
        auto args = QList<QByteArray>{QByteArrayLiteral("SPOP"), keyToBytes(key), QByteArray::number(qMax(0, count))};
        co_return keysFrom(checked(co_await m_executor->execute(args)));
    } catch (const CacheBackendInteractionError &error) {
        failed(error, "set_pop");
    }
    co_return QStringList();
}

QCoro::Task<QStringList> RedisBackend::setMembers(QString key)
{
    try {
        auto args = QList<QByteArray>{QByteArrayLiteral("SMEMBERS"), keyToBytes(key)};
        co_return keysFrom(checked(co_await m_executor->execute(args)));
    } catch (const CacheBackendInteractionError &error) {
        failed(error, "set_members");
    }
    co_return QStringList();
}

QCoro::Task<MemberPage> RedisBackend::memberPage(QString key, QByteArray cursor, int count)
{
    MemberPage page;
    page.type = co_await keyType(key);
    static const QStringList containers{QStringLiteral("set"), QStringLiteral("zset"), QStringLiteral("hash"),
                                        QStringLiteral("list"), QStringLiteral("stream")};
    if (!containers.contains(page.type))
        co_return page;
    try {
        // Containers are never prefixed in client-side mode (keyType looked at both names).
        const qint64 limit = qMax(count, 1);
        const RedisReply reply = checked(co_await m_executor->execute(pageCommand(page.type, keyToBytes(key), cursor, limit)));
        co_return pageFrom(page.type, reply, cursor, limit);
    } catch (const CacheBackendInteractionError &error) {
        failed(error, "member_page");
    }
    co_return page;
}

QCoro::Task<qint64> RedisBackend::getSize(QString key)
{
    try {
        auto args = QList<QByteArray>{QByteArrayLiteral("MEMORY"), QByteArrayLiteral("USAGE"), dataKey(key)};
        co_return checked(co_await m_executor->execute(args)).toInteger();
    } catch (const CacheBackendInteractionError &error) {
        failed(error, "get_size");
    }
    co_return 0;
}

QCoro::Task<qint64> RedisBackend::getKeysCount()
{
    try {
        auto args = QList<QByteArray>{QByteArrayLiteral("DBSIZE")};
        co_return checked(co_await m_executor->execute(args)).toInteger();
    } catch (const CacheBackendInteractionError &error) {
        // cashews raises a TypeError here when Redis is down; 0 is the neutral count.
        failed(error, "get_keys_count");
    }
    co_return 0;
}

BackendPtr createRedisBackend(Settings &settings)
{
    auto serializer = Serializer::fromSettings(settings, QStringLiteral("pickle"));
    if (serializer->storesObjects())
        throw SettingsError(QStringLiteral("redis url '%1': Redis stores bytes, so pickle_type must not be 'null' without a secret")
                                .arg(settings.redactedUrl()));
    RedisOptions options = RedisOptions::fromSettings(settings);
    settings.finish();
    return std::make_shared<RedisBackend>(std::move(options), std::move(serializer), settings.redactedUrl());
}

} // namespace cashews
