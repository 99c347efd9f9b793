// disk:// beyond the conformance suite: persistence, the size limit and its evictions,
// damaged files, option errors and expiry purging. Time is moved with cashews::setClock.
#include "corotest.h"

#include "backends/disk/diskbackend.h"

#include <cashews/cache.h>
#include <cashews/clock.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QThread>

#include <sqlite3.h>

#include <memory>

using namespace cashews;

namespace {

using CachePtr = std::shared_ptr<Cache>;

CachePtr openCache(const QString &url)
{
    auto cache = std::make_shared<Cache>();
    cache->setup(url);
    return cache;
}

std::shared_ptr<DiskBackend> diskOf(const CachePtr &cache)
{
    return std::dynamic_pointer_cast<DiskBackend>(cache->backendFor(QString()));
}

qint64 g_now = 1'700'000'000'000;

} // namespace

class DiskBackendTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void reopenKeepsEveryKind();
    void readsSeeOtherWritersPromptly();
    void sizeLimitEvictsLeastRecentlyUsed();
    void valueAboveLimitIsRefused();
    void batchedWriteFailsAlone();
    void lockedFileWriteWaitsOnWorker();
    void writeBurstKeepsTheWalBounded();
    void expiredKeysArePurged();
    void nonSqliteFileFailsAtSetup();
    void nonSqliteFileRecreated();
    void damagedPagesFailNamingTheFile();
    void shardCountIsRemembered();
    void defaultDirectoryIsTemporary();
    void badOptions_data();
    void badOptions();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void DiskBackendTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    g_now = 1'700'000'000'000;
    setClock([] { return g_now; });
}

void DiskBackendTest::cleanup()
{
    setClock({});
    m_dir.reset();
}

