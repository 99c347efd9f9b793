#pragma once

#include "diskcursor.h"

#include <cashews/backend.h>
#include <cashews/serializer.h>

#include <QElapsedTimer>
#include <QTimer>

#include <QCoro/QCoroTask>

#include <functional>
#include <memory>
#include <optional>

class QTemporaryDir;

namespace cashews {

class DiskStore;
class DiskWorker;
class Settings;
struct DiskOptions;

// disk:// — a persistent store in SQLite files, shareable by several local processes.
//
// The directory is the URL's path or the option `directory`: disk:///var/cache/app (an
// absolute path; percent-encode spaces and '?'), disk://?directory=cache (relative to the working
// directory). A host part (disk://cache/app) is an error rather than a guess, as is a port, a
// user or both forms at once; plain disk:// is a temporary store (see location()).
//
// Options (URL query or keyword):
//   directory       where the shard files live; default: a fresh temporary directory that is
//                   removed with the backend. Created when missing.
//   shards          number of SQLite files, keys spread by a stable hash (default 8; 0 or 1 =
//                   one file). A directory remembers its count; reopening with another fails.
//   size_limit      bytes of keys + values kept (default 1 GiB, as diskcache; 0 = unbounded),
//                   split evenly over the shards. Over it, least-recently-used entries are
//                   evicted: counted (evictions()), reported as "evict" events (Cache::addEventListener) and logged
//                   on the "cashews.disk" category — never silently (cashews issue #405).
//   timeout         seconds to wait for another process' write lock (default 5).
//   purge_interval  seconds between background purges of expired keys (default 60; 0 = off;
//                   expired keys are never returned either way).
//   inline_wait     microseconds a lone command handed to the worker may wait on the
//                   caller's thread for its result before suspending (default 200; 0 = always
//                   suspend). Saves the event-loop round trip for sub-millisecond commands;
//                   never waits longer.
//   inline          run short commands on the caller's thread when no lock is in the way
//                   (default true; false = every command on the worker thread, see below).
//   verify          run PRAGMA quick_check on every shard when opening (default true).
//   on_corrupt      "error" (default): a shard file that is not SQLite fails setup() with a
//                   SettingsError naming it, a damaged one fails opening (init() or the first
//                   command) with a CacheBackendInteractionError naming it; "recreate": the
//                   file is moved aside (<file>.corrupt-<time>) and an empty shard started.
//   pickle_type, compress_type, secret, ...: the serializer's options (default pickle).
//
// Files are opened by init() or, as cashews' auto-init does, by the first command. Like
// cashews' disk backend, a write without expiry keeps the expiry of the value it replaces.
//
// SQLite is used through libsqlite3 directly rather than Qt's QSQLITE driver: we need the
// extended result codes (to tell a corrupt file from a busy one), sqlite3_busy_timeout,
// persistent prepared statements bound to blobs without QVariant boxing, the WAL hook, and
// connections confined to one thread each without QSqlDatabase's per-thread registry.
//
// Threading: the files are opened, verified and purged, and most commands run, on one worker
// thread owned by the backend (DiskWorker, which batches the writes of concurrent commands
// into one commit); such a command awaits a QFuture (QPromise filled by the worker), so the
// caller's event loop never waits on disk for more than `inline_wait`.
// Short commands — point reads (get, get_raw, get_many, exists, get_expire, type, get_size,
// get_bits, set_members) and single-key writes (set, set_raw, incr, expire, set_lock,
// unlock) — run first on the caller's thread through a second set of connections owned by
// that thread (DiskStore::inlineSibling). The hop to the worker and back costs 10-30 µs, more
// than an SQLite point read (5-8 µs) or a small commit, so a get served through the worker
// could not beat python-diskcache, which reads on the caller's thread. This keeps every
// guarantee:
//   - never blocked for long: in WAL mode a reader never waits for a writer, and these
//     connections have a busy timeout of 0, so a write whose file is locked (by another
//     process, or by the worker's purge) fails at once at BEGIN IMMEDIATE, having changed
//     nothing, and the command is handed to the worker, which waits up to `timeout`. Only
//     single-transaction commands run here, so that handing over never repeats a partial write.
//   - order: a command runs here only when no command of this backend is in flight on the
//     worker, so it never overtakes an earlier one;
//   - the same code (DiskStore) runs on both connections: size accounting, LRU eviction (its
//     reads are shared with the worker's connection, see DiskTouches), expiry and errors are
//     identical; evictions are reported the same way;
//   - visibility: consecutive reads here share one SQLite snapshot (a fresh one per read costs
//     two fcntl calls, more than half of a point read), ended by any write of this backend, by
//     the completion of any worker command, at the next return to the event loop, and after
//     1 ms at the latest: this backend's own writes are seen by its next read, and another
//     process' commits at most 1 ms (or one event-loop turn) late. Commits are durable exactly
//     as the worker's (WAL, synchronous=NORMAL, as python-diskcache's defaults).
//   - checkpoints, which sync the files to disk (milliseconds), do not run after these
//     commits: the worker runs them when the WAL grew by 1000 pages, and these connections
//     only once a burst of writes kept it growing to 4000 (see DiskShard::takeCheckpointRequest).
// With inline=false every command goes to the worker: the caller's thread never touches a file.
// Use the backend from one thread (it owns a QTimer for purging and the inline connections).
class DiskBackend final : public Backend
{
public:
    // Throws SettingsError when a shard file in the directory is not SQLite (see on_corrupt).
    DiskBackend(const DiskOptions &options, SerializerPtr serializer, QString description,
                std::shared_ptr<QTemporaryDir> temporaryDirectory);
    ~DiskBackend() override;

