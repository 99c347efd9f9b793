#pragma once

#include "store/keyoperations.h"

#include <cashews/serializer.h>

#include <memory>

namespace cashews {

class Cache;

// KeyOperations on a cashews Cache (every command goes through its middleware chain,
// so a read-only connection refuses removeKeys() and rename()).
class CacheKeyOperations : public KeyOperations
{
public:
    // `signing`: the connection's value pipeline when it signs values (rename() verifies and
    // signs anew with it), null when values are not signed.
    explicit CacheKeyOperations(std::shared_ptr<Cache> cache, SerializerPtr signing = {});

    QCoro::Task<qint64> keysCount() override;
    std::shared_ptr<KeyScan> scan(QString pattern, int pageSize) override;
    QCoro::Task<QList<KeyInfo>> keyInfo(QStringList keys) override;
    QCoro::Task<QStringList> setMembers(QString key) override;
    QCoro::Task<QList<bool>> existing(QStringList keys) override;
    QCoro::Task<QList<QVariant>> rawValues(QStringList keys) override;
    QCoro::Task<qint64> removeKeys(QStringList keys) override;
    QCoro::Task<bool> rename(QString key, QString newKey, bool replace) override;

private:
    std::shared_ptr<Cache> m_cache;
    SerializerPtr m_signing;
};

} // namespace cashews