void DiskBackendTest::reopenKeepsEveryKind()
{
    const QString diskUrl = QStringLiteral("disk://?directory=%1&shards=4").arg(m_dir->path());
    CASHEWS_RUN([](QString url) -> QCoro::Task<> {
        {
            CachePtr cache = openCache(url);
            co_await cache->set(QStringLiteral("text"), QStringLiteral("héllo"), 3600);
            co_await cache->set(QStringLiteral("number"), 42);
            const QStringList members{QStringLiteral("a"), QStringLiteral("b")};
            co_await cache->setAdd(QStringLiteral("set"), members);
            const QList<qint64> indexes{3, 9};
            co_await cache->incrBits(QStringLiteral("bits"), indexes, 2, 2);
            co_await cache->sliceIncr(QStringLiteral("window"), 0, 5, 10);
            co_await cache->sliceIncr(QStringLiteral("window"), 0, 6, 10);
            co_await cache->close();
        }
        CachePtr cache = openCache(url);
        CORO_COMPARE((co_await cache->get(QStringLiteral("text"))).toString(), QStringLiteral("héllo"));
        CORO_VERIFY((co_await cache->getExpire(QStringLiteral("text"))) > 3500);
        CORO_COMPARE((co_await cache->get(QStringLiteral("number"))).toLongLong(), qint64(42));
        QStringList members = co_await cache->setMembers(QStringLiteral("set"));
        members.sort();
        CORO_COMPARE(members, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        const QList<qint64> indexes{3, 9, 4};
        const QList<qint64> bits = co_await cache->getBits(QStringLiteral("bits"), indexes, 2);
        CORO_COMPARE(bits, (QList<qint64>{2, 2, 0}));
        CORO_COMPARE(co_await cache->sliceIncr(QStringLiteral("window"), 0, 7, 10), qint64(3));
        CORO_COMPARE(co_await cache->getKeysCount(), qint64(5));
        co_await cache->close();
    }(diskUrl));
}

void DiskBackendTest::readsSeeOtherWritersPromptly()
{
    // Inline reads share an SQLite snapshot briefly (DiskBackend::tryInline); it must never hide
    // this backend's own writes, nor another connection's (another process') for long.
    const QString diskUrl = QStringLiteral("disk://?directory=%1&shards=2").arg(m_dir->path());
    CASHEWS_RUN([](QString url) -> QCoro::Task<> {
        CachePtr reader = openCache(url);
        CachePtr writer = openCache(url);
        const QString key = QStringLiteral("shared");
        co_await writer->set(key, 1);
        // The first command opens the files on the worker; the next ones run inline and share a snapshot.
        CORO_COMPARE((co_await reader->get(key)).toInt(), 1);
        CORO_COMPARE((co_await reader->get(key)).toInt(), 1);
        co_await writer->set(key, 2);
        // No return to the event loop in between: the snapshot's age bound ends it.
        QThread::msleep(5);
        CORO_COMPARE((co_await reader->get(key)).toInt(), 2);
        // Own writes, on this thread and on the worker, are visible to the very next read.
        co_await reader->set(key, 3);
        CORO_COMPARE((co_await reader->get(key)).toInt(), 3);
        const KeyValueList pairs{{key, 4}};
        co_await reader->setMany(pairs);
        CORO_COMPARE((co_await reader->get(key)).toInt(), 4);
        co_await writer->close();
        co_await reader->close();
    }(diskUrl));
}

void DiskBackendTest::sizeLimitEvictsLeastRecentlyUsed()
{
    // One shard of 2000 bytes; each entry is about 110 bytes, so 30 entries do not fit.
    const QString diskUrl = QStringLiteral("disk://?directory=%1&shards=1&size_limit=2000").arg(m_dir->path());
    CASHEWS_RUN([](QString url) -> QCoro::Task<> {
        CachePtr cache = openCache(url);
        std::shared_ptr<DiskBackend> disk = diskOf(cache);
        CORO_VERIFY(disk != nullptr);
        auto reported = std::make_shared<QStringList>();
        // Evictions arrive through the cache's event chain.
        cache->addEventListener([reported](const BackendEvent &event) {
            if (event.name == QLatin1String("evict"))
                *reported += event.keys;
        });
        const QString payload(100, QLatin1Char('x'));
        co_await cache->set(QStringLiteral("hot"), payload);
        for (int i = 0; i < 30; ++i) {
            g_now += 10;
            co_await cache->set(QStringLiteral("k%1").arg(i), payload);
            // Reading "hot" keeps it the most recently used entry.
            g_now += 10;
            CORO_VERIFY((co_await cache->get(QStringLiteral("hot"))).isValid());
        }
        CORO_VERIFY(disk->evictions() > 0);
        CORO_COMPARE(qint64(reported->size()), disk->evictions());
        CORO_COMPARE(co_await disk->storedEvictions(), disk->evictions());
        CORO_VERIFY(!reported->contains(QStringLiteral("hot")));
        CORO_VERIFY(co_await cache->exists(QStringLiteral("hot")));
        // The oldest writes went first, the newest one stays.
        CORO_VERIFY(reported->contains(QStringLiteral("k0")));
        CORO_VERIFY(!(co_await cache->exists(QStringLiteral("k0"))));
        CORO_VERIFY(co_await cache->exists(QStringLiteral("k29")));
        const qint64 kept = co_await cache->getKeysCount();
        CORO_COMPARE(kept + disk->evictions(), qint64(31));
        co_await cache->close();
    }(diskUrl));
}

void DiskBackendTest::valueAboveLimitIsRefused()
{
    const QString diskUrl = QStringLiteral("disk://?directory=%1&shards=1&size_limit=500").arg(m_dir->path());
    CASHEWS_RUN([](QString url) -> QCoro::Task<> {
        CachePtr cache = openCache(url);
        const QString big(1000, QLatin1Char('y'));
        const Ttl noExpiry;
        CORO_VERIFY_THROWS(diskOf(cache)->set(QStringLiteral("big"), big, noExpiry, Exist::Always), ValueError);
        CORO_VERIFY(!(co_await cache->exists(QStringLiteral("big"))));
        co_await cache->close();
    }(diskUrl));
}

namespace {

QCoro::Task<> setOne(CachePtr cache, QString key)
{
    co_await cache->set(key, key);
}

QCoro::Task<> incrExpectingFailure(CachePtr cache, QString key, std::shared_ptr<bool> failed)
{
    const Ttl noExpiry;
    try {
        co_await diskOf(cache)->incr(key, 1, noExpiry);
    } catch (const ValueError &) {
        *failed = true;
    }
}

} // namespace

void DiskBackendTest::batchedWriteFailsAlone()
{
    // inline=false, inline_wait=0: every command goes to the worker and suspends at once, so
    // the worker runs them as one batch (one transaction per shard, a savepoint per command).
    const QString diskUrl = QStringLiteral("disk://?directory=%1&shards=2&inline=false&inline_wait=0").arg(m_dir->path());
    CASHEWS_RUN([](QString url) -> QCoro::Task<> {
        CachePtr cache = openCache(url);
        co_await cache->set(QStringLiteral("text"), QStringLiteral("abc"));
        auto failed = std::make_shared<bool>(false);
        std::vector<QCoro::Task<>> running;
        for (int i = 0; i < 10; ++i)
            running.push_back(setOne(cache, QStringLiteral("before:%1").arg(i)));
        running.push_back(incrExpectingFailure(cache, QStringLiteral("text"), failed));
        for (int i = 0; i < 10; ++i)
            running.push_back(setOne(cache, QStringLiteral("after:%1").arg(i)));
        for (auto &task : running)
            co_await task;
        CORO_VERIFY(*failed);
        CORO_COMPARE((co_await cache->get(QStringLiteral("text"))).toString(), QStringLiteral("abc"));
        for (int i = 0; i < 10; ++i) {
            CORO_VERIFY(co_await cache->exists(QStringLiteral("before:%1").arg(i)));
            CORO_VERIFY(co_await cache->exists(QStringLiteral("after:%1").arg(i)));
        }
        co_await cache->close();
        // Everything the batch committed is on disk for the next opener.
        CachePtr reopened = openCache(url);
        CORO_COMPARE(co_await reopened->getKeysCount(), qint64(21));
        co_await reopened->close();
    }(diskUrl));
}

void DiskBackendTest::lockedFileWriteWaitsOnWorker()
{
    // Another connection holds the file's write lock: a read is still answered (WAL readers
    // never wait), and a write, which cannot take the lock on the caller's thread, neither
    // fails nor blocks the caller: the worker waits for the lock and then writes.
    const QString diskUrl = QStringLiteral("disk://?directory=%1&shards=1").arg(m_dir->path());
    const QString file = QDir(m_dir->path()).filePath(QStringLiteral("shard-000.sqlite"));
    CASHEWS_RUN([](QString url, QString shardFile) -> QCoro::Task<> {
        CachePtr cache = openCache(url);
        // The first command opens the files on the worker; later ones may run inline.
        co_await cache->set(QStringLiteral("k"), QStringLiteral("old"));
        sqlite3 *handle = nullptr;
        const int opened = sqlite3_open(shardFile.toUtf8().constData(), &handle);
        const std::unique_ptr<sqlite3, int (*)(sqlite3 *)> other(handle, sqlite3_close);
        CORO_COMPARE(opened, SQLITE_OK);
        CORO_COMPARE(sqlite3_exec(other.get(), "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
        CORO_COMPARE((co_await cache->get(QStringLiteral("k"))).toString(), QStringLiteral("old"));
        QCoro::Task<bool> writing = cache->set(QStringLiteral("k"), QStringLiteral("new"));
        CORO_VERIFY(!writing.isReady());
        CORO_COMPARE(sqlite3_exec(other.get(), "COMMIT", nullptr, nullptr, nullptr), SQLITE_OK);
        CORO_VERIFY(co_await writing);
        CORO_COMPARE((co_await cache->get(QStringLiteral("k"))).toString(), QStringLiteral("new"));
        co_await cache->close();
    }(diskUrl, file));
}

void DiskBackendTest::writeBurstKeepsTheWalBounded()
{
    // Writes on the caller's thread do not checkpoint after their commits as SQLite would (the
    // worker does, or they do between commits once the WAL is large): either way the WAL of a
    // long burst stays bounded. Each 3000-byte value fills a page, so each commit appends about
    // four pages; 2500 commits without checkpoints would leave some 10 000 in the WAL.
    const QString diskUrl = QStringLiteral("disk://?directory=%1&shards=1").arg(m_dir->path());
    const QString wal = QDir(m_dir->path()).filePath(QStringLiteral("shard-000.sqlite-wal"));
    CASHEWS_RUN([](QString url, QString walFile) -> QCoro::Task<> {
        CachePtr cache = openCache(url);
        const QString payload(3000, QLatin1Char('w'));
        for (int i = 0; i < 2500; ++i)
            co_await cache->set(QStringLiteral("wal:%1").arg(i), payload);
        CORO_COMPARE(co_await cache->getKeysCount(), qint64(2500));
        // A WAL frame is a 4096-byte page and a 24-byte header.
        const qint64 frames = QFileInfo(walFile).size() / 4120;
        CORO_VERIFY2(frames > 0 && frames < 6000, qPrintable(QString::number(frames)));
        co_await cache->close();
    }(diskUrl, wal));
}

void DiskBackendTest::expiredKeysArePurged()
{
    const QString diskUrl = QStringLiteral("disk://?directory=%1&shards=2&purge_interval=0").arg(m_dir->path());
    CASHEWS_RUN([](QString url) -> QCoro::Task<> {
        CachePtr cache = openCache(url);
        co_await cache->set(QStringLiteral("short"), 1, 10);
        co_await cache->set(QStringLiteral("long"), 1, 100);
        g_now += 11'000;
        CORO_VERIFY(!(co_await cache->get(QStringLiteral("short"))).isValid());
        CORO_COMPARE(co_await cache->getExpire(QStringLiteral("short")), qint64(-2));
        CORO_COMPARE(co_await cache->getKeysCount(), qint64(1));
        CORO_COMPARE(co_await diskOf(cache)->purgeExpired(), qint64(1));
        CORO_COMPARE(co_await diskOf(cache)->purgeExpired(), qint64(0));
        CORO_VERIFY(co_await cache->exists(QStringLiteral("long")));
        co_await cache->close();
    }(diskUrl));
}

void DiskBackendTest::nonSqliteFileFailsAtSetup()
{
    const QString file = QDir(m_dir->path()).filePath(QStringLiteral("shard-000.sqlite"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(QByteArray(8192, 'z'));
    out.close();
    Cache cache;
    try {
        cache.setup(QStringLiteral("disk://?directory=%1&shards=1").arg(m_dir->path()));
        QFAIL("setup accepted a shard file that is not SQLite");
    } catch (const SettingsError &error) {
        QVERIFY2(error.message().contains(file), qPrintable(error.message()));
    }
}

void DiskBackendTest::nonSqliteFileRecreated()
{
    const QString file = QDir(m_dir->path()).filePath(QStringLiteral("shard-000.sqlite"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(QByteArray(8192, 'z'));
    out.close();
    const QString diskUrl = QStringLiteral("disk://?directory=%1&shards=1&on_corrupt=recreate").arg(m_dir->path());
    CASHEWS_RUN([](QString url) -> QCoro::Task<> {
        CachePtr cache = openCache(url);
        co_await cache->set(QStringLiteral("k"), QStringLiteral("v"));
        CORO_COMPARE((co_await cache->get(QStringLiteral("k"))).toString(), QStringLiteral("v"));
        co_await cache->close();
    }(diskUrl));
    const QStringList aside = QDir(m_dir->path()).entryList({QStringLiteral("shard-000.sqlite.corrupt-*")});
    QCOMPARE(aside.size(), 1);
    QFile moved(QDir(m_dir->path()).filePath(aside.first()));
    QVERIFY(moved.open(QIODevice::ReadOnly));
    QCOMPARE(moved.readAll(), QByteArray(8192, 'z'));
}

void DiskBackendTest::damagedPagesFailNamingTheFile()
{
    const QString diskUrl = QStringLiteral("disk://?directory=%1&shards=1").arg(m_dir->path());
    CASHEWS_RUN([](QString url) -> QCoro::Task<> {
        CachePtr cache = openCache(url);
        for (int i = 0; i < 200; ++i)
            co_await cache->set(QStringLiteral("key:%1").arg(i), QString(500, QLatin1Char('v')));
        co_await cache->close();
    }(diskUrl));
    // Garbage over pages 3..6 (the header on page 1 stays valid).
    const QString file = QDir(m_dir->path()).filePath(QStringLiteral("shard-000.sqlite"));
    QFile damaged(file);
    QVERIFY(damaged.open(QIODevice::ReadWrite));
    QVERIFY(damaged.size() > 8 * 4096);
    damaged.seek(2 * 4096);
    damaged.write(QByteArray(4 * 4096, '\xab'));
    damaged.close();
    CASHEWS_RUN([](QString url, QString damagedFile) -> QCoro::Task<> {
        CachePtr cache = openCache(url);
        bool failed = false;
        QString message;
        try {
            co_await diskOf(cache)->init();
        } catch (const CacheBackendInteractionError &error) {
            failed = true;
            message = error.message();
        }
        CORO_VERIFY(failed);
        CORO_VERIFY2(message.contains(damagedFile), qPrintable(message));
        CORO_VERIFY2(message.contains(QStringLiteral("corrupt")), qPrintable(message));
    }(diskUrl, file));
}

void DiskBackendTest::shardCountIsRemembered()
{
    CASHEWS_RUN([](QString directory) -> QCoro::Task<> {
        {
            CachePtr cache = openCache(QStringLiteral("disk://?directory=%1&shards=2").arg(directory));
            CORO_COMPARE(diskOf(cache)->directory(), directory);
            co_await cache->set(QStringLiteral("k"), 1);
            co_await cache->close();
        }
        CachePtr cache = openCache(QStringLiteral("disk://?directory=%1&shards=3").arg(directory));
        bool failed = false;
        QString message;
        try {
            co_await cache->set(QStringLiteral("k"), 2);
        } catch (const SettingsError &error) {
            failed = true;
            message = error.message();
        }
        CORO_VERIFY(failed);
        CORO_VERIFY2(message.contains(directory) && message.contains(QStringLiteral("shards=2")), qPrintable(message));
    }(m_dir->path()));
}

void DiskBackendTest::defaultDirectoryIsTemporary()
{
    QString directory;
    CASHEWS_RUN([](QString *used) -> QCoro::Task<> {
        CachePtr cache = openCache(QStringLiteral("disk://?shards=2"));
        *used = diskOf(cache)->directory();
        co_await cache->set(QStringLiteral("k"), 1);
        CORO_VERIFY(QFile::exists(QDir(*used).filePath(QStringLiteral("shard-001.sqlite"))));
        co_await cache->close();
    }(&directory));
    QVERIFY(!directory.isEmpty());
    // Removed together with the backend.
    QVERIFY(!QDir(directory).exists());
}

void DiskBackendTest::badOptions_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("named");
    QTest::newRow("directory is a file") << QStringLiteral("directory=%1/file") << QStringLiteral("/file");
    QTest::newRow("on_corrupt") << QStringLiteral("directory=%1&on_corrupt=ignore") << QStringLiteral("on_corrupt");
    QTest::newRow("shards") << QStringLiteral("directory=%1&shards=-3") << QStringLiteral("shards");
    QTest::newRow("size_limit") << QStringLiteral("directory=%1&size_limit=lots") << QStringLiteral("size_limit");
    QTest::newRow("misspelt") << QStringLiteral("directory=%1&shard=2") << QStringLiteral("shard");
}

void DiskBackendTest::badOptions()
{
    QFETCH(QString, query);
    QFETCH(QString, named);
    QFile file(QDir(m_dir->path()).filePath(QStringLiteral("file")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    Cache cache;
    try {
        cache.setup(QStringLiteral("disk://?") + query.arg(m_dir->path()));
        QFAIL("setup accepted a bad option");
    } catch (const SettingsError &error) {
        QVERIFY2(error.message().contains(named), qPrintable(error.message()));
    }
}

QTEST_GUILESS_MAIN(DiskBackendTest)
#include "tst_diskbackend.moc"
