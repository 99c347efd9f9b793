#include "store/keyqueries.h"

#include "common/keymeaning.h"

#include <QSet>

namespace cashews {

QStringList KeyQueries::lockPatterns()
{
    // One glob for lock:*, locked:*, *:lock and :tx_lock:*: one walk over the keyspace
    // instead of four; KeyMeaning keeps only what cashews means as a lock.
    return {QStringLiteral("*lock*")};
}

QCoro::Task<QStringList> KeyQueries::collect(KeyOperationsPtr operations, QStringList patterns, int pageSize)
{
    QStringList keys;
    QSet<QString> seen;
    for (const QString &pattern : patterns) {
        const std::shared_ptr<KeyScan> scan = operations->scan(pattern, pageSize);
        while (true) {
            const std::optional<QStringList> page = co_await KeyScan::next(scan);
            if (!page)
                break;
            for (const QString &key : *page) {
                if (!seen.contains(key)) {
                    seen.insert(key);
                    keys << key;
                }
            }
        }
    }
    co_return keys;
}

QCoro::Task<std::optional<QList<TagEntry>>> KeyQueries::tagPage(KeyOperationsPtr operations, std::shared_ptr<KeyScan> scan)
{
    const std::optional<QStringList> page = co_await KeyScan::next(scan);
    if (!page)
        co_return std::nullopt;
    QStringList keys = *page;
    const QList<KeyInfo> infos = co_await operations->keyInfo(keys);
    QList<TagEntry> tags;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        TagEntry entry;
        entry.key = keys.at(i);
        entry.ttlMs = infos.at(i).ttlMs;
        entry.members = co_await operations->setMembers(entry.key);
        entry.members.sort();
        entry.exists = co_await operations->existing(entry.members);
        tags << entry;
    }
    co_return tags;
}

QCoro::Task<QList<LockEntry>> KeyQueries::locks(KeyOperationsPtr operations)
{
    QStringList keys;
    const QStringList found = co_await collect(operations, lockPatterns());
    // The glob also finds keys that merely contain "lock"; keep what cashews means as a lock.
    for (const QString &key : found) {
        if (KeyMeaning::classify(key).isLock())
            keys << key;
    }
    keys.sort();
    const QList<QVariant> owners = co_await operations->rawValues(keys);
    const QList<KeyInfo> infos = co_await operations->keyInfo(keys);
    QList<LockEntry> locks;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (!owners.at(i).isValid())
            continue; // released between the scan and the read
        locks << LockEntry{keys.at(i), owners.at(i).toByteArray(), infos.at(i)};
    }
    co_return locks;
}

} // namespace cashews
