// Batch deletion cancelled halfway: the batch in flight completes, nothing after it is touched,
// and the figures reported are exactly what the store lost.
#include "corotest.h"
#include "store/batchdeleter.h"
#include "store/cachekeyoperations.h"

#include <cashews/cache.h>

#include <QSignalSpy>
#include <QTest>

using namespace cashews;

class BatchDeleterTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cancelHalfway();
};

void BatchDeleterTest::cancelHalfway()
{
    auto cache = std::make_shared<Cache>();
    cache->setup(QStringLiteral("mem://"));
    QStringList keys;
    for (int i = 0; i < 1000; ++i)
        keys.append(QStringLiteral("bulk:%1").arg(i, 4, 10, QLatin1Char('0')));
    CASHEWS_RUN([](std::shared_ptr<Cache> c, QStringList ks) -> QCoro::Task<> {
        for (const QString &key : std::as_const(ks))
            co_await c->set(key, 1);
    }(cache, keys));

    BatchDeleter deleter(std::make_shared<CacheKeyOperations>(cache), keys);
    QSignalSpy finished(&deleter, &BatchDeleter::finished);
    // Cancel as soon as the first batch reports, as the dialog's Cancel button would.
    connect(&deleter, &BatchDeleter::progress, &deleter, [&deleter](int done, int, qint64) {
        if (done == BatchDeleter::BatchSize)
            deleter.cancel();
    });
    deleter.start();
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).toLongLong(), qint64(BatchDeleter::BatchSize));
    QVERIFY(finished.first().at(1).toBool());
    QVERIFY(!deleter.isRunning());
    CASHEWS_RUN([](std::shared_ptr<Cache> c, QStringList ks) -> QCoro::Task<> {
        CORO_COMPARE(co_await c->getKeysCount(), qint64(ks.size() - BatchDeleter::BatchSize));
        // The first batch is gone, the next key is still there.
        CORO_VERIFY(!(co_await c->exists(ks.at(BatchDeleter::BatchSize - 1))));
        CORO_VERIFY(co_await c->exists(ks.at(BatchDeleter::BatchSize)));
    }(cache, keys));
}

QTEST_GUILESS_MAIN(BatchDeleterTest)
#include "tst_batchdeleter.moc"
