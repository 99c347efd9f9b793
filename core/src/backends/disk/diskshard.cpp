#include "diskshard.h"

#include "disklogging.h"
#include "sqliteerror.h"

#include <cashews/errors.h>

#include <QDateTime>
#include <QFile>

#include <sqlite3.h>

namespace cashews {

namespace {

constexpr qint64 SchemaVersion = 1;
// LRU touches buffered before they are written even without other writes.
constexpr qsizetype MaxPendingTouches = 10000;
// WAL pages (4 KiB) after which a checkpoint runs: SQLite's default auto-checkpoint.
constexpr int CheckpointPages = 1000;
// WAL pages after which the inline connection checkpoints by itself (see takeCheckpointRequest).
constexpr int MaxWalPages = 4 * CheckpointPages;
// Rows looked at per eviction round.
constexpr qint64 EvictionBatch = 64;

// `windows`, not `window`: WINDOW is an SQL keyword since SQLite 3.25.
// entries_resize skips unchanged sizes so that overwriting a value with one of the same size
// does not write the meta page too (files made before keep the unconditional trigger, which
// computes the same total).
constexpr const char *SchemaSql = R"sql(
CREATE TABLE IF NOT EXISTS meta(name TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS entries(
    key BLOB PRIMARY KEY,
    kind INTEGER NOT NULL,
    value BLOB,
    expire_at INTEGER,
    access INTEGER NOT NULL,
    size INTEGER NOT NULL) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS entries_access ON entries(access);
CREATE INDEX IF NOT EXISTS entries_expire ON entries(expire_at) WHERE expire_at IS NOT NULL;
CREATE TABLE IF NOT EXISTS members(key BLOB NOT NULL, member BLOB NOT NULL, PRIMARY KEY(key, member)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS windows(key BLOB NOT NULL, score REAL NOT NULL);
CREATE INDEX IF NOT EXISTS windows_key ON windows(key, score);
CREATE TRIGGER IF NOT EXISTS entries_insert AFTER INSERT ON entries BEGIN
    UPDATE meta SET value = value + NEW.size WHERE name = 'size';
END;
CREATE TRIGGER IF NOT EXISTS entries_resize AFTER UPDATE OF size ON entries WHEN OLD.size <> NEW.size BEGIN
    UPDATE meta SET value = value - OLD.size + NEW.size WHERE name = 'size';
END;
CREATE TRIGGER IF NOT EXISTS entries_retype AFTER UPDATE OF kind ON entries WHEN OLD.kind <> NEW.kind BEGIN
    DELETE FROM members WHERE key = OLD.key;
    DELETE FROM windows WHERE key = OLD.key;
END;
CREATE TRIGGER IF NOT EXISTS entries_delete AFTER DELETE ON entries BEGIN
    UPDATE meta SET value = value - OLD.size WHERE name = 'size';
    DELETE FROM members WHERE key = OLD.key;
    DELETE FROM windows WHERE key = OLD.key;
END;
INSERT OR IGNORE INTO meta(name, value) VALUES ('schema', 1), ('size', 0), ('evictions', 0);
)sql";

} // namespace

DiskShard::DiskShard(QString file, const DiskOptions &options, qint64 sizeLimit, Mode mode, std::shared_ptr<DiskTouches> touches)
    : m_file(std::move(file))
    , m_options(options)
    , m_sizeLimit(sizeLimit)
    , m_mode(mode)
    , m_touches(std::move(touches))
{
}

DiskShard::~DiskShard()
{
    closeConnection();
}

void DiskShard::open()
{
    if (m_mode == Mode::Inline) {
        // The primary connection created, verified and switched the file to WAL (a
        // persistent mode); `synchronous` is per connection.
        openConnection(0);
        exec("PRAGMA synchronous=NORMAL");
        // No auto-checkpoint on this thread: a checkpoint syncs the WAL and the file to disk
        // (milliseconds); the backend asks the worker to run it instead (replaces the
        // auto-checkpoint's own WAL hook).
        sqlite3_wal_hook(m_db, &DiskShard::walCommitted, this);
        m_nextCheckpoint = CheckpointPages;
        m_nextOwnCheckpoint = MaxWalPages;
        return;
    }
    try {
        openConnection(m_options.timeoutMs);
        configure();
    } catch (const CacheBackendInteractionError &error) {
        closeConnection();
        if (!m_corrupt || !m_options.recreateCorrupt)
            throw;
        moveAside(error.message());
        m_corrupt = false;
        openConnection(m_options.timeoutMs);
        configure();
    }
}

void DiskShard::openConnection(int busyTimeoutMs)
{
    // NOMUTEX: the connection is confined to one thread.
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | (m_mode == Mode::Primary ? SQLITE_OPEN_CREATE : 0);
    const int rc = sqlite3_open_v2(m_file.toUtf8().constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK)
        failSetup(rc, "open");
    sqlite3_extended_result_codes(m_db, 1);
    m_busyTimeoutMs = busyTimeoutMs;
    sqlite3_busy_timeout(m_db, busyTimeoutMs);
}

void DiskShard::failSetup(int rc, const char *what)
{
    m_corrupt = isCorruptionCode(rc);
    throwSqliteError(m_db, rc, m_file, what);
}

void DiskShard::configure()
{
    // The first statements read the header: a file that is not SQLite fails here.
    sqlite3_stmt *statement = nullptr;
    int rc = sqlite3_prepare_v2(m_db, "PRAGMA journal_mode=WAL", -1, &statement, nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_step(statement);
    const QByteArray mode = rc == SQLITE_ROW
        ? QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)))
        : QByteArray();
    sqlite3_finalize(statement);
    if (rc != SQLITE_ROW)
        failSetup(rc, "PRAGMA journal_mode=WAL");
    if (mode != "wal")
        throw CacheBackendInteractionError(QStringLiteral("disk: %1: cannot switch to WAL mode (journal mode stays '%2')")
                                               .arg(m_file, QString::fromUtf8(mode)));
    // NORMAL in WAL mode, python-diskcache's default (sqlite_synchronous=1): a commit survives
    // a crash of the process (kill -9); only a power loss may drop the last commits, and never
    // corrupts the file. Commits do not sync; checkpoints sync the WAL and the file.
    exec("PRAGMA synchronous=NORMAL");

