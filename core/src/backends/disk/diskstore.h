#pragma once

#include "diskcursor.h"
#include "diskoptions.h"
#include "diskshard.h"

#include <cashews/backend.h>
#include <cashews/serializer.h>
#include <cashews/ttl.h>
#include <cashews/value.h>

#include <QStringList>
#include <QVariant>

#include <memory>
#include <optional>
#include <vector>

namespace cashews {

// The synchronous disk store behind DiskBackend: routes keys to shards by a stable hash and
// implements every command on them. Each store is used from one thread: the backend's worker
// thread (the primary store) or the backend's own thread (its inline sibling); `now` (epoch
// ms) comes from the caller so that a test clock set on the caller's thread applies.
class DiskStore
{
public:
    DiskStore(DiskOptions options, SerializerPtr serializer);
    // A second store on the same files for another thread: its connections never wait for a
    // lock (SqliteBusyError instead), and it shares this store's pending LRU touches. Open it
    // only after this store opened (and so created and verified) the files.
    std::unique_ptr<DiskStore> inlineSibling() const;

    const DiskOptions &options() const { return m_options; }
    // The path of shard `index` in `directory`.
    static QString shardFile(const QString &directory, int index);
    // Cheap check at setup: every existing shard file starts with the SQLite header. Throws
    // SettingsError naming the first file that does not (unless on_corrupt=recreate).
    void checkFiles() const;
    // Opens every shard (see DiskShard::open); throws naming the first bad file.
    void open();
    // Opens on first use: the facade has no separate init step, like cashews' auto-init.
    // Throws once the store was closed.
    void ensureOpen();
    void close();
    // Batches writes until commitBatch() (see DiskWorker); commitBatch() throws the first
    // failure after trying every shard.
    void beginBatch();
    void commitBatch();
    // Ends the read transactions inline connections keep open between reads (DiskShard::beginRead).
    void endReads();
    // The shard of `key`: FNV-1a of its bytes modulo the shard count, stable across runs,
    // processes and Qt versions (qHash is seeded per process).
    int shardIndex(const QByteArray &key) const;

    bool set(const QString &key, const QVariant &value, Ttl expire, Exist exist, qint64 now);
    bool setRaw(const QString &key, const QVariant &value, Ttl expire, qint64 now);
    bool setMany(const KeyValueList &pairs, Ttl expire, qint64 now);
    QVariant get(const QString &key, qint64 now);
    QVariant getRaw(const QString &key, qint64 now);
    RawPrefix getRawPrefix(const QString &key, qint64 maxBytes, qint64 now);
    QList<QVariant> getMany(const QStringList &keys, qint64 now);
    // One page of matching keys (or key/value pairs) from `cursor`, which it advances.
    QStringList scanPage(const QString &pattern, DiskCursor &cursor, int pageSize, qint64 now);
    KeyValueList matchPage(const QString &pattern, DiskCursor &cursor, int pageSize, qint64 now);
    qint64 incr(const QString &key, qint64 by, Ttl expire, qint64 now);
    bool exists(const QString &key, qint64 now);
    qint64 removeMany(const QStringList &keys, qint64 now);
    bool expire(const QString &key, Ttl timeout, qint64 now);
    qint64 getExpireMs(const QString &key, qint64 now);
    bool rename(const QString &key, const QString &newKey, qint64 now);
    QString keyType(const QString &key, qint64 now);
    void ping();
    void clear(qint64 now);
    bool setLock(const QString &key, const QByteArray &value, Ttl expire, qint64 now);
    bool unlock(const QString &key, const QByteArray &value, qint64 now);
    QList<qint64> getBits(const QString &key, const QList<qint64> &indexes, int size, qint64 now);
    QList<qint64> incrBits(const QString &key, const QList<qint64> &indexes, int size, qint64 by, qint64 now);
    qint64 sliceIncr(const QString &key, double start, double end, qint64 maxValue, Ttl expire, qint64 now);
    QList<double> sliceEntries(const QString &key, qint64 now);
    qint64 setAdd(const QString &key, const QStringList &members, Ttl expire, qint64 now);
    qint64 tagAdd(const QString &key, const QStringList &members, Ttl expire, qint64 now);
    qint64 setRemove(const QString &key, const QStringList &members, qint64 now);
    QStringList setPop(const QString &key, int count, qint64 now);
    QStringList setMembers(const QString &key, qint64 now);
    MemberPage memberPage(const QString &key, const QByteArray &cursor, int count, qint64 now);
    qint64 getSize(const QString &key, qint64 now);
    qint64 getKeysCount(qint64 now);
    // Deletes expired entries of every shard; returns how many.
    qint64 purgeExpired(qint64 now);
    // Keys evicted by the size limit since the last call, over every shard.
    QStringList takeEvicted();
    // Shards whose WAL this (inline) store grew enough to need a checkpoint since the last call.
    QList<int> takeCheckpointRequests();
    // Checkpoints the WAL of shard `index` (see DiskShard::checkpoint).
    void checkpoint(int index);
    // Evictions recorded in the files (by every process sharing the directory).
    qint64 storedEvictions();

private:
    struct Row
    {
        int kind = DiskShard::Value;
        QByteArray value;
        qint64 expireAt = 0;
        qint64 size = 0;
    };

    DiskShard &shardFor(const QByteArray &key);
    // setAdd, or with `tagSet` tagAdd (the expiry only grows, see tagSetExpiry).
    qint64 addMembers(const QString &key, const QStringList &members, Ttl expire, bool tagSet, qint64 now);
    // The live (present, not expired) row of `key`.
    std::optional<Row> liveRow(DiskShard &shard, const QByteArray &key, qint64 now);
    // The live row of `key`, recorded as read for the LRU order.
    std::optional<Row> readRow(const QString &key, qint64 now);
    // Inserts or replaces a byte value (kind Value / Raw / Bits) inside a write transaction.
    void upsert(DiskShard &shard, const QByteArray &key, int kind, const QByteArray &bytes, qint64 expireAt, qint64 now);
    bool writeBytes(const QString &key, int kind, const QByteArray &bytes, Ttl expire, Exist exist, qint64 now);
    // The anchor row of a set or window, created when missing; throws on a key of another kind.
    void ensureContainer(DiskShard &shard, const QByteArray &key, int kind, const char *command, qint64 now);
    void checkFits(const QString &key, qint64 size) const;
    // The scores of a window's entries, ascending.
    QList<double> windowScores(const QByteArray &key);
    QVariant decode(const QString &key, int kind, const QByteArray &bytes) const;
    // Pages through `cursor` returning rows whose key matches; `withValues` also reads values.
    template<typename Emit>
    void page(const QString &pattern, DiskCursor &cursor, int pageSize, qint64 now, bool withValues, Emit emit);

    DiskOptions m_options;
    SerializerPtr m_serializer;
    qint64 m_shardLimit;
    DiskShard::Mode m_mode = DiskShard::Mode::Primary;
    // One per shard, shared with the sibling store.
    std::vector<std::shared_ptr<DiskTouches>> m_touches;
    std::vector<std::unique_ptr<DiskShard>> m_shards;
    bool m_closed = false;
    bool m_batching = false;
};

} // namespace cashews
