#pragma once

#include <QCoro/QCoroTask>

#include <QString>

namespace cashews {
class Cache;
}

namespace cashews::http {

// The ETag records of cached responses. cashews keeps only "<prefix>:etag:<etag>" = True, so an
// etag outlives the data it describes (cashews #283): after an invalidation a client still gets
// 304 for a response that is gone or has changed. Here the record holds the data key, and
// "<prefix>:etag_for:<data key>" names the data's current etag; a 304 needs both to agree and
// the data key to exist. A record that fails that check is deleted, and a recomputed response
// deletes the record of the etag it replaces.
class EtagStore
{
public:
    EtagStore(Cache *cache, QString prefix);

    // Whether `etag` is the current etag of the live entry `dataKey` (deletes it when stale).
    QCoro::Task<bool> isCurrent(QString etag, QString dataKey) const;
    // Records `etag` for `dataKey` for `ttlMs`; `recomputed`: the entry was just written, so
    // the record of its previous etag goes.
    QCoro::Task<> remember(QString etag, QString dataKey, qint64 ttlMs, bool recomputed) const;

    QString etagKey(const QString &etag) const;
    QString currentKey(const QString &dataKey) const;

private:
    static QCoro::Task<bool> isCurrent(Cache *cache, QString etagKey, QString currentKey, QString etag, QString dataKey);
    static QCoro::Task<> remember(Cache *cache, QString etagKey, QString currentKey, QString staleKeyPrefix,
                                  QString etag, QString dataKey, qint64 ttlMs, bool recomputed);

    Cache *m_cache;
    QString m_prefix;
};

} // namespace cashews::http
