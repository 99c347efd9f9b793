#pragma once

#include "redisoptions.h"

#include <cashews/backend.h>
#include <cashews/errors.h>
#include <cashews/serializer.h>

#include <memory>

namespace cashews {

class RedisClientSide;
class RedisExecutor;
class RedisPool;
class RedisScript;
struct RedisReply;

// redis://, rediss:// (TLS) and unix:// backends with cashews' commands and data layout.
// suppress=true (the default, as in cashews): store failures are logged and turned into
// neutral values (miss, false, 0, empty); ping() still throws. suppress=false: they throw
// CacheBackendInteractionError with the server's message.
class RedisBackend : public Backend
{
public:
    RedisBackend(RedisOptions options, SerializerPtr serializer, QString description);
    ~RedisBackend() override;

    QString describe() const override;
    QCoro::Task<> init() override;
    QCoro::Task<> close() override;

    QCoro::Task<bool> set(QString key, QVariant value, Ttl expire, Exist exist) override;
    QCoro::Task<bool> setRaw(QString key, QVariant value, Ttl expire) override;
    QCoro::Task<bool> setMany(KeyValueList pairs, Ttl expire) override;
    QCoro::Task<QVariant> get(QString key) override;
    QCoro::Task<QVariant> getRaw(QString key) override;
    QCoro::Task<RawPrefix> getRawPrefix(QString key, qint64 maxBytes) override;
    QCoro::Task<QList<QVariant>> getMany(QStringList keys) override;
    bool tryGetNow(const QString &key, QVariant &value) override;

    QCoro::AsyncGenerator<QStringList> scan(QString pattern, int batchSize) override;
    QCoro::AsyncGenerator<KeyValueList> getMatch(QString pattern, int batchSize) override;

    QCoro::Task<std::optional<qint64>> incr(QString key, qint64 by, Ttl expire) override;
    QCoro::Task<bool> exists(QString key) override;
    QCoro::Task<bool> remove(QString key) override;
    QCoro::Task<qint64> removeMany(QStringList keys) override;
    QCoro::Task<qint64> removeMatch(QString pattern) override;
    QCoro::Task<bool> expire(QString key, Ttl timeout) override;
    QCoro::Task<qint64> getExpireMs(QString key) override;
    QCoro::Task<bool> rename(QString key, QString newKey) override;
    QCoro::Task<QString> keyType(QString key) override;

    QCoro::Task<QByteArray> ping(QByteArray message) override;
    QCoro::Task<> clear() override;

    QCoro::Task<bool> setLock(QString key, QByteArray value, Ttl expire) override;
    QCoro::Task<bool> unlock(QString key, QByteArray value) override;

    QCoro::Task<QList<qint64>> getBits(QString key, QList<qint64> indexes, int size) override;
    QCoro::Task<QList<qint64>> incrBits(QString key, QList<qint64> indexes, int size, qint64 by) override;
    QCoro::Task<qint64> sliceIncr(QString key, double start, double end, qint64 maxValue, Ttl expire) override;
    QCoro::Task<QList<double>> sliceEntries(QString key) override;

    QCoro::Task<qint64> setAdd(QString key, QStringList members, Ttl expire) override;
    QCoro::Task<qint64> tagAdd(QString key, QStringList members, Ttl expire) override;
    QCoro::Task<qint64> setRemove(QString key, QStringList members) override;
    QCoro::Task<QStringList> setPop(QString key, int count) override;
    QCoro::Task<QStringList> setMembers(QString key) override;
    QCoro::Task<MemberPage> memberPage(QString key, QByteArray cursor, int count) override;

    QCoro::Task<qint64> getSize(QString key) override;
    QCoro::Task<qint64> getKeysCount() override;

private:
    // The Redis key of a cache key: with client_side the prefix is added (cashews prefixes
    // plain values, locks and counters, but not sets, bit fields, sliding windows or raw values).
    QByteArray dataKey(const QString &key) const;
    QString fromDataKey(const QByteArray &redisKey) const;
    QByteArray encode(const QString &key, const QVariant &value) const;
    QVariant decode(const QString &key, const RedisReply &reply) const;
    // `script` is one of RedisScript's static scripts (a pointer: coroutine parameters are values).
    QCoro::Task<RedisReply> runScript(const RedisScript *script, QList<QByteArray> keys, QList<QByteArray> args);
    QCoro::Task<QList<QVariant>> fetchMany(QStringList keys);
    // Called in a catch handler. suppress=false: rethrows. suppress=true: logs; the caller
    // returns its neutral value.
    void failed(const CacheBackendInteractionError &error, const char *command) const;

    RedisOptions m_options;
    SerializerPtr m_serializer;
    QString m_description;
    std::unique_ptr<RedisPool> m_pool;
    RedisExecutor *m_executor;
    std::unique_ptr<RedisClientSide> m_clientSide;
};

// The factory registered for redis://, rediss:// and unix://.
BackendPtr createRedisBackend(Settings &settings);

} // namespace cashews
