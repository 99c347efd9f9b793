#pragma once

#include "store/keyoperations.h"
#include "store/lockentry.h"
#include "store/tagentry.h"

#include <QCoro/QCoroTask>

#include <memory>
#include <optional>

namespace cashews {

// Multi-step reads the tags, locks and bulk-delete views need, written once against
// KeyOperations. Each takes its operations by value, so it keeps the store alive.
class KeyQueries
{
public:
    // Every key matching any of `patterns`, without duplicates, scanned in pages.
    static QCoro::Task<QStringList> collect(KeyOperationsPtr operations, QStringList patterns, int pageSize = 1000);
    // The next page of a scan over `_tag:*`: each tag set with its members and which of
    // them still exist; nullopt when the scan is over.
    static QCoro::Task<std::optional<QList<TagEntry>>> tagPage(KeyOperationsPtr operations, std::shared_ptr<KeyScan> scan);
    // Every lock key cashews writes, with owner value and TTL.
    static QCoro::Task<QList<LockEntry>> locks(KeyOperationsPtr operations);
    // The globs that find cashews lock keys (one, so that listing locks is one scan).
    static QStringList lockPatterns();
};

} // namespace cashews
