#include "etagstore.h"

#include <cashews/cache.h>

namespace cashews::http {

EtagStore::EtagStore(Cache *cache, QString prefix) : m_cache(cache), m_prefix(std::move(prefix)) {}

QString EtagStore::etagKey(const QString &etag) const
{
    return m_prefix + QStringLiteral(":etag:") + etag;
}

QString EtagStore::currentKey(const QString &dataKey) const
{
    return m_prefix + QStringLiteral(":etag_for:") + dataKey;
}

QCoro::Task<bool> EtagStore::isCurrent(QString etag, QString dataKey) const
{
    return isCurrent(m_cache, etagKey(etag), currentKey(dataKey), etag, dataKey);
}

QCoro::Task<> EtagStore::remember(QString etag, QString dataKey, qint64 ttlMs, bool recomputed) const
{
    return remember(m_cache, etagKey(etag), currentKey(dataKey), etagKey(QString()), etag, dataKey, ttlMs, recomputed);
}

QCoro::Task<bool> EtagStore::isCurrent(Cache *cache, QString etagKey, QString currentKey, QString etag, QString dataKey)
{
    const QVariant described = co_await cache->get(etagKey);
    // Missing, or the etag of another resource's response: not ours to judge or delete.
    if (isMiss(described) || described.toString() != dataKey)
        co_return false;
    const QVariant current = co_await cache->get(currentKey);
    const bool live = co_await cache->exists(dataKey);
    if (live && current.toString() == etag)
        co_return true;
    co_await cache->remove(etagKey);
    co_return false;
}

QCoro::Task<> EtagStore::remember(Cache *cache, QString etagKey, QString currentKey, QString staleKeyPrefix,
                                  QString etag, QString dataKey, qint64 ttlMs, bool recomputed)
{
    if (recomputed) {
        const QVariant previous = co_await cache->get(currentKey);
        if (!isMiss(previous) && previous.toString() != etag) {
            const QString staleKey = staleKeyPrefix + previous.toString();
            co_await cache->remove(staleKey);
        }
    }
    // Named locals: g++ 12 mishandles temporaries built inside co_await operands.
    const Ttl ttl = Ttl::fromMilliseconds(ttlMs);
    const QVariant described(dataKey);
    const QVariant current(etag);
    co_await cache->set(etagKey, described, ttl);
    co_await cache->set(currentKey, current, ttl);
}

} // namespace cashews::http
