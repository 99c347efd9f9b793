#pragma once

#include "keyoperations.h"
#include "lockentry.h"
#include "tagentry.h"

#include <QCoro/QCoroTask>

namespace cashews {

// Multi-step reads the tags, locks and bulk-delete views need, written once against
// KeyOperations. Each takes its operations by value, so it keeps the store alive.
class KeyQueries
{
public:
    // Every key matching any of `patterns`, without duplicates, scanned in pages.
    static QCoro::Task<QStringList> collect(KeyOperationsPtr operations, QStringList patterns, int pageSize = 1000);
    // Every `_tag:*` set with its members and which of them still exist.
    static QCoro::Task<QList<TagEntry>> tags(KeyOperationsPtr operations);
    // Every lock key cashews writes, with owner value and TTL.
    static QCoro::Task<QList<LockEntry>> locks(KeyOperationsPtr operations);
    // The globs that find cashews lock keys.
    static QStringList lockPatterns();
};

} // namespace cashews
