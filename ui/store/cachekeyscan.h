#pragma once

#include "store/keyscan.h"

#include <QCoro/QCoroAsyncGenerator>

#include <memory>

namespace cashews {

class Cache;

// A KeyScan over Cache::scanBatches; keeps the cache alive while the walk exists.
class CacheKeyScan : public KeyScan
{
public:
    CacheKeyScan(std::shared_ptr<Cache> cache, QString pattern, int pageSize);

protected:
    QCoro::Task<std::optional<QStringList>> fetchNext() override;

private:
    std::shared_ptr<Cache> m_cache;
    QCoro::AsyncGenerator<QStringList> m_generator;
    QCoro::AsyncGenerator<QStringList>::iterator m_iterator{nullptr};
    bool m_started = false;
};

} // namespace cashews
