#pragma once

#include "store/keyoperations.h"

#include <memory>

namespace cashews {

class Cache;

// KeyOperations on a cashews Cache (every command goes through its middleware chain,
// so a read-only connection refuses removeKeys()).
class CacheKeyOperations : public KeyOperations
{
public:
    explicit CacheKeyOperations(std::shared_ptr<Cache> cache);

    QCoro::Task<qint64> keysCount() override;
    std::shared_ptr<KeyScan> scan(QString pattern, int pageSize) override;
    QCoro::Task<QList<KeyInfo>> keyInfo(QStringList keys) override;
    QCoro::Task<QStringList> setMembers(QString key) override;
    QCoro::Task<QList<bool>> existing(QStringList keys) override;
    QCoro::Task<QList<QVariant>> rawValues(QStringList keys) override;
    QCoro::Task<qint64> removeKeys(QStringList keys) override;

private:
    std::shared_ptr<Cache> m_cache;
};

} // namespace cashews
