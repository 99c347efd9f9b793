// The key browser models on a real mem:// store holding every strategy's keys:
// paging, lazy details, the TTL countdown, sorting, filtering, and both tree groupings,
// each under QAbstractItemModelTester.
#include "store/cachekeyoperations.h"
#include "corotest.h"
#include "demo/demodata.h"
#include "browser/keylistmodel.h"
#include "browser/naturalorder.h"
#include "common/keymeaning.h"
#include "browser/keytreemodel.h"

#include <cashews/cache.h>
#include <cashews/clock.h>
#include <cashews/keycodec.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace cashews;

namespace {

// A scan that repeats keys as Redis SCAN does while the server rehashes: each page comes
// with the previous page's keys and its own first key again.
class RepeatingScan : public KeyScan
{
public:
    explicit RepeatingScan(std::shared_ptr<KeyScan> inner)
        : m_inner(std::move(inner))
    {
    }

    qint64 scanned() const override { return m_inner->scanned(); }

protected:
    QCoro::Task<std::optional<QStringList>> fetchNext() override
    {
        std::optional<QStringList> page = co_await KeyScan::next(m_inner);
        if (!page)
            co_return page;
        QStringList repeated = *page + m_previous;
        if (!page->isEmpty())
            repeated.append(page->constFirst());
        m_previous = *page;
        co_return repeated;
    }

private:
    std::shared_ptr<KeyScan> m_inner;
    QStringList m_previous;
};

// Real operations on a store whose scans repeat keys.
class RepeatingOperations : public KeyOperations
{
public:
    explicit RepeatingOperations(KeyOperationsPtr inner)
        : m_inner(std::move(inner))
    {
    }
    QCoro::Task<qint64> keysCount() override { return m_inner->keysCount(); }
    std::shared_ptr<KeyScan> scan(QString pattern, int pageSize) override
    {
        return std::make_shared<RepeatingScan>(m_inner->scan(std::move(pattern), pageSize));
    }
    QCoro::Task<QList<KeyInfo>> keyInfo(QStringList keys) override { return m_inner->keyInfo(std::move(keys)); }
    QCoro::Task<QStringList> setMembers(QString key) override { return m_inner->setMembers(std::move(key)); }
    QCoro::Task<QList<bool>> existing(QStringList keys) override { return m_inner->existing(std::move(keys)); }
    QCoro::Task<QList<QVariant>> rawValues(QStringList keys) override { return m_inner->rawValues(std::move(keys)); }
    QCoro::Task<qint64> removeKeys(QStringList keys) override { return m_inner->removeKeys(std::move(keys)); }
    QCoro::Task<bool> rename(QString key, QString newKey, bool replace) override
    {
        return m_inner->rename(std::move(key), std::move(newKey), replace);
    }

private:
    KeyOperationsPtr m_inner;
};

// Whether the model's rows are in `order` by `column`'s sort text.
bool isSorted(const KeyListModel &model, int column, Qt::SortOrder order)
{
    for (int row = 1; row < model.rowCount(); ++row) {
        const QString above = model.index(row - 1, column).data(KeyListModel::SortRole).toString();
        const QString below = model.index(row, column).data(KeyListModel::SortRole).toString();
        if (order == Qt::AscendingOrder ? NaturalOrder::less(below, above) : NaturalOrder::less(above, below))
            return false;
    }
    return true;
}

} // namespace

class KeyModelsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void meaning_data();
    void meaning();
    void pagesArriveOneByOne();
    void loadAllCountsEveryKey();
    void cancelStopsLoading();
    void scannedIsToldFromMatched();
    void naturalKeyOrder();
    void serverSideFilter();
    void detailsAreFetchedForRequestedRowsOnly();
    void ttlCountsDownWithoutRefetching();
    void sortByKey();
    void sortByTtlFetchesWhatItNeeds();
    void staysSortedWhileLoading_data();
    void staysSortedWhileLoading();
    void repeatedScanKeysListedOnce();
    void forgetKeysRemovesRows();
    void expiredRowsMarkedThenDropped();
    void delimiterTree();
    void cashewsTree();