    QString describe() const override;
    StoreLocation location() const override;
    QCoro::Task<> init() override;
    QCoro::Task<> close() override;
    QCoro::Task<bool> set(QString key, QVariant value, Ttl expire, Exist exist) override;
    QCoro::Task<bool> setRaw(QString key, QVariant value, Ttl expire) override;
    QCoro::Task<bool> setMany(KeyValueList pairs, Ttl expire) override;
    QCoro::Task<QVariant> get(QString key) override;
    QCoro::Task<QVariant> getRaw(QString key) override;
    QCoro::Task<RawPrefix> getRawPrefix(QString key, qint64 maxBytes) override;
    QCoro::Task<QList<QVariant>> getMany(QStringList keys) override;
    QCoro::AsyncGenerator<QStringList> scan(QString pattern, int batchSize) override;
    QCoro::AsyncGenerator<KeyValueList> getMatch(QString pattern, int batchSize) override;
    QCoro::Task<std::optional<qint64>> incr(QString key, qint64 by, Ttl expire) override;
    QCoro::Task<bool> exists(QString key) override;
    QCoro::Task<bool> remove(QString key) override;
    QCoro::Task<qint64> removeMany(QStringList keys) override;
    QCoro::Task<qint64> removeMatch(QString pattern) override;
    QCoro::Task<bool> expire(QString key, Ttl timeout) override;
    QCoro::Task<qint64> getExpireMs(QString key) override;
    QCoro::Task<bool> rename(QString key, QString newKey) override;
    QCoro::Task<QString> keyType(QString key) override;
    QCoro::Task<QByteArray> ping(QByteArray message) override;
    QCoro::Task<> clear() override;
    QCoro::Task<bool> setLock(QString key, QByteArray value, Ttl expire) override;
    QCoro::Task<bool> unlock(QString key, QByteArray value) override;
    QCoro::Task<QList<qint64>> getBits(QString key, QList<qint64> indexes, int size) override;
    QCoro::Task<QList<qint64>> incrBits(QString key, QList<qint64> indexes, int size, qint64 by) override;
    QCoro::Task<qint64> sliceIncr(QString key, double start, double end, qint64 maxValue, Ttl expire) override;
    QCoro::Task<QList<double>> sliceEntries(QString key) override;
    QCoro::Task<qint64> setAdd(QString key, QStringList members, Ttl expire) override;
    QCoro::Task<qint64> tagAdd(QString key, QStringList members, Ttl expire) override;
    QCoro::Task<qint64> setRemove(QString key, QStringList members) override;
    QCoro::Task<QStringList> setPop(QString key, int count) override;
    QCoro::Task<QStringList> setMembers(QString key) override;
    QCoro::Task<MemberPage> memberPage(QString key, QByteArray cursor, int count) override;
    QCoro::Task<qint64> getSize(QString key) override;
    QCoro::Task<qint64> getKeysCount() override;

