#include "store/cachekeyoperations.h"

#include "store/cachekeyscan.h"
#include "store/keyexistserror.h"

#include <cashews/cache.h>
#include <cashews/clock.h>
#include <cashews/errors.h>
#include <cashews/keycodec.h>

#include <exception>
#include <vector>

namespace cashews {

namespace {

// Awaits tasks that were all started before the first await (so a network store gets
// them as one pipeline); every task is awaited, the first error is rethrown at the end.
template<typename T>
QCoro::Task<QList<T>> awaitAll(std::vector<QCoro::Task<T>> tasks)
{
    QList<T> results;
    results.reserve(static_cast<qsizetype>(tasks.size()));
    std::exception_ptr firstError;
    for (auto &task : tasks) {
        try {
            results.append(co_await task);
        } catch (...) {
            if (!firstError)
                firstError = std::current_exception();
            results.append(T{});
        }
    }
    if (firstError)
        std::rethrow_exception(firstError);
    co_return results;
}

KeyExistsError alreadyExists(const QString &key)
{
    return KeyExistsError(QStringLiteral("'%1' already exists").arg(displayKey(key)));
}

} // namespace

CacheKeyOperations::CacheKeyOperations(std::shared_ptr<Cache> cache, SerializerPtr signing)
    : m_cache(std::move(cache))
    , m_signing(std::move(signing))
{
}

QCoro::Task<qint64> CacheKeyOperations::keysCount()
{
    const auto cache = m_cache;
    co_return co_await cache->getKeysCount();
}

std::shared_ptr<KeyScan> CacheKeyOperations::scan(QString pattern, int pageSize)
{
    return std::make_shared<CacheKeyScan>(m_cache, std::move(pattern), pageSize);
}

QCoro::Task<QList<KeyInfo>> CacheKeyOperations::keyInfo(QStringList keys)
{
    const auto cache = m_cache;
    std::vector<QCoro::Task<QString>> types;
    std::vector<QCoro::Task<qint64>> ttls;
    std::vector<QCoro::Task<qint64>> sizes;
    types.reserve(static_cast<size_t>(keys.size()));
    ttls.reserve(static_cast<size_t>(keys.size()));
    sizes.reserve(static_cast<size_t>(keys.size()));
    for (const QString &key : keys) {
        types.push_back(cache->keyType(key));
        ttls.push_back(cache->getExpireMs(key));
        sizes.push_back(cache->getSize(key));
    }
    const QList<QString> typeList = co_await awaitAll(std::move(types));
    const QList<qint64> ttlList = co_await awaitAll(std::move(ttls));
    const qint64 observedAt = nowMs();
    const QList<qint64> sizeList = co_await awaitAll(std::move(sizes));
    QList<KeyInfo> infos;
    infos.reserve(keys.size());
    for (qsizetype i = 0; i < keys.size(); ++i)
        infos.append(KeyInfo{typeList.at(i), ttlList.at(i), observedAt, sizeList.at(i)});
    co_return infos;
}

QCoro::Task<QStringList> CacheKeyOperations::setMembers(QString key)
{
    const auto cache = m_cache;
    co_return co_await cache->setMembers(std::move(key));
}

QCoro::Task<QList<bool>> CacheKeyOperations::existing(QStringList keys)
{
    const auto cache = m_cache;
    std::vector<QCoro::Task<bool>> tasks;
    tasks.reserve(static_cast<size_t>(keys.size()));
    for (const QString &key : keys)
        tasks.push_back(cache->exists(key));
    co_return co_await awaitAll(std::move(tasks));
}

QCoro::Task<QList<QVariant>> CacheKeyOperations::rawValues(QStringList keys)
{
    const auto cache = m_cache;
    std::vector<QCoro::Task<QVariant>> tasks;
    tasks.reserve(static_cast<size_t>(keys.size()));
    for (const QString &key : keys)
        tasks.push_back(cache->getRaw(key));
    co_return co_await awaitAll(std::move(tasks));
}

QCoro::Task<qint64> CacheKeyOperations::removeKeys(QStringList keys)
{
    const auto cache = m_cache;
    co_return co_await cache->removeMany(std::move(keys));
}

QCoro::Task<bool> CacheKeyOperations::rename(QString key, QString newKey, bool replace)
{
    const auto cache = m_cache;
    const auto signing = m_signing;
    if (cache->backendFor(key) != cache->backendFor(newKey))
        throw ValueError(QStringLiteral("cannot rename '%1' to '%2': they route to different backends")
                             .arg(displayKey(key), displayKey(newKey)));
    if (!signing) {
        // Redis RENAME replaces silently and the Cache has no RENAMENX: the check comes first,
        // which leaves a window in which another client may create `newKey`.
        if (!replace && co_await cache->exists(newKey))
            throw alreadyExists(newKey);
        co_return co_await cache->rename(std::move(key), std::move(newKey));
    }
    // cashews signs the key with the value, so a moved signature would not verify under the
    // new name: verify under the old key, write it signed for the new key with the same TTL,
    // then delete the old key. Without MULTI in the Cache this is three steps; the value is
    // never lost (it exists under one name or both in between).
    const QVariant raw = co_await cache->getRaw(key);
    if (!raw.isValid())
        co_return false;
    const QVariant value = signing->decodeStrict(key, raw.toByteArray());
    const qint64 ttlMs = co_await cache->getExpireMs(key);
    if (ttlMs == -2)
        co_return false;
    // set() without expire keeps an old TTL on mem:// and disk://: a replaced key goes first.
    if (replace)
        co_await cache->remove(newKey);
    const Ttl ttl = ttlMs > 0 ? Ttl::fromMilliseconds(ttlMs) : Ttl();
    if (!co_await cache->set(newKey, value, ttl, Exist::IfMissing))
        throw alreadyExists(newKey);
    co_await cache->remove(std::move(key));
    co_return true;
}

} // namespace cashews