private:
    qint64 keyCount();

    std::shared_ptr<Cache> m_cache;
    KeyOperationsPtr m_operations;
};

void KeyModelsTest::init()
{
    setClock({});
    m_cache = std::make_shared<Cache>();
    m_cache->setup(QStringLiteral("mem://"));
    m_operations = std::make_shared<CacheKeyOperations>(m_cache);
    CASHEWS_RUN([](std::shared_ptr<Cache> cache) -> QCoro::Task<> { co_await DemoData::seed(cache); }(m_cache));
}

void KeyModelsTest::cleanup()
{
    setClock({});
    m_operations.reset();
    m_cache.reset();
}

qint64 KeyModelsTest::keyCount()
{
    qint64 count = -1;
    test::runCoro([](std::shared_ptr<Cache> cache, qint64 *out) -> QCoro::Task<> {
        *out = co_await cache->getKeysCount();
    }(m_cache, &count), std::chrono::seconds(5), __FILE__, __LINE__);
    return count;
}

void KeyModelsTest::meaning_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("strategy");
    QTest::addColumn<QString>("group");
    QTest::addColumn<QString>("role");
    QTest::addColumn<bool>("lock");
    using S = KeyMeaning::Strategy;
    QTest::newRow("plain") << "app.users:get_user:user_id:1" << int(S::Cache) << "app.users:get_user" << "" << false;
    QTest::newRow("early") << "early:v2:m:f:a:1" << int(S::Early) << "m:f" << "" << false;
    QTest::newRow("early lock") << "early:v2:m:f:a:1:lock" << int(S::Early) << "m:f" << "lock" << true;
    QTest::newRow("hit counter") << "hit:m:f:counter" << int(S::Hit) << "m:f" << "counter" << false;
    QTest::newRow("breaker open") << "circuit_breaker:m:f:open" << int(S::CircuitBreaker) << "m:f" << "open" << false;
    QTest::newRow("srl") << "srl:m:f:user:1" << int(S::SliceRateLimit) << "m:f" << "" << false;
    QTest::newRow("rate limit") << "rate_limit:m:f" << int(S::RateLimit) << "m:f" << "" << false;
    QTest::newRow("lock") << "lock:m:f" << int(S::Lock) << "m:f" << "" << true;
    QTest::newRow("locked") << "locked:m:f:x:1" << int(S::Locked) << "m:f" << "" << true;
    QTest::newRow("tag") << "_tag:users:7" << int(S::Tag) << "users" << "" << false;
    QTest::newRow("tx lock") << ":tx_lock:m:f:1" << int(S::Transaction) << "m:f:1" << "lock" << true;
    QTest::newRow("client side") << "cashews:m:f" << int(S::ClientSide) << "m:f" << "" << false;
    QTest::newRow("dual bloom") << "dual_bloom:e:{e}:true" << int(S::DualBloom) << "e:{e}" << "true" << false;
    // A prefix needs its ':' — "lockdown:x" is not a lock.
    QTest::newRow("not a prefix") << "lockdown:x" << int(S::Cache) << "lockdown:x" << "" << false;
}

void KeyModelsTest::meaning()
{
    QFETCH(QString, key);
    QFETCH(int, strategy);
    QFETCH(QString, group);
    QFETCH(QString, role);
    QFETCH(bool, lock);
    const KeyMeaning meaning = KeyMeaning::classify(key);
    QCOMPARE(int(meaning.strategy), strategy);
    QCOMPARE(meaning.group, group);
    QCOMPARE(meaning.role, role);
    QCOMPARE(meaning.isLock(), lock);
}

void KeyModelsTest::pagesArriveOneByOne()
{
    // Pages come only when asked for (the browser asks when its view is scrolled to the end).
    KeyListModel model(m_operations);
    model.setPageSize(10);
    model.reload();
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(model.rowCount(), 10);
    QTRY_COMPARE(model.totalCount(), keyCount());
    QVERIFY(model.wantsMore());
    model.loadMore();
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(model.rowCount(), 20);
    QVERIFY(!model.isComplete());
}