    // The directory holding the shard files.
    QString directory() const;
    // Entries this backend evicted because of size_limit since it was created.
    qint64 evictions() const { return m_evictions; }
    // Evictions recorded in the files by every process that used the directory.
    QCoro::Task<qint64> storedEvictions();
    // Deletes expired entries now (the periodic purge does the same); returns how many.
    QCoro::Task<qint64> purgeExpired();

private:
    // Runs `job` on the worker thread and returns its result (or rethrows its exception)
    // on the caller's thread; evictions the job caused are reported on the way back.
    template<typename Result>
    QCoro::Task<Result> onWorker(std::function<Result(DiskStore &)> job);
    // A short command: runs `job` on this thread when possible (see the class comment),
    // otherwise on the worker.
    template<typename Result>
    QCoro::Task<Result> inlineFirst(std::function<Result(DiskStore &)> job);
    // The result of `job` run on this thread's connections, or nothing when it must go to the
    // worker (files not opened by the worker yet, a command in flight, or a locked file).
    template<typename Result>
    std::optional<Result> tryInline(const std::function<Result(DiskStore &)> &job);
    // Reports evictions of the inline store and hands the WAL checkpoints it needs to the worker.
    void afterInline();
    // Ends the snapshot inline reads share: the next one sees every write made so far.
    void endInlineReads();
    template<typename Batch>
    using PageReader = Batch (DiskStore::*)(const QString &, DiskCursor &, int, qint64);
    // Batches of about `batchSize` items read page by page through every shard.
    template<typename Batch>
    QCoro::AsyncGenerator<Batch> paged(QString pattern, int batchSize, PageReader<Batch> readPage);
    void reportEvictions(const QStringList &keys);
    void startPurge();
    // Runs `work` on the worker without awaiting it; failures are logged as `what`.
    void postMaintenance(const char *what, std::function<void(DiskStore &)> work);

    std::shared_ptr<DiskStore> m_store;
    // The caller thread's connections; dropped (all commands then go to the worker) when
    // they cannot be opened.
    std::unique_ptr<DiskStore> m_inline;
    // The default directory, removed when the backend (after closing its files) is destroyed.
    std::shared_ptr<QTemporaryDir> m_temporaryDirectory;
    QString m_description;
    std::unique_ptr<DiskWorker> m_worker;
    qint64 m_inlineWaitNs;
    QTimer m_purgeTimer;
    qint64 m_evictions = 0;
    // Commands posted to the worker and not yet resumed.
    int m_inFlight = 0;
    // Since the inline reads' shared snapshot began (invalid: none is held).
    QElapsedTimer m_snapshotAge;
    // A zero-timer that ends the snapshot at the next return to the event loop is pending.
    bool m_endReadsPosted = false;
    // The worker opened the files, so the inline connections may use them.
    bool m_opened = false;
    bool m_closed = false;
    qint64 m_lastEvictionLog = 0;
    qint64 m_evictionsSinceLog = 0;
};

// Factory for the "disk" scheme; throws SettingsError naming a bad option or directory.
BackendPtr createDiskBackend(Settings &settings);

} // namespace cashews