    if (m_options.verify) {
        rc = sqlite3_prepare_v2(m_db, "PRAGMA quick_check(1)", -1, &statement, nullptr);
        if (rc == SQLITE_OK)
            rc = sqlite3_step(statement);
        const QByteArray verdict = rc == SQLITE_ROW
            ? QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)))
            : QByteArray();
        sqlite3_finalize(statement);
        if (rc != SQLITE_ROW)
            failSetup(rc, "PRAGMA quick_check");
        if (verdict != "ok") {
            m_corrupt = true;
            throw CacheBackendInteractionError(QStringLiteral("disk: %1: the file is corrupted (quick_check: %2); "
                                                              "remove it or set on_corrupt=recreate")
                                                   .arg(m_file, QString::fromUtf8(verdict)));
        }
    }

    exec("BEGIN IMMEDIATE");
    try {
        {
            auto foreign = prepare("SELECT name FROM sqlite_schema WHERE type = 'table' "
                                   "AND name NOT IN ('meta', 'entries', 'members', 'windows') LIMIT 1");
            if (foreign.next())
                throw CacheBackendInteractionError(QStringLiteral("disk: %1 is an SQLite database of something else "
                                                                  "(it has a table '%2'); point directory= at a cache directory")
                                                       .arg(m_file, QString::fromUtf8(foreign.bytesAt(0))));
        }
        const int schemaRc = sqlite3_exec(m_db, SchemaSql, nullptr, nullptr, nullptr);
        if (schemaRc != SQLITE_OK)
            failSetup(schemaRc, "create tables");
        {
            auto schema = prepare("SELECT value FROM meta WHERE name = 'schema'");
            if (!schema.next() || schema.int64At(0) != SchemaVersion)
                throw CacheBackendInteractionError(QStringLiteral("disk: %1 has an unknown schema version (expected %2)")
                                                       .arg(m_file)
                                                       .arg(SchemaVersion));
        }
        // Keys are routed by hash modulo the shard count: reopening with another count would
        // look for keys in the wrong files.
        prepare("INSERT OR IGNORE INTO meta(name, value) VALUES ('shards', ?1)").bind(1, qint64(m_options.shards)).run();
        {
            auto shards = prepare("SELECT value FROM meta WHERE name = 'shards'");
            if (shards.next() && shards.int64At(0) != m_options.shards)
                throw SettingsError(QStringLiteral("disk: directory '%1' was created with shards=%2, not shards=%3")
                                        .arg(m_options.directory)
                                        .arg(shards.int64At(0))
                                        .arg(m_options.shards));
        }
        exec("COMMIT");
    } catch (...) {
        rollback();
        throw;
    }
}

void DiskShard::moveAside(const QString &reason)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-hhmmsszzz"));
    const QString target = QStringLiteral("%1.corrupt-%2").arg(m_file, stamp);
    if (!QFile::rename(m_file, target))
        throw CacheBackendInteractionError(QStringLiteral("disk: %1 is damaged (%2) and cannot be moved aside to %3")
                                               .arg(m_file, reason, target));
    // The WAL and shared-memory files belong to the damaged database, not to the new one.
    for (const char *suffix : {"-wal", "-shm"}) {
        const QString side = m_file + QLatin1String(suffix);
        if (QFile::exists(side) && !QFile::rename(side, target + QLatin1String(suffix)))
            throw CacheBackendInteractionError(QStringLiteral("disk: cannot move %1 aside").arg(side));
    }
    qCWarning(lcCashewsDisk, "%s was damaged (%s); moved it to %s and started an empty shard",
              qUtf8Printable(m_file), qUtf8Printable(reason), qUtf8Printable(target));
}

