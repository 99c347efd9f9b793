#pragma once

#include "store/keyscan.h"

#include <cashews/pattern.h>

#include <QCoro/QCoroAsyncGenerator>

#include <memory>

namespace cashews {

class Cache;

// A KeyScan over Cache::scanBatches; keeps the cache alive while the walk exists.
// It walks every key ("*") in store batches of the page size and matches the glob here:
// a server-side MATCH on Redis loops over empty SCAN replies until one matches, so a
// sparse filter turned one page into a walk of the whole keyspace. Each page is now one
// bounded store batch (possibly with no match), and scanned() is exact.
class CacheKeyScan : public KeyScan
{
public:
    CacheKeyScan(std::shared_ptr<Cache> cache, QString pattern, int pageSize);

    qint64 scanned() const override { return m_scanned; }

protected:
    QCoro::Task<std::optional<QStringList>> fetchNext() override;

private:
    std::shared_ptr<Cache> m_cache;
    GlobPattern m_glob;
    QCoro::AsyncGenerator<QStringList> m_generator;
    QCoro::AsyncGenerator<QStringList>::iterator m_iterator{nullptr};
    bool m_started = false;
    qint64 m_scanned = 0;
};

} // namespace cashews