void KeyModelsTest::loadAllCountsEveryKey()
{
    KeyListModel model(m_operations);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(7);
    model.reload();
    model.loadAll();
    QTRY_VERIFY(model.isComplete());
    QCOMPARE(model.rowCount(), keyCount());
    QCOMPARE(model.scannedCount(), model.totalCount());
    QVERIFY(!model.wantsMore());
    QSet<QString> keys;
    for (int row = 0; row < model.rowCount(); ++row)
        keys.insert(model.keyAt(row));
    QCOMPARE(keys.size(), model.rowCount());
}

void KeyModelsTest::cancelStopsLoading()
{
    KeyListModel model(m_operations);
    model.setPageSize(3);
    model.reload();
    model.loadAll();
    model.cancel();
    // The page in flight still lands; then the walk pauses, stopped, not complete.
    QTRY_VERIFY(!model.isLoading());
    QVERIFY(model.isStopped());
    QVERIFY(!model.isComplete());
    QVERIFY(!model.wantsMore());
    const int rows = model.rowCount();
    for (int i = 0; i < 20; ++i)
        QCoreApplication::processEvents();
    QCOMPARE(model.rowCount(), rows);
    QVERIFY(rows < keyCount());
    // It resumes where it stopped: every key once, none lost to the cancel.
    model.loadAll();
    QTRY_VERIFY(model.isComplete());
    QCOMPARE(model.rowCount(), keyCount());
    QCOMPARE(model.scannedCount(), keyCount());
}

void KeyModelsTest::scannedIsToldFromMatched()
{
    KeyListModel model(m_operations);
    model.setPageSize(5);
    model.setPattern(QStringLiteral("lock:*"));
    model.reload();
    QTRY_VERIFY(!model.isLoading());
    // One page examined five keys, whatever matched among them.
    QCOMPARE(model.scannedCount(), qint64(5));
    QVERIFY(model.matchedCount() <= 5);
    model.loadAll();
    QTRY_VERIFY(model.isComplete());
    QCOMPARE(model.scannedCount(), keyCount());
    QVERIFY(model.matchedCount() >= 1 && model.matchedCount() < keyCount());
}

void KeyModelsTest::naturalKeyOrder()
{
    QVERIFY(NaturalOrder::less(u"key:2", u"key:10"));
    QVERIFY(!NaturalOrder::less(u"key:10", u"key:2"));
    QVERIFY(NaturalOrder::less(u"key:10", u"key:10a"));
    QVERIFY(NaturalOrder::less(u"a01", u"a1")); // equal numbers: plain order decides
    QVERIFY(NaturalOrder::less(u"a99999999999999999999", u"a100000000000000000000"));
    KeyListModel model(m_operations);
    model.setPattern(QStringLiteral("app.users:get_user:user_id:*"));
    model.reload();
    model.loadAll();
    QTRY_VERIFY(model.isComplete());
    model.sort(KeyListModel::KeyColumn, Qt::AscendingOrder);
    QVERIFY(model.rowOf(QStringLiteral("app.users:get_user:user_id:2")) < model.rowOf(QStringLiteral("app.users:get_user:user_id:10")));
}

void KeyModelsTest::serverSideFilter()
{
    KeyListModel model(m_operations);
    model.setPattern(QStringLiteral("lock*"));
    model.reload();
    model.loadAll();
    QTRY_VERIFY(model.isComplete());
    QVERIFY(model.rowCount() >= 2);
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY2(model.keyAt(row).startsWith(QLatin1StringView("lock")), qPrintable(model.keyAt(row)));
}

void KeyModelsTest::detailsAreFetchedForRequestedRowsOnly()
{
    KeyListModel model(m_operations);
    model.reload();
    model.loadAll();
    QTRY_VERIFY(model.isComplete());
    const int row = model.rowOf(QStringLiteral("app.metrics:visits"));
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row, KeyListModel::TypeColumn).data().toString(), QStringLiteral("…"));
    QTRY_COMPARE(model.index(row, KeyListModel::TypeColumn).data().toString(), QStringLiteral("string"));
    QCOMPARE(model.index(row, KeyListModel::TtlColumn).data(KeyListModel::RemainingMsRole).toLongLong(), qint64(-1));
    // Only the row that was asked for has details.
    int fetched = 0;
    for (int r = 0; r < model.rowCount(); ++r)
        fetched += model.infoOf(model.keyAt(r)) ? 1 : 0;
    QCOMPARE(fetched, 1);
}

