#pragma once

#include "diskoptions.h"
#include "disktouches.h"
#include "sqlitestatement.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace cashews {

// One connection to one SQLite file of a disk:// store, used from one thread only: the
// backend's worker thread (Primary) or the thread that uses the backend (Inline, see
// DiskBackend).
//
// Tables (they survive restarts; every kind of value lives in them):
//   entries(key, kind, value, expire_at, access, size) — one row per key: strings and raw bytes
//           in `value`, bit fields as a blob in `value` (Redis BITFIELD bit order), sets and
//           sliding windows as an anchor row whose elements are in
//   members(key, member)   — set members,
//   windows(key, score)    — sliding-window timestamps (duplicates allowed),
//   meta(name, value)      — schema version, shard count, total `size` of entries (kept by
//                            triggers) and the number of evictions so far.
// `size` is the bytes of key + value (+ members, 8 bytes per window score): what size_limit
// bounds. `access` is the epoch ms of the last read or write, the LRU order of eviction.
class DiskShard
{
public:
    enum Kind : int { Value = 0, Raw = 1, Set = 2, Window = 3, Bits = 4 };
    // Primary: creates, verifies and sets up the file, waits `timeout` for locks.
    // Inline: opens the file the primary connection set up, never waits for a lock (a busy
    // file throws SqliteBusyError at once) and leaves pending touches to the primary on close.
    enum class Mode { Primary, Inline };

    // `touches` is shared with the other connection of this process to the same file.
    DiskShard(QString file, const DiskOptions &options, qint64 sizeLimit, Mode mode, std::shared_ptr<DiskTouches> touches);
    ~DiskShard();
    DiskShard(const DiskShard &) = delete;
    DiskShard &operator=(const DiskShard &) = delete;

    // Opens (creating) the file, switches it to WAL and checks it; a damaged file throws
    // CacheBackendInteractionError naming it, or with on_corrupt=recreate is moved aside.
    // In Inline mode only opens the connection.
    void open();
    // Flushes pending LRU touches (Primary mode) and closes the file.
    void close();
    QString file() const { return m_file; }

    // A cached prepared statement; `sql` must be a string literal (it is the cache key).
    SqliteStatement prepare(const char *sql);

    // Runs `body` in a write transaction (BEGIN IMMEDIATE, so concurrent writers in other
    // processes wait for the busy timeout instead of failing on a lock upgrade), then applies
    // the size limit. Rolls back and rethrows when anything throws. Inside a batch the
    // transaction stays open until commitBatch() and `body` gets a savepoint of its own.
    template<typename Body>
    auto write(qint64 now, Body body)
    {
        if (m_batch) {
            if (!m_inTransaction) {
                endRead();
                beginBatchTransaction();
                flushTouches();
            }
            exec("SAVEPOINT job");
            try {
                auto result = body();
                enforceLimit(now);
                exec("RELEASE job");
                return result;
            } catch (...) {
                rollbackJob();
                throw;
            }
        }
        // A write needs the latest snapshot: a read transaction held open ends first.
        endRead();
        exec("BEGIN IMMEDIATE");
        try {
            flushTouches();
            auto result = body();
            enforceLimit(now);
            exec("COMMIT");
            return result;
        } catch (...) {
            rollback();
            throw;
        }
    }
    // Starts batching: write() calls share one transaction until commitBatch().
    void beginBatch() { m_batch = true; }
    // Starts a read transaction that later reads share, inside a batch and on Inline
    // connections (a read outside a transaction takes and drops the WAL read lock each time:
    // two fcntl calls and a fresh snapshot, a third of a point read). It lasts until endRead(),
    // a write or the batch's end; DiskBackend bounds how long an inline one stays open.
    void beginRead();
    // Ends the read transaction beginRead() left open, if any: later reads see the latest writes.
    void endRead();
    // Whether a batch transaction (and so this file's write lock) is held.
    bool holdsBatchTransaction() const { return m_inTransaction; }
    // Commits the batch transaction held so far and stays in the batch; a failure makes
    // commitBatch() throw.
    void commitHeld() noexcept;
    // How a batch avoids waiting for this file's lock while holding another one: `peersHeld`
    // says whether other shards hold batch transactions, `releasePeers` commits them.
    void setPeers(std::function<bool()> peersHeld, std::function<void()> releasePeers);
    // Commits the batch's transaction; throws when it (or an earlier part of it) failed.
    void commitBatch();

    // Records a read of `key` for the LRU order; written with the next write transaction so
    // that reads stay read-only.
    void touch(const QByteArray &key, qint64 now);
    // Keys evicted by the size limit since the last call.
    QList<QByteArray> takeEvicted();
    // Deletes expired entries (at most `limit`); returns how many.
    qint64 purgeExpired(qint64 now, qint64 limit);
    // Total evictions recorded in this file (by every process).
    qint64 storedEvictions();

    // Inline mode: whether this connection's commits grew the WAL enough that the primary
    // connection should checkpoint it (true once per growth of CheckpointPages).
    bool takeCheckpointRequest();
    // Copies the WAL into the file as far as no reader needs it, without waiting; false when
    // another connection was checkpointing it already.
    bool checkpoint();

    // Deletes the row of `key` when it has expired, so that a write starts from nothing.
    void dropIfExpired(const QByteArray &key, qint64 now);
    // Rows changed by the last INSERT/UPDATE/DELETE (not counting trigger work).
    qint64 changes() const;

private:
    void openConnection(int busyTimeoutMs);
    static int walCommitted(void *self, struct sqlite3 *db, const char *name, int pages);
    void closeConnection();
    void configure();
    // Throws for a failed setup step; remembers whether the file looked damaged.
    [[noreturn]] void failSetup(int rc, const char *what);
    void moveAside(const QString &reason);
    void exec(const char *sql);
    void rollback() noexcept;
    void rollbackJob() noexcept;
    void beginBatchTransaction();
    void flushTouches();
    void enforceLimit(qint64 now);

    QString m_file;
    const DiskOptions &m_options;
    qint64 m_sizeLimit;
    struct sqlite3 *m_db = nullptr;
    QHash<const char *, struct sqlite3_stmt *> m_statements;
    Mode m_mode;
    int m_busyTimeoutMs = 0;
    // Inline mode: WAL pages after this connection's last commit, and the sizes at which to
    // ask the worker for the next checkpoint and at which to run one here.
    int m_walPages = 0;
    int m_nextCheckpoint = 0;
    int m_nextOwnCheckpoint = 0;
    std::shared_ptr<DiskTouches> m_touches;
    QList<QByteArray> m_evicted;
    bool m_corrupt = false;
    bool m_batch = false;
    bool m_inTransaction = false;
    bool m_reading = false;
    // SQLite rolled the batch's transaction back on its own (e.g. disk full).
    bool m_batchLost = false;
    std::function<bool()> m_peersHeld;
    std::function<void()> m_releasePeers;
};

} // namespace cashews
