#pragma once

#include <QByteArray>
#include <QHash>

#include <mutex>

namespace cashews {

// The reads of one shard not yet written to its `access` column (the LRU order), shared by
// the shard's two connections in this process — the worker's and the caller thread's — so
// that whichever writes the shard next records them before it evicts: eviction sees every
// read of the process, whichever thread served it.
class DiskTouches
{
public:
    // Records a read of `key` at `now`; returns how many reads are pending.
    qsizetype add(const QByteArray &key, qint64 now);
    // Hands over the pending reads and forgets them.
    QHash<QByteArray, qint64> take();
    bool isEmpty() const;

private:
    mutable std::mutex m_mutex;
    QHash<QByteArray, qint64> m_pending;
};

} // namespace cashews