void KeyModelsTest::ttlCountsDownWithoutRefetching()
{
    const qint64 start = nowMs();
    qint64 now = start;
    setClock([&now] { return now; });
    KeyListModel model(m_operations);
    model.reload();
    model.loadAll();
    QTRY_VERIFY(model.isComplete());
    const QString key = QStringLiteral("lock:app.jobs:rebuild_index");
    const QModelIndex ttl = model.index(model.rowOf(key), KeyListModel::TtlColumn);
    ttl.data();
    QTRY_VERIFY(model.infoOf(key));
    const qint64 first = ttl.data(KeyListModel::RemainingMsRole).toLongLong();
    QVERIFY(first > 290000 && first <= 300000);
    now += 100000;
    const KeyInfo *info = model.infoOf(key);
    QCOMPARE(ttl.data(KeyListModel::RemainingMsRole).toLongLong(), first - 100000);
    QCOMPARE(model.infoOf(key), info);
    now += 300000;
    QCOMPARE(ttl.data(KeyListModel::RemainingMsRole).toLongLong(), qint64(-2));
    QCOMPARE(ttl.data().toString(), QStringLiteral("expired"));
}

void KeyModelsTest::sortByKey()
{
    KeyListModel model(m_operations);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    model.loadAll();
    QTRY_VERIFY(model.isComplete());
    const QPersistentModelIndex tracked = model.index(model.rowOf(QStringLiteral("app.metrics:visits")), 0);
    model.sort(KeyListModel::KeyColumn, Qt::DescendingOrder);
    for (int row = 1; row < model.rowCount(); ++row)
        QVERIFY(!NaturalOrder::less(model.keyAt(row - 1), model.keyAt(row)));
    QCOMPARE(tracked.data(KeyListModel::KeyRole).toString(), QStringLiteral("app.metrics:visits"));
}

void KeyModelsTest::sortByTtlFetchesWhatItNeeds()
{
    KeyListModel model(m_operations);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    model.loadAll();
    QTRY_VERIFY(model.isComplete());
    QCOMPARE(model.sortedAmong(), -1);
    model.sort(KeyListModel::TtlColumn, Qt::AscendingOrder);
    // The details of every loaded row are fetched, then the rows are placed by them.
    QTRY_COMPARE(model.sortedAmong(), model.rowCount());
    for (int row = 1; row < model.rowCount(); ++row) {
        const qint64 above = model.index(row - 1, KeyListModel::TtlColumn).data(KeyListModel::SortRole).toLongLong();
        const qint64 below = model.index(row, KeyListModel::TtlColumn).data(KeyListModel::SortRole).toLongLong();
        // Countdowns move on between the sort and this check, by far less than a minute.
        QVERIFY2(above - 60000 <= below, qPrintable(QStringLiteral("%1: %2 > %3").arg(row).arg(above).arg(below)));
    }
}

void KeyModelsTest::staysSortedWhileLoading_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::newRow("key ascending") << int(KeyListModel::KeyColumn) << Qt::AscendingOrder;
    QTest::newRow("key descending") << int(KeyListModel::KeyColumn) << Qt::DescendingOrder;
    QTest::newRow("kind descending") << int(KeyListModel::KindColumn) << Qt::DescendingOrder;
}

