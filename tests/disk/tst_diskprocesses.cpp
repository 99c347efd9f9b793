// disk:// shared by two processes, and a kill -9 in the middle of a write burst. The other
// process is disk_child (built next to this test).
#include "burstvalue.h"
#include "corotest.h"
#include "sqliteintegrity.h"

#include <cashews/cache.h>

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>

using namespace cashews;

namespace {

using CachePtr = std::shared_ptr<Cache>;

constexpr int BurstKeys = 40;

} // namespace

class DiskProcessesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void twoProcessesShareADirectory();
    void killDuringWriteBurstLeavesWholeValues_data();
    void killDuringWriteBurstLeavesWholeValues();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void DiskProcessesTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void DiskProcessesTest::twoProcessesShareADirectory()
{
    const QString diskUrl = QStringLiteral("disk://?directory=%1&shards=8").arg(m_dir->path());
    auto shared = std::make_shared<Cache>();
    shared->setup(diskUrl);
    // The parent's connections are open while the child writes.
    CASHEWS_RUN([](CachePtr cache) -> QCoro::Task<> {
        CORO_VERIFY(co_await cache->set(QStringLiteral("parent"), QStringLiteral("from parent")));
    }(shared));

    QProcess child;
    child.start(QStringLiteral(CASHEWS_DISK_CHILD), {QStringLiteral("write"), diskUrl, QStringLiteral("50")});
    QVERIFY2(child.waitForFinished(30000), "disk_child did not finish");
    QCOMPARE(child.exitStatus(), QProcess::NormalExit);
    QVERIFY2(child.exitCode() == 0, child.readAllStandardError().constData());
    const QByteArray output = child.readAllStandardOutput();
    QVERIFY2(output.contains("parent=from parent\n"), output.constData());

    CASHEWS_RUN([](CachePtr cache) -> QCoro::Task<> {
        for (int i = 0; i < 50; ++i) {
            const QVariant value = co_await cache->get(QStringLiteral("child:%1").arg(i));
            CORO_COMPARE(value.toString(), QStringLiteral("value-%1").arg(i));
        }
        CORO_COMPARE(co_await cache->getKeysCount(), qint64(51));
        co_await cache->close();
    }(shared));
}

void DiskProcessesTest::killDuringWriteBurstLeavesWholeValues_data()
{
    QTest::addColumn<QString>("mode");
    QTest::newRow("setMany on the worker thread") << QStringLiteral("burst");
    QTest::newRow("set by set on the caller's thread") << QStringLiteral("sets");
}

void DiskProcessesTest::killDuringWriteBurstLeavesWholeValues()
{
    QFETCH(QString, mode);
    const QString diskUrl = QStringLiteral("disk://?directory=%1&shards=4").arg(m_dir->path());
    CASHEWS_RUN([](QString url) -> QCoro::Task<> {
        Cache cache;
        cache.setup(url);
        KeyValueList pairs;
        for (int i = 0; i < BurstKeys; ++i)
            pairs.append({QStringLiteral("burst:%1").arg(i), test::burstValue(0, i)});
        CORO_VERIFY(co_await cache.setMany(pairs));
        co_await cache.close();
    }(diskUrl));

    QProcess child;
    child.start(QStringLiteral(CASHEWS_DISK_CHILD), {mode, diskUrl, QString::number(BurstKeys)});
    QByteArray output;
    while (!output.contains("round 3\n")) {
        QVERIFY2(child.waitForReadyRead(30000), child.readAllStandardError().constData());
        output += child.readAllStandardOutput();
    }
    // SIGKILL while the next round is being written.
    child.kill();
    QVERIFY(child.waitForFinished(10000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);

    for (int shard = 0; shard < 4; ++shard) {
        const QString file = QDir(m_dir->path()).filePath(QStringLiteral("shard-%1.sqlite").arg(shard, 3, 10, QLatin1Char('0')));
        QCOMPARE(test::integrityOf(file), QStringLiteral("ok"));
    }

    CASHEWS_RUN([](QString url) -> QCoro::Task<> {
        Cache cache;
        cache.setup(url);
        for (int i = 0; i < BurstKeys; ++i) {
            const QString value = (co_await cache.get(QStringLiteral("burst:%1").arg(i))).toString();
            const int round = test::burstRound(value, i);
            // Whole values only, and nothing committed before "round 3" was printed is lost.
            CORO_VERIFY2(round >= 3, qPrintable(QStringLiteral("burst:%1 holds %2").arg(i).arg(value.left(40))));
        }
        CORO_COMPARE(co_await cache.getKeysCount(), qint64(BurstKeys));
        co_await cache.close();
    }(diskUrl));
}

QTEST_GUILESS_MAIN(DiskProcessesTest)
#include "tst_diskprocesses.moc"
