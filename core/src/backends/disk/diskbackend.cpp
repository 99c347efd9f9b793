#include "diskbackend.h"

#include "disklogging.h"
#include "diskoptions.h"
#include "diskstore.h"
#include "diskworker.h"
#include "sqlitebusyerror.h"

#include <cashews/clock.h>
#include <cashews/errors.h>
#include <cashews/settings.h>

#include <QDir>
#include <QElapsedTimer>
#include <QThread>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QPromise>

#include <QCoro/QCoroFuture>

#include <exception>
#include <limits>

Q_LOGGING_CATEGORY(lcCashewsDisk, "cashews.disk")

namespace cashews {

namespace {

constexpr qint64 DefaultSizeLimit = qint64(1) << 30;
// How long inline reads may share one SQLite snapshot (see tryInline): a fresh snapshot per
// read costs two fcntl calls, a third of a point read.
constexpr qint64 MaxSnapshotAgeNs = 1000 * 1000;
// Evictions are logged at most this often (each one is still counted and reported).
constexpr qint64 EvictionLogIntervalMs = 60 * 1000;

// The job of a command: `method` called on the store with copies of `args` and the time of the
// call, taken here on the caller's thread before the job waits for its turn on the worker.
template<typename Result, typename... Params, typename... Args>
std::function<Result(DiskStore &)> storeCall(Result (DiskStore::*method)(Params...), Args... args)
{
    const qint64 now = nowMs();
    return [method, now, args...](DiskStore &store) { return (store.*method)(args..., now); };
}

} // namespace

DiskBackend::DiskBackend(const DiskOptions &options, SerializerPtr serializer, QString description,
                         std::shared_ptr<QTemporaryDir> temporaryDirectory)
    : m_store(std::make_shared<DiskStore>(options, std::move(serializer)))
    , m_inline(options.inlineCommands ? m_store->inlineSibling() : nullptr)
    , m_temporaryDirectory(std::move(temporaryDirectory))
    , m_description(std::move(description))
    , m_worker(std::make_unique<DiskWorker>(m_store))
    , m_inlineWaitNs(qint64(options.inlineWaitUs) * 1000)
{
    // Files that are not SQLite at all are reported by setup(), not at the first command.
    m_store->checkFiles();
    m_purgeTimer.setInterval(options.purgeIntervalMs);
    m_purgeTimer.callOnTimeout([this] { startPurge(); });
    if (options.purgeIntervalMs > 0)
        m_purgeTimer.start();
}

DiskBackend::~DiskBackend()
{
    m_purgeTimer.stop();
    m_worker->stop();
    // The worker has ended, so its connections may be closed from this thread too; the inline
    // ones first, as only the worker's flush the pending LRU touches.
    for (DiskStore *store : {m_inline.get(), m_store.get()}) {
        try {
            if (store)
                store->close();
        } catch (const std::exception &error) {
            qCWarning(lcCashewsDisk, "closing %s: %s", qUtf8Printable(m_description), error.what());
        }
    }
}

template<typename Result>
QCoro::Task<Result> DiskBackend::onWorker(std::function<Result(DiskStore &)> job)
{
    struct Outcome
    {
        Result value{};
        std::exception_ptr error;
        QStringList evicted;
        bool opened = false;
    };
    struct State
    {
        QPromise<Outcome> promise;
        Outcome outcome;
    };
    auto state = std::make_shared<State>();
    QFuture<Outcome> future = state->promise.future();
    state->promise.start();
    DiskWorker::Job work;
    work.run = [state, body = std::move(job)](DiskStore &store) {
        try {
            store.ensureOpen();
            state->outcome.opened = true;
            state->outcome.value = body(store);
        } catch (...) {
            state->outcome.error = std::current_exception();
        }
    };
    work.complete = [state](std::exception_ptr commitError, QStringList evicted) {
        if (commitError && !state->outcome.error)
            state->outcome.error = commitError;
        state->outcome.evicted = std::move(evicted);
        state->promise.addResult(state->outcome);
        state->promise.finish();
    };
    m_worker->post(std::move(work));
    // A point read or a small write takes microseconds: waiting that long here (bounded)
    // spares the event-loop round trip of a suspension; anything slower is awaited. Only a
    // lone command waits: with others in flight, suspending lets the worker batch them.
    if (++m_inFlight == 1 && m_inlineWaitNs > 0) {
        QElapsedTimer waited;
        waited.start();
        while (!future.isFinished() && waited.nsecsElapsed() < m_inlineWaitNs)
            QThread::yieldCurrentThread();
    }
    // QCoro's QFuture awaiter resumes through a QFutureWatcher created on this thread, so the
    // coroutine continues here and never on the worker (the thread hop a timed-out
    // qCoro(signal, timeout) makes in QCoro 0.8, qcoro#213, cannot happen on this path).
    Outcome outcome = co_await future;
    --m_inFlight;
    // What the worker wrote must be visible to the next inline read of this thread.
    endInlineReads();
    m_opened = m_opened || outcome.opened;
    if (!outcome.evicted.isEmpty())
        reportEvictions(outcome.evicted);
    if (outcome.error)
        std::rethrow_exception(outcome.error);
    co_return std::move(outcome.value);
}

template<typename Result>
std::optional<Result> DiskBackend::tryInline(const std::function<Result(DiskStore &)> &job)
{
    if (!m_inline || !m_opened || m_closed || m_inFlight > 0)
        return std::nullopt;
    try {
        m_inline->ensureOpen();
    } catch (const std::exception &error) {
        qCWarning(lcCashewsDisk, "%s: cannot open the files on this thread, every command goes to the worker thread: %s",
                  qUtf8Printable(m_description), error.what());
        m_inline.reset();
        return std::nullopt;
    }
    // Inline reads share one snapshot for at most MaxSnapshotAgeNs and never past the next
    // return to the event loop, so other processes' writes show up at most that late.
    if (m_snapshotAge.isValid() && m_snapshotAge.nsecsElapsed() > MaxSnapshotAgeNs)
        endInlineReads();
    if (!m_snapshotAge.isValid()) {
        m_snapshotAge.start();
        if (!m_endReadsPosted) {
            m_endReadsPosted = true;
            QTimer::singleShot(0, &m_purgeTimer, [this] {
                m_endReadsPosted = false;
                endInlineReads();
            });
        }
    }
    std::optional<Result> result;
    try {
        result.emplace(job(*m_inline));
    } catch (const SqliteBusyError &) {
        // A locked file, and nothing written: the worker runs the command, waiting for the lock.
    } catch (...) {
        afterInline();
        throw;
    }
    afterInline();
    return result;
}

template<typename Result>
QCoro::Task<Result> DiskBackend::inlineFirst(std::function<Result(DiskStore &)> job)
{
    std::optional<Result> result = tryInline(job);
    if (result)
        co_return std::move(*result);
    co_return co_await onWorker(std::move(job));
}

void DiskBackend::endInlineReads()
{
    m_snapshotAge.invalidate();
    if (!m_inline)
        return;
    try {
        m_inline->endReads();
    } catch (const std::exception &error) {
        // Ending a read-only transaction loses nothing; the next read starts a fresh one.
        qCWarning(lcCashewsDisk, "%s: ending a read transaction: %s", qUtf8Printable(m_description), error.what());
    }
}

void DiskBackend::afterInline()
{
    const QStringList evicted = m_inline->takeEvicted();
    if (!evicted.isEmpty())
        reportEvictions(evicted);
    const QList<int> checkpoints = m_inline->takeCheckpointRequests();
    for (int index : checkpoints)
        postMaintenance("checkpointing the WAL", [index](DiskStore &store) { store.checkpoint(index); });
}

void DiskBackend::reportEvictions(const QStringList &keys)
{
    m_evictions += keys.size();
    m_evictionsSinceLog += keys.size();
    const qint64 now = nowMs();
    if (m_lastEvictionLog == 0 || now - m_lastEvictionLog >= EvictionLogIntervalMs) {
        qCWarning(lcCashewsDisk, "%s: size_limit reached, evicted %lld least-recently-used entries (%lld in total)",
                  qUtf8Printable(m_description), m_evictionsSinceLog, m_evictions);
        m_lastEvictionLog = now;
        m_evictionsSinceLog = 0;
    }
    emitEvent(QStringLiteral("evict"), keys);
}

void DiskBackend::startPurge()
{
    const qint64 now = nowMs();
    postMaintenance("purging expired keys", [now](DiskStore &store) { store.purgeExpired(now); });
}

void DiskBackend::postMaintenance(const char *what, std::function<void(DiskStore &)> work)
{
    const QString description = m_description;
    // Fire and forget: nobody awaits the job, so its failure is logged here.
    DiskWorker::Job job;
    job.run = [what, description, work = std::move(work)](DiskStore &store) {
        try {
            store.ensureOpen();
            work(store);
        } catch (const std::exception &error) {
            qCWarning(lcCashewsDisk, "%s: %s failed: %s", qUtf8Printable(description), what, error.what());
        }
    };
    job.complete = [what, description](std::exception_ptr commitError, QStringList) {
        try {
            if (commitError)
                std::rethrow_exception(commitError);
        } catch (const std::exception &error) {
            qCWarning(lcCashewsDisk, "%s: %s failed: %s", qUtf8Printable(description), what, error.what());
        }
    };
    m_worker->post(std::move(job));
}

QString DiskBackend::describe() const
{
    return m_description;
}

StoreLocation DiskBackend::location() const
{
    return {directory(), m_temporaryDirectory != nullptr};
}

QString DiskBackend::directory() const
{
    return m_store->options().directory;
}

QCoro::Task<> DiskBackend::init()
{
    // Opening happens in onWorker() before any job; this job only surfaces its errors early.
    std::function<bool(DiskStore &)> job = [](DiskStore &) { return true; };
    co_await onWorker(std::move(job));
}

QCoro::Task<> DiskBackend::close()
{
    m_purgeTimer.stop();
    if (std::exchange(m_closed, true))
        co_return;
    // The inline connections leave their pending LRU touches to the worker's close.
    if (m_inline)
        m_inline->close();
    std::function<bool(DiskStore &)> job = [](DiskStore &store) {
        store.close();
        return true;
    };
    co_await onWorker(std::move(job));
}

QCoro::Task<bool> DiskBackend::set(QString key, QVariant value, Ttl expire, Exist exist)
{
    co_return co_await inlineFirst(storeCall(&DiskStore::set, key, value, expire, exist));
}

QCoro::Task<bool> DiskBackend::setRaw(QString key, QVariant value, Ttl expire)
{
    co_return co_await inlineFirst(storeCall(&DiskStore::setRaw, key, value, expire));
}

QCoro::Task<bool> DiskBackend::setMany(KeyValueList pairs, Ttl expire)
{
    co_return co_await onWorker(storeCall(&DiskStore::setMany, pairs, expire));
}

QCoro::Task<QVariant> DiskBackend::get(QString key)
{
    co_return co_await inlineFirst(storeCall(&DiskStore::get, key));
}

QCoro::Task<QVariant> DiskBackend::getRaw(QString key)
{
    co_return co_await inlineFirst(storeCall(&DiskStore::getRaw, key));
}

QCoro::Task<RawPrefix> DiskBackend::getRawPrefix(QString key, qint64 maxBytes)
{
    co_return co_await inlineFirst(storeCall(&DiskStore::getRawPrefix, key, maxBytes));
}

QCoro::Task<QList<QVariant>> DiskBackend::getMany(QStringList keys)
{
    co_return co_await inlineFirst(storeCall(&DiskStore::getMany, keys));
}

template<typename Batch>
QCoro::AsyncGenerator<Batch> DiskBackend::paged(QString pattern, int batchSize, PageReader<Batch> readPage)
{
    const int size = qMax(1, batchSize);
    const qint64 now = nowMs();
    // Only one job uses the cursor at a time; the future hands it back and forth.
    auto cursor = std::make_shared<DiskCursor>();
    Batch pending;
    // Every shard is visited (cashews' disk backend yielded nothing with shards > 1).
    while (!cursor->done) {
        std::function<Batch(DiskStore &)> job = [readPage, pattern, cursor, size, now](DiskStore &store) {
            return (store.*readPage)(pattern, *cursor, size, now);
        };
        pending += co_await onWorker(std::move(job));
        if (pending.size() >= size) {
            co_yield pending;
            pending.clear();
        }
    }
    if (!pending.isEmpty())
        co_yield pending;
}

QCoro::AsyncGenerator<QStringList> DiskBackend::scan(QString pattern, int batchSize)
{
    return paged<QStringList>(std::move(pattern), batchSize, &DiskStore::scanPage);
}

QCoro::AsyncGenerator<KeyValueList> DiskBackend::getMatch(QString pattern, int batchSize)
{
    return paged<KeyValueList>(std::move(pattern), batchSize, &DiskStore::matchPage);
}

QCoro::Task<std::optional<qint64>> DiskBackend::incr(QString key, qint64 by, Ttl expire)
{
    co_return co_await inlineFirst(storeCall(&DiskStore::incr, key, by, expire));
}

QCoro::Task<bool> DiskBackend::exists(QString key)
{
    co_return co_await inlineFirst(storeCall(&DiskStore::exists, key));
}

QCoro::Task<bool> DiskBackend::remove(QString key)
{
    QStringList keys(key);
    co_return co_await removeMany(std::move(keys)) > 0;
}

QCoro::Task<qint64> DiskBackend::removeMany(QStringList keys)
{
    co_return co_await onWorker(storeCall(&DiskStore::removeMany, keys));
}

QCoro::Task<qint64> DiskBackend::removeMatch(QString pattern)
{
    const qint64 now = nowMs();
    auto cursor = std::make_shared<DiskCursor>();
    qint64 removed = 0;
    // Every shard is visited (cashews' disk backend failed here with shards > 1).
    while (!cursor->done) {
        std::function<qint64(DiskStore &)> job = [pattern, cursor, now](DiskStore &store) {
            const QStringList keys = store.scanPage(pattern, *cursor, 500, now);
            return keys.isEmpty() ? qint64(0) : store.removeMany(keys, now);
        };
        removed += co_await onWorker(std::move(job));
    }
    co_return removed;
}

QCoro::Task<bool> DiskBackend::expire(QString key, Ttl timeout)
{
    co_return co_await inlineFirst(storeCall(&DiskStore::expire, key, timeout));
}

QCoro::Task<qint64> DiskBackend::getExpireMs(QString key)
{
    co_return co_await inlineFirst(storeCall(&DiskStore::getExpireMs, key));
}

QCoro::Task<bool> DiskBackend::rename(QString key, QString newKey)
{
    co_return co_await onWorker(storeCall(&DiskStore::rename, key, newKey));
}

QCoro::Task<QString> DiskBackend::keyType(QString key)
{
    co_return co_await inlineFirst(storeCall(&DiskStore::keyType, key));
}

QCoro::Task<QByteArray> DiskBackend::ping(QByteArray message)
{
    std::function<bool(DiskStore &)> job = [](DiskStore &store) {
        store.ping();
        return true;
    };
    co_await onWorker(std::move(job));
    co_return (message.isEmpty() || message == "PING") ? QByteArray("PONG") : message;
}

QCoro::Task<> DiskBackend::clear()
{
    const qint64 now = nowMs();
    std::function<bool(DiskStore &)> job = [now](DiskStore &store) {
        store.clear(now);
        return true;
    };
    co_await onWorker(std::move(job));
}

QCoro::Task<bool> DiskBackend::setLock(QString key, QByteArray value, Ttl expire)
{
    co_return co_await inlineFirst(storeCall(&DiskStore::setLock, key, value, expire));
}

QCoro::Task<bool> DiskBackend::unlock(QString key, QByteArray value)
{
    co_return co_await inlineFirst(storeCall(&DiskStore::unlock, key, value));
}

QCoro::Task<QList<qint64>> DiskBackend::getBits(QString key, QList<qint64> indexes, int size)
{
    co_return co_await inlineFirst(storeCall(&DiskStore::getBits, key, indexes, size));
}

QCoro::Task<QList<qint64>> DiskBackend::incrBits(QString key, QList<qint64> indexes, int size, qint64 by)
{
    co_return co_await onWorker(storeCall(&DiskStore::incrBits, key, indexes, size, by));
}

QCoro::Task<qint64> DiskBackend::sliceIncr(QString key, double start, double end, qint64 maxValue, Ttl expire)
{
    co_return co_await onWorker(storeCall(&DiskStore::sliceIncr, key, start, end, maxValue, expire));
}

QCoro::Task<QList<double>> DiskBackend::sliceEntries(QString key)
{
    co_return co_await inlineFirst(storeCall(&DiskStore::sliceEntries, key));
}

QCoro::Task<qint64> DiskBackend::setAdd(QString key, QStringList members, Ttl expire)
{
    co_return co_await onWorker(storeCall(&DiskStore::setAdd, key, members, expire));
}

QCoro::Task<qint64> DiskBackend::tagAdd(QString key, QStringList members, Ttl expire)
{
    co_return co_await onWorker(storeCall(&DiskStore::tagAdd, key, members, expire));
}

QCoro::Task<qint64> DiskBackend::setRemove(QString key, QStringList members)
{
    co_return co_await onWorker(storeCall(&DiskStore::setRemove, key, members));
}

QCoro::Task<QStringList> DiskBackend::setPop(QString key, int count)
{
    co_return co_await onWorker(storeCall(&DiskStore::setPop, key, count));
}

QCoro::Task<QStringList> DiskBackend::setMembers(QString key)
{
    co_return co_await inlineFirst(storeCall(&DiskStore::setMembers, key));
}

QCoro::Task<MemberPage> DiskBackend::memberPage(QString key, QByteArray cursor, int count)
{
    co_return co_await inlineFirst(storeCall(&DiskStore::memberPage, key, cursor, count));
}

QCoro::Task<qint64> DiskBackend::getSize(QString key)
{
    co_return co_await inlineFirst(storeCall(&DiskStore::getSize, key));
}

QCoro::Task<qint64> DiskBackend::getKeysCount()
{
    co_return co_await onWorker(storeCall(&DiskStore::getKeysCount));
}

QCoro::Task<qint64> DiskBackend::storedEvictions()
{
    std::function<qint64(DiskStore &)> job = [](DiskStore &store) { return store.storedEvictions(); };
    co_return co_await onWorker(std::move(job));
}

QCoro::Task<qint64> DiskBackend::purgeExpired()
{
    co_return co_await onWorker(storeCall(&DiskStore::purgeExpired));
}

namespace {

// The directory a disk:// URL names (see DiskBackend), empty for a temporary store. Anything in
// the URL that does not fit is an error: before, disk:///dir silently opened a temporary store.
QString directoryOf(Settings &settings)
{
    const QString url = settings.redactedUrl();
    if (!settings.host().isEmpty())
        throw SettingsError(QStringLiteral("disk: '%1' has the host part '%2'; the directory is the path "
                                           "(disk:///absolute/dir) or the option directory (disk://?directory=relative/dir)")
                                .arg(url, settings.host()));
    if (settings.port(-1) != -1 || !settings.userName().isEmpty() || !settings.password().isEmpty())
        throw SettingsError(QStringLiteral("disk: '%1' has a port or user part; a disk store has neither").arg(url));
    const QString option = settings.takeString(QStringLiteral("directory"));
    const QString path = settings.path();
    if (!path.isEmpty() && !option.isEmpty())
        throw SettingsError(QStringLiteral("disk: '%1' names the directory twice: the path '%2' and directory='%3'")
                                .arg(url, path, option));
    return path.isEmpty() ? option : path;
}

} // namespace

BackendPtr createDiskBackend(Settings &settings)
{
    DiskOptions options;
    std::shared_ptr<QTemporaryDir> temporary;
    options.directory = directoryOf(settings);
    if (options.directory.isEmpty()) {
        temporary = std::make_shared<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/cashews-disk-XXXXXX"));
        if (!temporary->isValid())
            throw SettingsError(QStringLiteral("disk: cannot create a temporary directory in '%1': %2")
                                    .arg(QDir::tempPath(), temporary->errorString()));
        options.directory = temporary->path();
    } else {
        options.directory = QDir(options.directory).absolutePath();
        const QFileInfo info(options.directory);
        if (info.exists() && !info.isDir())
            throw SettingsError(QStringLiteral("disk: directory '%1' is a file, not a directory").arg(options.directory));
        if (!QDir().mkpath(options.directory))
            throw SettingsError(QStringLiteral("disk: cannot create directory '%1'").arg(options.directory));
        if (!QFileInfo(options.directory).isWritable())
            throw SettingsError(QStringLiteral("disk: directory '%1' is not writable").arg(options.directory));
    }
    // cashews: 0 or 1 shard means one plain diskcache Cache.
    options.shards = int(qMax<qint64>(1, settings.takeInt(QStringLiteral("shards"), 8, 0, 1024)));
    options.sizeLimit = settings.takeInt(QStringLiteral("size_limit"), DefaultSizeLimit, 0, std::numeric_limits<qint64>::max());
    options.timeoutMs = int(settings.takeDouble(QStringLiteral("timeout"), 5.0, 0.0, 3600.0) * 1000.0);
    options.purgeIntervalMs = int(settings.takeDouble(QStringLiteral("purge_interval"), 60.0, 0.0, 86400.0) * 1000.0);
    options.inlineWaitUs = int(settings.takeInt(QStringLiteral("inline_wait"), 200, 0, 100000));
    options.inlineCommands = settings.takeBool(QStringLiteral("inline"), true);
    options.verify = settings.takeBool(QStringLiteral("verify"), true);
    const QString onCorrupt = settings.takeString(QStringLiteral("on_corrupt"), QStringLiteral("error")).toLower();
    if (onCorrupt != u"error" && onCorrupt != u"recreate")
        throw SettingsError(QStringLiteral("disk: option 'on_corrupt' has the value '%1', expected 'error' or 'recreate'").arg(onCorrupt));
    options.recreateCorrupt = onCorrupt == u"recreate";

    SerializerPtr serializer = Serializer::fromSettings(settings, QStringLiteral("pickle"));
    if (serializer->storesObjects())
        throw SettingsError(QStringLiteral("disk: pickle_type 'null' keeps live objects, which a file cannot hold; "
                                           "use pickle, json or qdatastream"));
    settings.finish();
    return std::make_shared<DiskBackend>(options, std::move(serializer), settings.redactedUrl(), std::move(temporary));
}

} // namespace cashews