void KeyModelsTest::staysSortedWhileLoading()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    KeyListModel model(m_operations);
    model.setPageSize(7);
    model.reload();
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(model.rowCount(), 7);
    const QPersistentModelIndex tracked = model.index(3, 0);
    const QString trackedKey = tracked.data(KeyListModel::KeyRole).toString();
    model.sort(column, order);
    // Every later page lands in its sorted place, not at the end.
    int pages = 0;
    bool sortedThroughout = true;
    connect(&model, &QAbstractItemModel::rowsInserted, this, [&] { ++pages; });
    connect(&model, &QAbstractItemModel::layoutChanged, this, [&] { sortedThroughout = sortedThroughout && isSorted(model, column, order); });
    // Created after the first page: the tester fetches more itself, as a scrolled view does.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.loadAll();
    QTRY_VERIFY(model.isComplete());
    QCOMPARE(model.rowCount(), keyCount());
    QVERIFY2(pages > 3, qPrintable(QString::number(pages)));
    QVERIFY(sortedThroughout);
    QVERIFY(isSorted(model, column, order));
    QCOMPARE(tracked.data(KeyListModel::KeyRole).toString(), trackedKey);

    // Rows added later (here: created keys) go to their places too; indexes follow.
    const QPersistentModelIndex middle = model.index(model.rowCount() / 2, 0);
    const QString middleKey = middle.data(KeyListModel::KeyRole).toString();
    const QPersistentModelIndex last = model.index(model.rowCount() - 1, 0);
    const QString lastKey = last.data(KeyListModel::KeyRole).toString();
    for (const QString &key : {QStringLiteral("0-first"), QStringLiteral("app.m:zz"), QStringLiteral("~last")})
        model.addKey(key);
    QVERIFY(isSorted(model, column, order));
    QCOMPARE(middle.data(KeyListModel::KeyRole).toString(), middleKey);
    QCOMPARE(last.data(KeyListModel::KeyRole).toString(), lastKey);
    QCOMPARE(model.rowCount(), keyCount() + 3);
}

void KeyModelsTest::repeatedScanKeysListedOnce()
{
    KeyListModel model(std::make_shared<RepeatingOperations>(m_operations));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(5);
    model.reload();
    model.loadAll();
    QTRY_VERIFY(model.isComplete());
    QCOMPARE(model.rowCount(), keyCount());
    QSet<QString> keys;
    for (int row = 0; row < model.rowCount(); ++row)
        keys.insert(model.keyAt(row));
    QCOMPARE(keys.size(), model.rowCount());
    // A key deleted and created again is listed again.
    const QString key = model.keyAt(0);
    model.forgetKeys({key});
    QCOMPARE(model.rowOf(key), -1);
    model.addKey(key);
    QVERIFY(model.rowOf(key) >= 0);
    QCOMPARE(model.rowCount(), keyCount());
}

void KeyModelsTest::expiredRowsMarkedThenDropped()
{
    qint64 now = nowMs();
    setClock([&now] { return now; });
    const QString shortLived = QStringLiteral("short:lived");
    CASHEWS_RUN([](std::shared_ptr<Cache> cache, QString key) -> QCoro::Task<> {
        co_await cache->clear();
        co_await cache->set(key, 1, 10);
        for (int i = 0; i < 20; ++i)
            co_await cache->set(QStringLiteral("stays:%1").arg(i), i);
    }(m_cache, shortLived));
    KeyListModel model(m_operations);
    model.setPageSize(5);
    model.reload();
    QTRY_VERIFY(!model.isLoading());
    const int row = model.rowOf(shortLived);
    QVERIFY(row >= 0);
    model.index(row, KeyListModel::TtlColumn).data();
    QTRY_VERIFY(model.infoOf(shortLived));
    QVERIFY(!model.index(row, 0).data(KeyListModel::VanishedRole).toBool());
    QVERIFY(!model.index(row, 0).data(Qt::ForegroundRole).isValid());
    now += 11000;
    // Marked (greyed, "expired") while listed ...
    QVERIFY(model.index(row, 0).data(KeyListModel::VanishedRole).toBool());
    QVERIFY(model.index(row, 0).data(Qt::ForegroundRole).isValid());
    QCOMPARE(model.index(row, KeyListModel::TtlColumn).data().toString(), QStringLiteral("expired"));
    // ... and gone after the next page load.
    model.loadMore();
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(model.rowOf(shortLived), -1);
}

