#include "store/cachekeyoperations.h"

#include "store/cachekeyscan.h"

#include <cashews/cache.h>
#include <cashews/clock.h>

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

} // namespace

CacheKeyOperations::CacheKeyOperations(std::shared_ptr<Cache> cache)
    : m_cache(std::move(cache))
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

} // namespace cashews
