#include "store/cachekeyscan.h"

#include <cashews/cache.h>

namespace cashews {

CacheKeyScan::CacheKeyScan(std::shared_ptr<Cache> cache, QString pattern, int pageSize)
    : m_cache(std::move(cache))
    , m_glob(std::move(pattern))
    , m_generator(m_cache->scanBatches(QStringLiteral("*"), pageSize))
{
}

QCoro::Task<std::optional<QStringList>> CacheKeyScan::fetchNext()
{
    if (!m_started) {
        m_started = true;
        m_iterator = co_await m_generator.begin();
    } else if (m_iterator != m_generator.end()) {
        co_await ++m_iterator;
    }
    if (m_iterator == m_generator.end())
        co_return std::nullopt;
    const QStringList &batch = *m_iterator;
    m_scanned += batch.size();
    QStringList page;
    for (const QString &key : batch) {
        if (m_glob.matches(key))
            page.append(key);
    }
    co_return page;
}

} // namespace cashews