void KeyModelsTest::forgetKeysRemovesRows()
{
    KeyListModel model(m_operations);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    model.loadAll();
    QTRY_VERIFY(model.isComplete());
    const int rows = model.rowCount();
    const QStringList gone{QStringLiteral("app.metrics:visits"), QStringLiteral("lock:app.jobs:rebuild_index")};
    model.forgetKeys(gone);
    QCOMPARE(model.rowCount(), rows - 2);
    QCOMPARE(model.rowOf(gone.at(0)), -1);
    QCOMPARE(model.rowOf(gone.at(1)), -1);
}

void KeyModelsTest::delimiterTree()
{
    KeyListModel list(m_operations);
    KeyTreeModel tree(&list, KeyTreeModel::Grouping::Delimiters);
    QAbstractItemModelTester tester(&tree, QAbstractItemModelTester::FailureReportingMode::QtTest);
    list.setPageSize(9);
    list.reload();
    list.loadAll();
    QTRY_VERIFY(list.isComplete());
    qint64 leaves = 0;
    for (int row = 0; row < tree.rowCount(); ++row)
        leaves += tree.index(row, 0).data(KeyTreeModel::LeafCountRole).toLongLong();
    QCOMPARE(leaves, qint64(list.rowCount()));
    for (int row = 0; row < list.rowCount(); ++row)
        QVERIFY(tree.indexOfKey(list.keyAt(row)).isValid());

    const QModelIndex user = tree.indexOfKey(QStringLiteral("app.users:get_user:user_id:7"));
    QCOMPARE(user.data().toString(), QStringLiteral("7"));
    QCOMPARE(user.parent().data(KeyTreeModel::PatternRole).toString(), QStringLiteral("app.users:get_user:user_id:*"));
    // The binary key is split like any other and shown escaped.
    const QModelIndex binary = tree.indexOfKey(keyFromBytes(QByteArrayLiteral("bin:\xff\xfe\x01raw")));
    QCOMPARE(binary.data().toString(), QStringLiteral("\\xff\\xfe\\x01raw"));

    // Several delimiters: '.' splits "app.users" too.
    tree.setDelimiters({QStringLiteral(":"), QStringLiteral(".")});
    QCOMPARE(tree.indexOfKey(QStringLiteral("app.users:get_user:user_id:7")).parent().parent().parent().parent().data(Qt::ToolTipRole).toString(),
             QStringLiteral("app"));

    // Removing the last key of a namespace removes the namespace.
    tree.setDelimiters({QStringLiteral(":")});
    const int before = tree.rowCount();
    list.forgetKeys({QStringLiteral("cashews:app.config:feature_flags")});
    QCOMPARE(tree.rowCount(), before - 1);
    QVERIFY(!tree.indexOfKey(QStringLiteral("cashews:app.config:feature_flags")).isValid());
}

void KeyModelsTest::cashewsTree()
{
    KeyListModel list(m_operations);
    KeyTreeModel tree(&list, KeyTreeModel::Grouping::Cashews);
    QAbstractItemModelTester tester(&tree, QAbstractItemModelTester::FailureReportingMode::QtTest);
    list.setPageSize(5);
    list.reload();
    list.loadAll();
    QTRY_VERIFY(list.isComplete());
    const QModelIndex lock = tree.indexOfKey(QStringLiteral("early:v2:app.prices:get_price:sku:A100:lock"));
    QVERIFY(lock.isValid());
    QCOMPARE(lock.data().toString(), QStringLiteral("sku:A100:lock"));
    QCOMPARE(lock.parent().data(Qt::ToolTipRole).toString(), QStringLiteral("app.prices:get_price"));
    QCOMPARE(lock.parent().parent().data(Qt::ToolTipRole).toString(), QStringLiteral("early:v2"));
    QCOMPARE(lock.parent().data(KeyTreeModel::LeafCountRole).toLongLong(), qint64(4));
    QCOMPARE(lock.parent().data(KeyTreeModel::PatternRole).toString(), QStringLiteral("early:v2:app.prices:get_price*"));
    // Leaves take their details from the list (lazily).
    const QModelIndex type = lock.siblingAtColumn(KeyListModel::TypeColumn);
    type.data();
    QTRY_COMPARE(type.data().toString(), QStringLiteral("string"));
}

QTEST_MAIN(KeyModelsTest)
#include "tst_keymodels.moc"
