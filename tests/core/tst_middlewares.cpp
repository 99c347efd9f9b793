// cashews' built-in middlewares (<cashews/middlewares.h>) on the backend of CASHEWS_TEST_URL
// (mem://, disk:// and the redis fixture each get a run): what reaches the store.
#include "corotest.h"
#include "backendurl.h"

#include <cashews/cache.h>
#include <cashews/middlewares.h>

using namespace cashews;

using CachePtr = std::shared_ptr<Cache>;

namespace {

// The keys the store holds, sorted.
QCoro::Task<QStringList> storedKeys(BackendPtr store)
{
    QStringList keys;
    auto batches = store->scan(QStringLiteral("*"), 100);
    auto batch = co_await batches.begin();
    while (batch != batches.end()) {
        keys += *batch;
        co_await ++batch;
    }
    keys.sort();
    co_return keys;
}

} // namespace

class MiddlewaresTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_url = test::backendUrl("CASHEWS_TEST_URL", QStringLiteral("mem://"));
        if (m_url.isEmpty())
            QSKIP("no server URL available for this run");
    }

    void init()
    {
        m_cache = std::make_shared<Cache>();
        m_store = m_cache->setup(m_url);
        CASHEWS_RUN([](CachePtr cache) -> QCoro::Task<> { co_await cache->clear(); }(m_cache));
    }

    void cleanup()
    {
        CASHEWS_RUN([](CachePtr cache) -> QCoro::Task<> {
            co_await cache->clear();
            co_await cache->close();
        }(m_cache));
        m_cache.reset();
        m_store.reset();
    }

    void addPrefixNamesEveryKey()
    {
        CASHEWS_RUN([](CachePtr cache, BackendPtr store) -> QCoro::Task<> {
            cache->addMiddleware(addPrefix(QStringLiteral("pre:")));
            CORO_VERIFY(co_await cache->set(QStringLiteral("Key"), 1, 60));
            CORO_COMPARE(co_await cache->get(QStringLiteral("Key")), QVariant(1));
            const KeyValueList pairs{{QStringLiteral("a"), 2}, {QStringLiteral("b"), 3}};
            CORO_VERIFY(co_await cache->setMany(pairs, 60));
            const QStringList ab{QStringLiteral("a"), QStringLiteral("b")};
            const QList<QVariant> twoThree{2, 3};
            CORO_COMPARE(co_await cache->getMany(ab), twoThree);
            // cashews lower-cased these positional keys instead of prefixing them.
            const QStringList members{QStringLiteral("m")};
            CORO_COMPARE(co_await cache->setAdd(QStringLiteral("SetKey"), members, 60), qint64(1));
            const QList<qint64> bit{3};
            co_await cache->incrBits(QStringLiteral("BitKey"), bit);
            const QList<qint64> one{1};
            CORO_COMPARE(co_await cache->getBits(QStringLiteral("BitKey"), bit), one);
            const QStringList expected{QStringLiteral("pre:BitKey"), QStringLiteral("pre:Key"), QStringLiteral("pre:SetKey"),
                                       QStringLiteral("pre:a"), QStringLiteral("pre:b")};
            CORO_COMPARE(co_await storedKeys(store), expected);
            // delete_many (cashews left its keys alone), rename, delete_match.
            const QStringList onlyA{QStringLiteral("a")};
            CORO_COMPARE(co_await cache->removeMany(onlyA), qint64(1));
            CORO_VERIFY(co_await cache->rename(QStringLiteral("Key"), QStringLiteral("New")));
            CORO_VERIFY(co_await store->exists(QStringLiteral("pre:New")));
            CORO_COMPARE(co_await cache->removeMatch(QStringLiteral("b*")), qint64(1));
            CORO_VERIFY(!(co_await store->exists(QStringLiteral("pre:b"))));
            CORO_VERIFY(co_await store->exists(QStringLiteral("pre:BitKey")));
            // scan yields the stored keys.
            QStringList scanned;
            auto keys = cache->scan(QStringLiteral("N*"));
            auto it = co_await keys.begin();
            while (it != keys.end()) {
                scanned.append(*it);
                co_await ++it;
            }
            const QStringList scannedNew{QStringLiteral("pre:New")};
            CORO_COMPARE(scanned, scannedNew);
        }(m_cache, m_store));
    }

    void addPrefixKeepsTagsWorking()
    {
        CASHEWS_RUN([](CachePtr cache, BackendPtr store) -> QCoro::Task<> {
            cache->addMiddleware(addPrefix(QStringLiteral("v2:")));
            const QStringList tags{QStringLiteral("t")};
            CORO_VERIFY(co_await cache->set(QStringLiteral("k1"), 1, 60, Exist::Always, tags));
            CORO_VERIFY(co_await cache->set(QStringLiteral("k2"), 2, 60, Exist::Always, tags));
            // The tag set is a key like any other: prefixed; its members are the caller's keys.
            QStringList members = co_await store->setMembers(QStringLiteral("v2:_tag:t"));
            members.sort();
            const QStringList k1k2{QStringLiteral("k1"), QStringLiteral("k2")};
            CORO_COMPARE(members, k1k2);
            CORO_COMPARE(co_await cache->deleteTags(tags), qint64(2));
            CORO_VERIFY((co_await storedKeys(store)).isEmpty());
        }(m_cache, m_store));
    }

    void allKeysLowerNamesEveryKey()
    {
        CASHEWS_RUN([](CachePtr cache, BackendPtr store) -> QCoro::Task<> {
            cache->addMiddleware(allKeysLower());
            CORO_VERIFY(co_await cache->set(QStringLiteral("MiXed"), 1, 60));
            CORO_COMPARE(co_await cache->get(QStringLiteral("MIXED")), QVariant(1));
            const KeyValueList pairs{{QStringLiteral("A"), 2}, {QStringLiteral("B"), 3}};
            CORO_VERIFY(co_await cache->setMany(pairs, 60));
            const QStringList members{QStringLiteral("Member")};
            co_await cache->setAdd(QStringLiteral("SetKey"), members, 60);
            const QStringList expected{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("mixed"), QStringLiteral("setkey")};
            CORO_COMPARE(co_await storedKeys(store), expected);
            // Members are not keys: they stay as given.
            CORO_COMPARE(co_await store->setMembers(QStringLiteral("setkey")), members);
            const QStringList upper{QStringLiteral("A"), QStringLiteral("B")};
            const QList<QVariant> values{2, 3};
            CORO_COMPARE(co_await cache->getMany(upper), values);
            CORO_COMPARE(co_await cache->removeMany(upper), qint64(2));
            CORO_COMPARE(co_await cache->removeMatch(QStringLiteral("MIX*")), qint64(1));
            const QStringList setkey{QStringLiteral("setkey")};
            CORO_COMPARE(co_await storedKeys(store), setkey);
        }(m_cache, m_store));
    }

    void lastAddedRunsFirst()
    {
        CASHEWS_RUN([](CachePtr cache, BackendPtr store) -> QCoro::Task<> {
            cache->addMiddleware(allKeysLower());
            cache->addMiddleware(addPrefix(QStringLiteral("P:")));
            CORO_VERIFY(co_await cache->set(QStringLiteral("Key"), 1, 60));
            const QStringList pkey{QStringLiteral("p:key")};
            CORO_COMPARE(co_await storedKeys(store), pkey);
        }(m_cache, m_store));
    }

    void memoryLimitSkipsOutOfRange()
    {
        CASHEWS_RUN([](CachePtr cache, BackendPtr store) -> QCoro::Task<> {
            cache->addMiddleware(memoryLimit(100, 1000));
            const QString small = QStringLiteral("x");
            const QString fits(200, QLatin1Char('m'));
            const QString large(1000, QLatin1Char('l'));
            // A skipped set reports that nothing was written (cashews: None).
            CORO_VERIFY(!(co_await cache->set(QStringLiteral("small"), small, 60)));
            CORO_VERIFY(co_await cache->set(QStringLiteral("fits"), fits, 60));
            CORO_VERIFY(!(co_await cache->set(QStringLiteral("large"), large, 60)));
            const QStringList onlyFits{QStringLiteral("fits")};
            CORO_COMPARE(co_await storedKeys(store), onlyFits);
            CORO_COMPARE(co_await cache->get(QStringLiteral("fits")), QVariant(fits));
            // set_many keeps the pairs that fit; none fitting writes nothing.
            const KeyValueList pairs{{QStringLiteral("p1"), small}, {QStringLiteral("p2"), fits}, {QStringLiteral("p3"), large}};
            CORO_VERIFY(co_await cache->setMany(pairs, 60));
            const QStringList fitsP2{QStringLiteral("fits"), QStringLiteral("p2")};
            CORO_COMPARE(co_await storedKeys(store), fitsP2);
            const KeyValueList none{{QStringLiteral("p4"), small}};
            CORO_VERIFY(!(co_await cache->setMany(none, 60)));
            CORO_VERIFY(!(co_await store->exists(QStringLiteral("p4"))));
            // Other commands pass.
            CORO_COMPARE(co_await cache->incr(QStringLiteral("n")), std::optional<qint64>(1));
        }(m_cache, m_store));
    }

    void memoryLimitWithoutUpperBound()
    {
        CASHEWS_RUN([](CachePtr cache) -> QCoro::Task<> {
            cache->addMiddleware(memoryLimit(0));
            const QString huge(100000, QLatin1Char('h'));
            CORO_VERIFY(co_await cache->set(QStringLiteral("huge"), huge, 60));
        }(m_cache));
    }

    void memoryLimitRejectsBadBounds()
    {
        QVERIFY_THROWS_EXCEPTION(ValueError, memoryLimit(-1, 10));
        QVERIFY_THROWS_EXCEPTION(ValueError, memoryLimit(0, -1));
        QVERIFY_THROWS_EXCEPTION(ValueError, memoryLimit(20, 10));
    }

private:
    QString m_url;
    CachePtr m_cache;
    BackendPtr m_store;
};

QTEST_GUILESS_MAIN(MiddlewaresTest)
#include "tst_middlewares.moc"