void DiskShard::close()
{
    if (!m_db)
        return;
    if (m_mode == Mode::Primary && !m_touches->isEmpty())
        write(0, [] { return true; });
    commitBatch();
    closeConnection();
}

void DiskShard::beginRead()
{
    // Inside a write's own transaction (a read as part of a write) there is nothing to start.
    if ((m_batch || m_mode == Mode::Inline) && !m_inTransaction && !m_reading && sqlite3_get_autocommit(m_db)) {
        exec("BEGIN");
        m_reading = true;
    }
}

void DiskShard::endRead()
{
    if (!std::exchange(m_reading, false) || sqlite3_get_autocommit(m_db))
        return;
    exec("COMMIT");
}

void DiskShard::commitBatch()
{
    m_batch = false;
    endRead();
    const bool lost = std::exchange(m_batchLost, false);
    if (!std::exchange(m_inTransaction, false)) {
        if (lost)
            throw CacheBackendInteractionError(QStringLiteral("disk: %1: SQLite rolled back a batch of writes").arg(m_file));
        return;
    }
    try {
        exec("COMMIT");
    } catch (...) {
        rollback();
        throw;
    }
}

void DiskShard::setPeers(std::function<bool()> peersHeld, std::function<void()> releasePeers)
{
    m_peersHeld = std::move(peersHeld);
    m_releasePeers = std::move(releasePeers);
}

void DiskShard::beginBatchTransaction()
{
    if (m_peersHeld && m_peersHeld()) {
        // Waiting for this lock while holding another shard's could deadlock with a process
        // that batches the two shards in the other order: try without waiting, and if the
        // file is busy, commit what is held first.
        sqlite3_busy_timeout(m_db, 0);
        const int rc = sqlite3_exec(m_db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
        sqlite3_busy_timeout(m_db, m_busyTimeoutMs);
        if (rc == SQLITE_OK) {
            m_inTransaction = true;
            return;
        }
        if ((rc & 0xff) != SQLITE_BUSY)
            throwSqliteError(m_db, rc, m_file, "BEGIN IMMEDIATE");
        m_releasePeers();
    }
    exec("BEGIN IMMEDIATE");
    m_inTransaction = true;
}

void DiskShard::commitHeld() noexcept
{
    if (!m_inTransaction)
        return;
    m_inTransaction = false;
    if (sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK) {
        qCWarning(lcCashewsDisk, "%s: COMMIT failed: %s", qUtf8Printable(m_file), sqlite3_errmsg(m_db));
        rollback();
        m_batchLost = true;
    }
}

void DiskShard::rollbackJob() noexcept
{
    if (!m_db)
        return;
    if (sqlite3_get_autocommit(m_db)) {
        // The error ended the whole transaction: the earlier jobs of the batch are gone too.
        m_batchLost = m_inTransaction;
        m_inTransaction = false;
        return;
    }
    for (const char *sql : {"ROLLBACK TO job", "RELEASE job"}) {
        if (sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
            qCWarning(lcCashewsDisk, "%s: %s failed: %s", qUtf8Printable(m_file), sql, sqlite3_errmsg(m_db));
    }
}

void DiskShard::closeConnection()
{
    for (sqlite3_stmt *statement : std::as_const(m_statements))
        sqlite3_finalize(statement);
    m_statements.clear();
    if (m_db)
        sqlite3_close(m_db);
    m_db = nullptr;
}

SqliteStatement DiskShard::prepare(const char *sql)
{
    if (!m_db)
        throw CacheBackendInteractionError(QStringLiteral("disk: %1 is closed").arg(m_file));
    sqlite3_stmt *&statement = m_statements[sql];
    if (!statement) {
        const int rc = sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &statement, nullptr);
        if (rc != SQLITE_OK) {
            m_statements.remove(sql);
            throwSqliteError(m_db, rc, m_file, sql);
        }
    }
    return SqliteStatement(m_db, statement, m_file);
}

void DiskShard::exec(const char *sql)
{
    prepare(sql).run();
}

void DiskShard::rollback() noexcept
{
    if (m_db && !sqlite3_get_autocommit(m_db)) {
        const int rc = sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
        if (rc != SQLITE_OK)
            qCWarning(lcCashewsDisk, "%s: ROLLBACK failed: %s", qUtf8Printable(m_file), sqlite3_errmsg(m_db));
    }
}

int DiskShard::walCommitted(void *self, sqlite3 *, const char *, int pages)
{
    static_cast<DiskShard *>(self)->m_walPages = pages;
    return SQLITE_OK;
}

bool DiskShard::takeCheckpointRequest()
{
    if (m_mode != Mode::Inline)
        return false;
    // A small WAL means it was checkpointed and restarted.
    if (m_walPages < CheckpointPages) {
        m_nextCheckpoint = CheckpointPages;
        m_nextOwnCheckpoint = MaxWalPages;
    }
    if (m_walPages >= m_nextOwnCheckpoint) {
        // The WAL starts over only when a write begins after a complete checkpoint; while this
        // thread writes without pause, the worker's checkpoints always end behind the latest
        // commit. Checkpointing here, between two commits, bounds the WAL.
        try {
            if (checkpoint())
                m_nextOwnCheckpoint = m_walPages + MaxWalPages;
        } catch (const std::exception &error) {
            qCWarning(lcCashewsDisk, "%s: checkpoint failed: %s", qUtf8Printable(m_file), error.what());
            m_nextOwnCheckpoint = m_walPages + MaxWalPages;
        }
        return false;
    }
    if (m_walPages < m_nextCheckpoint)
        return false;
    // Asks again only after as much growth again (a reader may have kept the last one short).
    m_nextCheckpoint = m_walPages + CheckpointPages;
    return true;
}

bool DiskShard::checkpoint()
{
    // A checkpoint cannot run inside a transaction: inside a worker batch, end the batch's
    // read transaction and commit what it wrote so far (as for a peer shard).
    endRead();
    commitHeld();
    // PASSIVE never waits for (nor blocks) readers and writers.
    const int rc = sqlite3_wal_checkpoint_v2(m_db, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    // Busy: another connection is checkpointing this file right now, which does the same.
    if ((rc & 0xff) == SQLITE_BUSY)
        return false;
    if (rc != SQLITE_OK)
        throwSqliteError(m_db, rc, m_file, "wal_checkpoint");
    return true;
}

qint64 DiskShard::changes() const
{
    return sqlite3_changes64(m_db);
}

void DiskShard::touch(const QByteArray &key, qint64 now)
{
    if (m_sizeLimit <= 0)
        return;
    if (m_touches->add(key, now) >= MaxPendingTouches)
        write(now, [] { return true; });
}

void DiskShard::flushTouches()
{
    const QHash<QByteArray, qint64> touches = m_touches->take();
    for (auto it = touches.cbegin(); it != touches.cend(); ++it)
        prepare("UPDATE entries SET access = ?2 WHERE key = ?1 AND access < ?2").bind(1, it.key()).bind(2, it.value()).run();
}

void DiskShard::dropIfExpired(const QByteArray &key, qint64 now)
{
    prepare("DELETE FROM entries WHERE key = ?1 AND expire_at <= ?2").bind(1, key).bind(2, now).run();
}

qint64 DiskShard::purgeExpired(qint64 now, qint64 limit)
{
    prepare("DELETE FROM entries WHERE key IN (SELECT key FROM entries WHERE expire_at <= ?1 LIMIT ?2)")
        .bind(1, now)
        .bind(2, limit)
        .run();
    return changes();
}

qint64 DiskShard::storedEvictions()
{
    auto query = prepare("SELECT value FROM meta WHERE name = 'evictions'");
    return query.next() ? query.int64At(0) : 0;
}

QList<QByteArray> DiskShard::takeEvicted()
{
    return std::exchange(m_evicted, {});
}

void DiskShard::enforceLimit(qint64 now)
{
    if (m_sizeLimit <= 0)
        return;
    const auto storedSize = [this] {
        auto query = prepare("SELECT value FROM meta WHERE name = 'size'");
        return query.next() ? query.int64At(0) : 0;
    };
    qint64 size = storedSize();
    if (size <= m_sizeLimit)
        return;
    // Expired entries go first: dropping them is not an eviction.
    purgeExpired(now, std::numeric_limits<qint64>::max());
    size = storedSize();
    qint64 evicted = 0;
    while (size > m_sizeLimit) {
        QList<QPair<QByteArray, qint64>> victims;
        {
            auto oldest = prepare("SELECT key, size FROM entries ORDER BY access LIMIT ?1");
            oldest.bind(1, EvictionBatch);
            while (oldest.next() && size > m_sizeLimit) {
                victims.append({oldest.bytesAt(0), oldest.int64At(1)});
                size -= oldest.int64At(1);
            }
        }
        if (victims.isEmpty())
            break;
        for (const auto &[key, bytes] : std::as_const(victims)) {
            prepare("DELETE FROM entries WHERE key = ?1").bind(1, key).run();
            m_evicted.append(key);
        }
        evicted += victims.size();
    }
    prepare("UPDATE meta SET value = value + ?1 WHERE name = 'evictions'").bind(1, evicted).run();
}

} // namespace cashews
