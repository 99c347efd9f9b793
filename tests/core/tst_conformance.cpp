// The backend conformance suite: written once, run on every backend. The backend comes from
// CASHEWS_CONFORMANCE_URL (default mem://); the token {redis} in it is replaced by the URL
// stored in the file named by CASHEWS_REDIS_URL_FILE (written by the redis fixture).
#include "backendurl.h"
#include "corotest.h"

#include "backends/redis/redispool.h"

#include <cashews/cache.h>
#include <cashews/keycodec.h>
#include <cashews/settings.h>

#include <vector>

using namespace cashews;

namespace {

using CachePtr = std::shared_ptr<Cache>;

// Every entry of a key, read in pages of `count` (at most `maxPages`, so a cursor that never
// ends fails the test instead of hanging it); `type` is the type the pages reported.
QCoro::Task<QList<MemberEntry>> allMembers(CachePtr cache, QString key, int count, QString *type)
{
    QList<MemberEntry> entries;
    QByteArray cursor;
    for (int pages = 0; pages < 100; ++pages) {
        const MemberPage page = co_await cache->memberPage(key, cursor, count);
        *type = page.type;
        entries += page.entries;
        cursor = page.cursor;
        if (cursor.isEmpty())
            co_return entries;
    }
    throw std::runtime_error("memberPage: the cursor of " + key.toStdString() + " never ended");
}

QList<QByteArray> namesOf(const QList<MemberEntry> &entries)
{
    QList<QByteArray> names;
    for (const MemberEntry &entry : entries)
        names.append(entry.name);
    return names;
}

} // namespace

class ConformanceTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void setAndGet_data();
    void setAndGet();
    void missReturnsDefault();
    void noneIsAValue();
    void setExistFlags();
    void overwriteKeepsOrClearsExpiry();
    void expiry();
    void getExpireCodes();
    void persistWithExpireZero();
    void getManyAndSetMany();
    void incr();
    void incrExpiresOnlyOnCreate();
    void incrOnTextFails();
    void incrExact64Bits();
    void incrKeepsTtlOfExistingKey();
    void existsAndDelete();
    void deleteMany();
    void deleteMatch();
    void scanGlob_data();
    void scanGlob();
    void scanBatches();
    void scanWhileReading();
    void getMatch();
    void pingEchoes();
    void clearRemovesEverything();
    void keysCountAndSize();
    void locksCompareAndDelete();
    void isLockedWaits();
    void lockScope();
    void bits();
    void rawPrefix();
    void sliceIncrWindow();
    void sets();
    void renameKeepsValueAndTtl();
    void keyTypes();
    void memberPages();
    void memberPagesOfRedisTypes();
    void binaryKeys();
    void lruEviction();
    void tagsStoredOnWrite();
    void tagSetNeverExpiresBeforeAMember();
    void tagAddOnlyExtends();
    void concurrentTaggersKeepTheLongestExpiry();
    void deleteTagsAndCleanup();
    void tagsInteropWithPython();

private:
    CachePtr m_cache;
    QString m_url;
};

void ConformanceTest::initTestCase()
{
    m_url = test::backendUrl("CASHEWS_CONFORMANCE_URL", QStringLiteral("mem://?size=1000"));
    if (m_url.isEmpty())
        QSKIP("no server URL available for this conformance run");
    m_cache = std::make_shared<Cache>();
    m_cache->setup(m_url);
    qInfo() << "conformance backend:" << m_cache->backendFor(QString())->describe();
}

void ConformanceTest::init()
{
    CASHEWS_RUN([](CachePtr cache) -> QCoro::Task<> { co_await cache->clear(); }(m_cache));
}

void ConformanceTest::cleanupTestCase()
{
    if (m_cache)
        CASHEWS_RUN([](CachePtr cache) -> QCoro::Task<> {
            co_await cache->clear();
            co_await cache->close();
        }(m_cache));
}

void ConformanceTest::setAndGet_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::newRow("string") << QVariant(QStringLiteral("hello ü"));
    QTest::newRow("empty string") << QVariant(QString());
    QTest::newRow("int") << QVariant(qint64(42));
    QTest::newRow("negative int") << QVariant(qint64(-5));
    QTest::newRow("zero") << QVariant(qint64(0));
    QTest::newRow("double") << QVariant(1.5);
    QTest::newRow("true") << QVariant(true);
    QTest::newRow("false") << QVariant(false);
    QTest::newRow("bytes") << QVariant(QByteArray("raw\0bytes", 9));
    QTest::newRow("list") << QVariant(QVariantList{qint64(1), QStringLiteral("a"), 2.5});
}

void ConformanceTest::setAndGet()
{
    QFETCH(QVariant, value);
    CASHEWS_RUN([](CachePtr cache, QVariant stored) -> QCoro::Task<> {
        CORO_VERIFY(co_await cache->set(QStringLiteral("k"), stored));
        const QVariant got = co_await cache->get(QStringLiteral("k"));
        CORO_COMPARE(got, stored);
    }(m_cache, value));
}

void ConformanceTest::missReturnsDefault()
{
    CASHEWS_RUN([](CachePtr cache) -> QCoro::Task<> {
        const QVariant miss = co_await cache->get(QStringLiteral("absent"));
        CORO_VERIFY(!miss.isValid());
        const QVariant fallback = co_await cache->get(QStringLiteral("absent"), QStringLiteral("dflt"));
        CORO_COMPARE(fallback.toString(), QStringLiteral("dflt"));
    }(m_cache));
}

void ConformanceTest::noneIsAValue()
{
    CASHEWS_RUN([](CachePtr cache) -> QCoro::Task<> {
        CORO_VERIFY(co_await cache->set(QStringLiteral("n"), none()));
        const QVariant got = co_await cache->get(QStringLiteral("n"), QStringLiteral("dflt"));
        CORO_VERIFY(isNone(got));
    }(m_cache));
}

void ConformanceTest::setExistFlags()
{
    CASHEWS_RUN([](CachePtr cache) -> QCoro::Task<> {
        const QString key = QStringLiteral("nx");
        CORO_VERIFY(!(co_await cache->set(key, 1, {}, Exist::IfExists)));
        CORO_VERIFY(!(co_await cache->exists(key)));
        CORO_VERIFY(co_await cache->set(key, 1, {}, Exist::IfMissing));
        CORO_VERIFY(!(co_await cache->set(key, 2, {}, Exist::IfMissing)));
        CORO_COMPARE((co_await cache->get(key)).toLongLong(), 1);
        CORO_VERIFY(co_await cache->set(key, 3, {}, Exist::IfExists));
        CORO_COMPARE((co_await cache->get(key)).toLongLong(), 3);
    }(m_cache));
}

void ConformanceTest::overwriteKeepsOrClearsExpiry()
{
    CASHEWS_RUN([](CachePtr cache, QString url) -> QCoro::Task<> {
        const QString key = QStringLiteral("ow");
        co_await cache->set(key, 1, 100);
        co_await cache->set(key, 2);
        const qint64 ttl = co_await cache->getExpire(key);
        // cashews' memory and disk backends keep the old expiry on an overwrite without one;
        // Redis SET clears it. Both behaviours are kept, per backend.
        if (url.startsWith(u"redis") || url.startsWith(u"rediss") || url.startsWith(u"unix"))
            CORO_COMPARE(ttl, qint64(-1));
        else
            CORO_VERIFY(ttl > 90 && ttl <= 100);
    }(m_cache, m_url));
}

void ConformanceTest::expiry()
{
    CASHEWS_RUN([](CachePtr cache) -> QCoro::Task<> {
        co_await cache->set(QStringLiteral("short"), QStringLiteral("v"), 0.15);
        co_await cache->set(QStringLiteral("long"), QStringLiteral("v"), 60);
        CORO_VERIFY(co_await cache->exists(QStringLiteral("short")));
        co_await test::sleepMs(250);
        CORO_VERIFY(!(co_await cache->get(QStringLiteral("short"))).isValid());
        CORO_VERIFY(!(co_await cache->exists(QStringLiteral("short"))));
        CORO_VERIFY(co_await cache->exists(QStringLiteral("long")));
    }(m_cache));
}

void ConformanceTest::getExpireCodes()
{
    CASHEWS_RUN([](CachePtr cache) -> QCoro::Task<> {
        CORO_COMPARE(co_await cache->getExpire(QStringLiteral("missing")), qint64(-2));
        co_await cache->set(QStringLiteral("forever"), 1);
        CORO_COMPARE(co_await cache->getExpire(QStringLiteral("forever")), qint64(-1));
        co_await cache->set(QStringLiteral("timed"), 1, "1m");
        const qint64 left = co_await cache->getExpire(QStringLiteral("timed"));
        CORO_VERIFY(left >= 59 && left <= 60);
        const qint64 leftMs = co_await cache->getExpireMs(QStringLiteral("timed"));
        CORO_VERIFY(leftMs > 58000 && leftMs <= 60000);
        CORO_VERIFY(co_await cache->expire(QStringLiteral("timed"), 10));
        CORO_VERIFY((co_await cache->getExpire(QStringLiteral("timed"))) <= 10);
        CORO_VERIFY(!(co_await cache->expire(QStringLiteral("missing"), 10)));
    }(m_cache));
}

void ConformanceTest::persistWithExpireZero()
{
    CASHEWS_RUN([](CachePtr cache) -> QCoro::Task<> {
        co_await cache->set(QStringLiteral("p"), 1, 30);
        CORO_VERIFY(co_await cache->expire(QStringLiteral("p"), 0));
        CORO_COMPARE(co_await cache->getExpire(QStringLiteral("p")), qint64(-1));
    }(m_cache));
}

void ConformanceTest::getManyAndSetMany()
{
    CASHEWS_RUN([](CachePtr cache) -> QCoro::Task<> {
        KeyValueList pairs{{QStringLiteral("m1"), QStringLiteral("one")}, {QStringLiteral("m2"), qint64(2)}};
        CORO_VERIFY(co_await cache->setMany(pairs, 60));
        const QStringList keys{QStringLiteral("m1"), QStringLiteral("missing"), QStringLiteral("m2")};
        const QList<QVariant> values = co_await cache->getMany(keys, QStringLiteral("d"));
        CORO_COMPARE(values.size(), qsizetype(3));
        CORO_COMPARE(values[0].toString(), QStringLiteral("one"));
        CORO_COMPARE(values[1].toString(), QStringLiteral("d"));
        CORO_COMPARE(values[2].toLongLong(), qint64(2));
        CORO_VERIFY((co_await cache->getExpire(QStringLiteral("m2"))) > 50);
    }(m_cache));
}

void ConformanceTest::incr()
{
    CASHEWS_RUN([](CachePtr cache) -> QCoro::Task<> {
        CORO_COMPARE(co_await cache->incr(QStringLiteral("c")), std::optional<qint64>(1));
        CORO_COMPARE(co_await cache->incr(QStringLiteral("c"), 5), std::optional<qint64>(6));
        CORO_COMPARE(co_await cache->incr(QStringLiteral("c"), -10), std::optional<qint64>(-4));
        CORO_COMPARE((co_await cache->get(QStringLiteral("c"))).toLongLong(), qint64(-4));
        co_await cache->set(QStringLiteral("setint"), 10);
        CORO_COMPARE(co_await cache->incr(QStringLiteral("setint")), std::optional<qint64>(11));
    }(m_cache));
}

void ConformanceTest::incrExpiresOnlyOnCreate()
{
    CASHEWS_RUN([](CachePtr cache) -> QCoro::Task<> {
        // cashews sets the expiry only when the result is 1, so incr(k, 5, ttl) never expired.
        co_await cache->incr(QStringLiteral("ic"), 5, 30);
        const qint64 ttl = co_await cache->getExpire(QStringLiteral("ic"));
        CORO_VERIFY(ttl > 0 && ttl <= 30);
        co_await cache->expire(QStringLiteral("ic"), 100);
        co_await cache->incr(QStringLiteral("ic"), 1, 30);
        CORO_VERIFY((co_await cache->getExpire(QStringLiteral("ic"))) > 30);
    }(m_cache));
}

void ConformanceTest::incrOnTextFails()
{
    CASHEWS_RUN([](CachePtr cache) -> QCoro::Task<> {
        co_await cache->set(QStringLiteral("text"), QStringLiteral("abc"));
        bool failed = false;
        try {
            const auto result = co_await cache->incr(QStringLiteral("text"));
            // A backend under suppress reports the failure as "no result".
            failed = !result.has_value();
        } catch (const CacheError &) {
            failed = true;
        }
        CORO_VERIFY(failed);
        CORO_COMPARE((co_await cache->get(QStringLiteral("text"))).toString(), QStringLiteral("abc"));
    }(m_cache));
}

void ConformanceTest::incrExact64Bits()
{
    CASHEWS_RUN([](CachePtr cache) -> QCoro::Task<> {
        // Beyond 2^53 a double (Redis' Lua numbers) is no longer exact.
        co_await cache->set(QStringLiteral("n"), qint64(9007199254740993));
        CORO_COMPARE(co_await cache->incr(QStringLiteral("n"), 0, 60), std::optional<qint64>(9007199254740993));
        CORO_COMPARE(co_await cache->incr(QStringLiteral("n"), 2), std::optional<qint64>(9007199254740995));
        CORO_COMPARE(co_await cache->incr(QStringLiteral("new"), 9007199254740993, 60), std::optional<qint64>(9007199254740993));
        co_await cache->set(QStringLiteral("max"), qint64(9223372036854775806));
        CORO_COMPARE(co_await cache->incr(QStringLiteral("max"), 1, 60), std::optional<qint64>(9223372036854775807));
        bool overflowed = false;
        try {
            co_await cache->incr(QStringLiteral("max"), 1, 60);
        } catch (const OverflowError &) {
            overflowed = true;
        }
        CORO_VERIFY(overflowed);
        overflowed = false;
        try {
            co_await cache->incr(QStringLiteral("max"), std::numeric_limits<qint64>::min());
            co_await cache->incr(QStringLiteral("max"), std::numeric_limits<qint64>::min());
        } catch (const OverflowError &) {
            overflowed = true;
        }
        CORO_VERIFY(overflowed);
        CORO_COMPARE((co_await cache->get(QStringLiteral("max"))).toLongLong(), qint64(-1));
    }(m_cache));
}

void ConformanceTest::incrKeepsTtlOfExistingKey()
{
    CASHEWS_RUN([](CachePtr cache) -> QCoro::Task<> {
        // Whether incr creates the key is decided by its existence, not by result == increment.
        co_await cache->set(QStringLiteral("zero"), 0, 1000);
        CORO_COMPARE(co_await cache->incr(QStringLiteral("zero"), 0, 60), std::optional<qint64>(0));
        CORO_VERIFY((co_await cache->getExpire(QStringLiteral("zero"))) > 60);
        co_await cache->set(QStringLiteral("forever"), 0);
        CORO_COMPARE(co_await cache->incr(QStringLiteral("forever"), 1, 60), std::optional<qint64>(1));
        CORO_COMPARE(co_await cache->getExpire(QStringLiteral("forever")), qint64(-1));
    }(m_cache));
}

void ConformanceTest::existsAndDelete()
{
    CASHEWS_RUN([](CachePtr cache) -> QCoro::Task<> {
        co_await cache->set(QStringLiteral("e"), 1);
        CORO_VERIFY(co_await cache->exists(QStringLiteral("e")));
        CORO_VERIFY(co_await cache->remove(QStringLiteral("e")));
        CORO_VERIFY(!(co_await cache->exists(QStringLiteral("e"))));
        CORO_VERIFY(!(co_await cache->remove(QStringLiteral("e"))));
    }(m_cache));
}

void ConformanceTest::deleteMany()
{
    CASHEWS_RUN([](CachePtr cache) -> QCoro::Task<> {
        KeyValueList pairs{{QStringLiteral("d1"), 1}, {QStringLiteral("d2"), 2}, {QStringLiteral("d3"), 3}};
        co_await cache->setMany(pairs);
        const QStringList keys{QStringLiteral("d1"), QStringLiteral("d3"), QStringLiteral("nope")};
        CORO_COMPARE(co_await cache->removeMany(keys), qint64(2));
        CORO_VERIFY(co_await cache->exists(QStringLiteral("d2")));
        CORO_VERIFY(!(co_await cache->exists(QStringLiteral("d1"))));
    }(m_cache));
}

void ConformanceTest::deleteMatch()
{
    CASHEWS_RUN([](CachePtr cache) -> QCoro::Task<> {
        for (int i = 0; i < 250; ++i)
            co_await cache->set(QStringLiteral("user:%1:name").arg(i), i);
        co_await cache->set(QStringLiteral("user:keep"), 1);
        co_await cache->set(QStringLiteral("a.b"), 1);
        CORO_COMPARE(co_await cache->removeMatch(QStringLiteral("user:*:name")), qint64(250));
        CORO_VERIFY(co_await cache->exists(QStringLiteral("user:keep")));
        // A pattern without a special character deletes exactly that key.
        CORO_COMPARE(co_await cache->removeMatch(QStringLiteral("a.b")), qint64(1));
        CORO_COMPARE(co_await cache->getKeysCount(), qint64(1));
    }(m_cache));
}

void ConformanceTest::scanGlob_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("star") << QStringLiteral("k*") << QStringList{QStringLiteral("k"), QStringLiteral("k1"), QStringLiteral("k12"), QStringLiteral("kx")};
    QTest::newRow("question") << QStringLiteral("k?") << QStringList{QStringLiteral("k1"), QStringLiteral("kx")};
    QTest::newRow("class") << QStringLiteral("k[0-9]*") << QStringList{QStringLiteral("k1"), QStringLiteral("k12")};
    QTest::newRow("negated class") << QStringLiteral("k[^0-9]") << QStringList{QStringLiteral("kx")};
    QTest::newRow("dot is literal") << QStringLiteral("a.b") << QStringList{QStringLiteral("a.b")};
    QTest::newRow("escaped star") << QStringLiteral("s\\*") << QStringList{QStringLiteral("s*")};
    QTest::newRow("middle star") << QStringLiteral("a*b") << QStringList{QStringLiteral("a.b"), QStringLiteral("axb")};
}

void ConformanceTest::scanGlob()
{
    QFETCH(QString, pattern);
    QFETCH(QStringList, expected);
    CASHEWS_RUN([](CachePtr cache, QString glob, QStringList wanted) -> QCoro::Task<> {
        const QStringList keys{QStringLiteral("k"), QStringLiteral("k1"), QStringLiteral("k12"), QStringLiteral("kx"),
                               QStringLiteral("a.b"), QStringLiteral("axb"), QStringLiteral("s*"), QStringLiteral("sx")};
        for (const QString &k : keys)
            co_await cache->set(k, 1);
        QStringList found;
        auto gen = cache->scan(glob, 3);
        QCORO_FOREACH(const QString &key, gen) {
            found.append(key);
        }
        found.sort();
        wanted.sort();
        CORO_COMPARE(found, wanted);
    }(m_cache, pattern, expected));
}

void ConformanceTest::scanBatches()
{
    CASHEWS_RUN([](CachePtr cache) -> QCoro::Task<> {
        for (int i = 0; i < 120; ++i)
            co_await cache->set(QStringLiteral("b:%1").arg(i), i);
        QSet<QString> seen;
        int batches = 0;
        auto gen = cache->scanBatches(QStringLiteral("b:*"), 50);
        QCORO_FOREACH(const QStringList &batch, gen) {
            ++batches;
            for (const QString &k : batch)
                seen.insert(k);
        }
        CORO_COMPARE(seen.size(), qsizetype(120));
        CORO_VERIFY(batches >= 2);
    }(m_cache));
}

void ConformanceTest::scanWhileReading()
{
    CASHEWS_RUN([](CachePtr cache) -> QCoro::Task<> {
        for (int i = 0; i < 300; ++i)
            co_await cache->set(QStringLiteral("r:%1").arg(i), i);
        // Reading (an LRU touch) and writing while iterating: the scan still ends and sees
        // every key that existed throughout.
        QSet<QString> seen;
        int yielded = 0;
        auto gen = cache->scan(QStringLiteral("r:*"), 40);
        QCORO_FOREACH(const QString &key, gen) {
            ++yielded;
            seen.insert(key);
            co_await cache->get(key);
            if (yielded % 10 == 0)
                co_await cache->set(QStringLiteral("new:%1").arg(yielded), 1);
            CORO_VERIFY(yielded < 3000);
        }
        CORO_COMPARE(seen.size(), qsizetype(300));
    }(m_cache));
}

void ConformanceTest::getMatch()
{
    CASHEWS_RUN([](CachePtr cache) -> QCoro::Task<> {
        co_await cache->set(QStringLiteral("gm:1"), QStringLiteral("one"));
        co_await cache->set(QStringLiteral("gm:2"), qint64(2));
        co_await cache->set(QStringLiteral("other"), 3);
        QMap<QString, QVariant> found;
        auto gen = cache->getMatch(QStringLiteral("gm:*"));
        QCORO_FOREACH(const KeyValue &pair, gen) {
            found.insert(pair.first, pair.second);
        }
        CORO_COMPARE(found.size(), qsizetype(2));
        CORO_COMPARE(found.value(QStringLiteral("gm:1")).toString(), QStringLiteral("one"));
        CORO_COMPARE(found.value(QStringLiteral("gm:2")).toLongLong(), qint64(2));
    }(m_cache));
}

void ConformanceTest::pingEchoes()
{
    CASHEWS_RUN([](CachePtr cache) -> QCoro::Task<> {
        CORO_COMPARE(co_await cache->ping(), QByteArray("PONG"));
        CORO_COMPARE(co_await cache->ping(QByteArray("hello")), QByteArray("hello"));
    }(m_cache));
}

void ConformanceTest::clearRemovesEverything()
{
    CASHEWS_RUN([](CachePtr cache) -> QCoro::Task<> {
        co_await cache->set(QStringLiteral("x"), 1);
        QStringList members{QStringLiteral("a")};
        co_await cache->setAdd(QStringLiteral("s"), members);
        co_await cache->clear();
        CORO_COMPARE(co_await cache->getKeysCount(), qint64(0));
    }(m_cache));
}

void ConformanceTest::keysCountAndSize()
{
    CASHEWS_RUN([](CachePtr cache) -> QCoro::Task<> {
        co_await cache->set(QStringLiteral("a"), QStringLiteral("some value"));
        co_await cache->set(QStringLiteral("b"), 2);
        CORO_COMPARE(co_await cache->getKeysCount(), qint64(2));
        const qint64 size = co_await cache->getSize(QStringLiteral("a"));
        CORO_VERIFY(size > 0 || size == -1);
        CORO_COMPARE(co_await cache->getSize(QStringLiteral("missing")), qint64(0));
    }(m_cache));
}

void ConformanceTest::locksCompareAndDelete()
{
    CASHEWS_RUN([](CachePtr cache) -> QCoro::Task<> {
        const QString key = QStringLiteral("lock:x");
        CORO_VERIFY(co_await cache->setLock(key, QByteArray("owner-a"), 10));
        CORO_VERIFY(!(co_await cache->setLock(key, QByteArray("owner-b"), 10)));
        CORO_VERIFY(co_await cache->isLocked(key));
        // Only the owner's value releases it (cashews' memory backend deletes regardless).
        CORO_VERIFY(!(co_await cache->unlock(key, QByteArray("owner-b"))));
        CORO_VERIFY(co_await cache->isLocked(key));
        CORO_VERIFY(co_await cache->unlock(key, QByteArray("owner-a")));
        CORO_VERIFY(!(co_await cache->isLocked(key)));
        const QVariant raw = co_await cache->getRaw(QStringLiteral("absent"));
        CORO_VERIFY(!raw.isValid());
    }(m_cache));
}

void ConformanceTest::isLockedWaits()
{
    CASHEWS_RUN([](CachePtr cache) -> QCoro::Task<> {
        const QString key = QStringLiteral("lock:w");
        co_await cache->setLock(key, QByteArray("v"), 0.1);
        // The lock expires while we wait.
        CORO_VERIFY(!(co_await cache->isLocked(key, 1, 0.02)));
        co_await cache->setLock(key, QByteArray("v"), 10);
        CORO_VERIFY(co_await cache->isLocked(key, 0.05, 0.02));
    }(m_cache));
}

void ConformanceTest::lockScope()
{
    CASHEWS_RUN([](CachePtr cache) -> QCoro::Task<> {
        const QString key = QStringLiteral("scope");
        LockGuard guard = co_await cache->lock(key, 10, false);
        CORO_VERIFY(guard.isHeld());
        CORO_VERIFY(co_await cache->isLocked(key));
        CORO_VERIFY_THROWS(cache->lock(key, 10, false), LockedError);
        CORO_VERIFY(co_await guard.release());
        CORO_VERIFY(!(co_await cache->isLocked(key)));
        LockGuard again = co_await cache->lock(key, 10, true);
        CORO_VERIFY(again.isHeld());
        CORO_VERIFY(co_await again.release());
    }(m_cache));
}

void ConformanceTest::bits()
{
    CASHEWS_RUN([](CachePtr cache) -> QCoro::Task<> {
        // Expected lists are named locals: g++ 12 rejects braced temporaries next to co_await.
        const QString key = QStringLiteral("bits");
        const QList<qint64> idx{0, 5, 7};
        const QList<qint64> zeros{0, 0, 0};
        const QList<qint64> ones{1, 1, 1};
        CORO_COMPARE(co_await cache->getBits(key, idx, 1), zeros);
        CORO_COMPARE(co_await cache->incrBits(key, idx, 1), ones);
        // u1 saturates at 1.
        CORO_COMPARE(co_await cache->incrBits(key, idx, 1), ones);
        const QList<qint64> probe{0, 1, 5, 6, 7};
        const QList<qint64> probed{1, 0, 1, 0, 1};
        CORO_COMPARE(co_await cache->getBits(key, probe, 1), probed);
        const QList<qint64> wide{2};
        const QList<qint64> five{5};
        const QList<qint64> seven{7};
        const QList<qint64> zero{0};
        CORO_COMPARE(co_await cache->incrBits(QStringLiteral("bits3"), wide, 3, 5), five);
        CORO_COMPARE(co_await cache->incrBits(QStringLiteral("bits3"), wide, 3, 5), seven);
        CORO_COMPARE(co_await cache->incrBits(QStringLiteral("bits3"), wide, 3, -9), zero);
        // Redis layout: bit 0 is the most significant bit of byte 0.
        const QVariant raw = co_await cache->getRaw(key);
        CORO_COMPARE(raw.toByteArray().left(1), QByteArray("\x85", 1));
    }(m_cache));
}

void ConformanceTest::rawPrefix()
{
    CASHEWS_RUN([](CachePtr cache) -> QCoro::Task<> {
        const QString key = QStringLiteral("large");
        QByteArray bytes(1000, 'x');
        bytes[0] = 'a';
        bytes[9] = 'b';
        CORO_VERIFY(co_await cache->setRaw(key, bytes));
        const RawPrefix head = co_await cache->getRawPrefix(key, 10);
        CORO_COMPARE(head.value.toByteArray(), bytes.left(10));
        CORO_COMPARE(head.totalBytes, qint64(1000));
        const RawPrefix whole = co_await cache->getRawPrefix(key, 5000);
        CORO_COMPARE(whole.value.toByteArray(), bytes);
        CORO_COMPARE(whole.totalBytes, qint64(1000));
        const RawPrefix missing = co_await cache->getRawPrefix(QStringLiteral("absent"), 10);
        CORO_VERIFY(!missing.value.isValid());
        CORO_COMPARE(missing.totalBytes, qint64(-1));
        // Sets are not byte strings: no length, and no failure either.
        const QStringList members{QStringLiteral("m")};
        co_await cache->setAdd(QStringLiteral("a-set"), members);
        CORO_COMPARE((co_await cache->getRawPrefix(QStringLiteral("a-set"), 10)).totalBytes, qint64(-1));
        // Expired keys are missing.
        co_await cache->setRaw(QStringLiteral("short"), bytes, 0.05);
        co_await test::sleepMs(150);
        CORO_COMPARE((co_await cache->getRawPrefix(QStringLiteral("short"), 10)).totalBytes, qint64(-1));
    }(m_cache));
}

void ConformanceTest::sliceIncrWindow()
{
    CASHEWS_RUN([](CachePtr cache) -> QCoro::Task<> {
        const QString key = QStringLiteral("window");
        CORO_COMPARE(co_await cache->sliceIncr(key, 0, 10, 3, 60), qint64(1));
        CORO_COMPARE(co_await cache->sliceIncr(key, 1, 11, 3, 60), qint64(2));
        CORO_COMPARE(co_await cache->sliceIncr(key, 2, 12, 3, 60), qint64(3));
        // At the limit the count is reported but nothing is added.
        CORO_COMPARE(co_await cache->sliceIncr(key, 3, 13, 3, 60), qint64(3));
        // Entries below the window start are dropped.
        CORO_COMPARE(co_await cache->sliceIncr(key, 12, 22, 3, 60), qint64(2));
        CORO_COMPARE(co_await cache->keyType(key), QStringLiteral("zset"));
        // Reading the window changes nothing.
        const QList<double> entries{12, 22};
        CORO_COMPARE(co_await cache->sliceEntries(key), entries);
        CORO_COMPARE(co_await cache->sliceEntries(key), entries);
        CORO_VERIFY((co_await cache->sliceEntries(QStringLiteral("no-window"))).isEmpty());
    }(m_cache));
}

void ConformanceTest::sets()
{
    CASHEWS_RUN([](CachePtr cache) -> QCoro::Task<> {
        const QString key = QStringLiteral("_tag:t");
        const QStringList members{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
        CORO_COMPARE(co_await cache->setAdd(key, members, 60), qint64(3));
        const QStringList again{QStringLiteral("a")};
        CORO_COMPARE(co_await cache->setAdd(key, again), qint64(0));
        QStringList all = co_await cache->setMembers(key);
        all.sort();
        CORO_COMPARE(all, members);
        const QStringList removeB{QStringLiteral("b"), QStringLiteral("zz")};
        CORO_COMPARE(co_await cache->setRemove(key, removeB), qint64(1));
        QStringList popped = co_await cache->setPop(key, 10);
        popped.sort();
        const QStringList remaining{QStringLiteral("a"), QStringLiteral("c")};
        CORO_COMPARE(popped, remaining);
        CORO_VERIFY((co_await cache->setPop(key, 10)).isEmpty());
        CORO_VERIFY(!(co_await cache->exists(key)));
    }(m_cache));
}

void ConformanceTest::tagsStoredOnWrite()
{
    CASHEWS_RUN([](CachePtr cache) -> QCoro::Task<> {
        const QString tagKey = QStringLiteral("_tag:items");
        const QStringList tags{QStringLiteral("items")};
        CORO_VERIFY(co_await cache->set(QStringLiteral("a"), 1, 60, Exist::Always, tags));
        // A refused write is not tagged.
        CORO_VERIFY(!(co_await cache->set(QStringLiteral("a"), 2, 60, Exist::IfMissing, tags)));
        CORO_VERIFY(!(co_await cache->set(QStringLiteral("gone"), 2, 60, Exist::IfExists, tags)));
        const KeyValueList pairs{{QStringLiteral("b"), 1}, {QStringLiteral("c"), 2}};
        CORO_VERIFY(co_await cache->setMany(pairs, 60, tags));
        CORO_COMPARE(co_await cache->incr(QStringLiteral("n"), 1, 60, tags), std::optional<qint64>(1));
        QStringList members = co_await cache->setMembers(tagKey);
        members.sort();
        const QStringList expected{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("n")};
        CORO_COMPARE(members, expected);
        CORO_COMPARE(co_await cache->keyType(tagKey), QStringLiteral("set"));
        // An untagged write touches no set.
        co_await cache->set(QStringLiteral("plain"), 1, 60);
        CORO_COMPARE((co_await cache->setMembers(tagKey)).size(), qsizetype(4));
    }(m_cache));
}

void ConformanceTest::tagSetNeverExpiresBeforeAMember()
{
    CASHEWS_RUN([](CachePtr cache) -> QCoro::Task<> {
        const QString tagKey = QStringLiteral("_tag:t");
        const QStringList tags{QStringLiteral("t")};
        co_await cache->set(QStringLiteral("long"), 1, 600, Exist::Always, tags);
        const qint64 first = co_await cache->getExpireMs(tagKey);
        CORO_VERIFY(first > 500000 && first <= 600000);
        // cashews would shorten the set to 10 s here, dropping "long" from it before it expires.
        co_await cache->set(QStringLiteral("short"), 1, 10, Exist::Always, tags);
        CORO_VERIFY((co_await cache->getExpireMs(tagKey)) > 500000);
        // A longer entry extends it.
        co_await cache->set(QStringLiteral("longer"), 1, 1200, Exist::Always, tags);
        CORO_VERIFY((co_await cache->getExpireMs(tagKey)) > 1100000);
        // An entry without expiry makes the set persistent, and a later one keeps it so.
        co_await cache->set(QStringLiteral("forever"), 1, Ttl(), Exist::Always, tags);
        CORO_COMPARE(co_await cache->getExpireMs(tagKey), NoExpiry);
        co_await cache->set(QStringLiteral("again"), 1, 10, Exist::Always, tags);
        CORO_COMPARE(co_await cache->getExpireMs(tagKey), NoExpiry);
    }(m_cache));
}

void ConformanceTest::tagAddOnlyExtends()
{
    CASHEWS_RUN([](CachePtr cache, bool redis) -> QCoro::Task<> {
        const QString tagKey = QStringLiteral("_tag:direct");
        BackendPtr store = cache->backendFor(tagKey);
        const QStringList ab{QStringLiteral("a"), QStringLiteral("b")};
        CORO_COMPARE(co_await store->tagAdd(tagKey, ab, 60), qint64(2));
        const qint64 created = co_await store->getExpireMs(tagKey);
        CORO_VERIFY(created > 50000 && created <= 60000);
        // A shorter expiry leaves it; a longer one extends it.
        const QStringList c{QStringLiteral("c"), QStringLiteral("a")};
        CORO_COMPARE(co_await store->tagAdd(tagKey, c, 10), qint64(1));
        CORO_VERIFY((co_await store->getExpireMs(tagKey)) > 50000);
        const QStringList d{QStringLiteral("d")};
        co_await store->tagAdd(tagKey, d, 120);
        CORO_VERIFY((co_await store->getExpireMs(tagKey)) > 110000);
        // A member without expiry makes it persistent for good.
        const QStringList e{QStringLiteral("e")};
        co_await store->tagAdd(tagKey, e, Ttl());
        CORO_COMPARE(co_await store->getExpireMs(tagKey), NoExpiry);
        const QStringList f{QStringLiteral("f")};
        co_await store->tagAdd(tagKey, f, 10);
        CORO_COMPARE(co_await store->getExpireMs(tagKey), NoExpiry);
        CORO_COMPARE((co_await store->setMembers(tagKey)).size(), qsizetype(6));
        // A set created without expiry has none.
        const QString forever = QStringLiteral("_tag:forever");
        co_await store->tagAdd(forever, ab, Ttl());
        CORO_COMPARE(co_await store->getExpireMs(forever), NoExpiry);
        // Many members in one call (Redis adds them in chunks inside one script).
        QStringList many;
        for (int i = 0; i < 2500; ++i)
            many.append(QStringLiteral("m%1").arg(i));
        const QString bulk = QStringLiteral("_tag:bulk");
        CORO_COMPARE(co_await store->tagAdd(bulk, many, 60), qint64(2500));
        CORO_COMPARE((co_await store->setMembers(bulk)).size(), qsizetype(2500));
        CORO_COMPARE(co_await store->keyType(bulk), QStringLiteral("set"));
        // A key of another type: the store refuses with an error (Redis under suppress logs it).
        if (!redis) {
            co_await cache->set(QStringLiteral("_tag:string"), 1, 60);
            CORO_VERIFY_THROWS(store->tagAdd(QStringLiteral("_tag:string"), ab, 60), CacheError);
        }
    }(m_cache, m_url.startsWith(QLatin1StringView("redis"))));
}

void ConformanceTest::concurrentTaggersKeepTheLongestExpiry()
{
    CASHEWS_RUN([](CachePtr cache) -> QCoro::Task<> {
        // One long-lived entry and many short ones tagged at the same time: a read-then-write of
        // the expiry could let a short one overwrite the long one's.
        const QStringList tags{QStringLiteral("race")};
        std::vector<QCoro::Task<bool>> writes;
        for (int i = 0; i < 20; ++i) {
            const Ttl ttl = i == 0 ? Ttl(600) : Ttl(5);
            writes.push_back(cache->set(QStringLiteral("race:%1").arg(i), i, ttl, Exist::Always, tags));
        }
        for (auto &write : writes)
            CORO_VERIFY(co_await write);
        CORO_VERIFY((co_await cache->getExpireMs(QStringLiteral("_tag:race"))) > 500000);
        CORO_COMPARE((co_await cache->setMembers(QStringLiteral("_tag:race"))).size(), qsizetype(20));
    }(m_cache));
}

void ConformanceTest::deleteTagsAndCleanup()
{
    CASHEWS_RUN([](CachePtr cache) -> QCoro::Task<> {
        cache->registerTag(QStringLiteral("user:{id}"), QStringLiteral("u:{id}:{part}"));
        cache->registerTag(QStringLiteral("users"), QStringLiteral("u:{id}:{part}"));
        const QStringList rendered{QStringLiteral("user:5"), QStringLiteral("users")};
        CORO_COMPARE(cache->getKeyTags(QStringLiteral("u:5:name")), rendered);
        CORO_VERIFY(cache->getKeyTags(QStringLiteral("v:5:name")).isEmpty());

        for (const char *key : {"u:5:name", "u:5:mail", "u:6:name", "u:7:name"}) {
            const QString k = QString::fromLatin1(key);
            co_await cache->set(k, 1, 60, Exist::Always, cache->getKeyTags(k));
        }
        const QString users = QStringLiteral("_tag:users");
        CORO_COMPARE((co_await cache->setMembers(users)).size(), qsizetype(4));
        // Deletes take the key out of its tags' sets.
        CORO_VERIFY(co_await cache->remove(QStringLiteral("u:5:mail")));
        const QStringList five{QStringLiteral("u:5:name")};
        CORO_COMPARE(co_await cache->setMembers(QStringLiteral("_tag:user:5")), five);
        const QStringList sixKeys{QStringLiteral("u:6:name")};
        CORO_COMPARE(co_await cache->removeMany(sixKeys), qint64(1));
        CORO_VERIFY(!(co_await cache->exists(QStringLiteral("_tag:user:6"))));
        CORO_COMPARE(co_await cache->removeMatch(QStringLiteral("u:7:*")), qint64(1));
        QStringList left = co_await cache->setMembers(users);
        CORO_COMPARE(left, five);

        // More keys than one pop batch (100).
        const QStringList bulk{QStringLiteral("bulk")};
        KeyValueList pairs;
        for (int i = 0; i < 250; ++i)
            pairs.append({QStringLiteral("b%1").arg(i), i});
        CORO_VERIFY(co_await cache->setMany(pairs, 60, bulk));
        const QStringList both{QStringLiteral("bulk"), QStringLiteral("users")};
        CORO_COMPARE(co_await cache->deleteTags(both), qint64(251));
        CORO_VERIFY(!(co_await cache->exists(QStringLiteral("b0"))));
        CORO_VERIFY(!(co_await cache->exists(QStringLiteral("b249"))));
        CORO_VERIFY(!(co_await cache->exists(QStringLiteral("u:5:name"))));
        CORO_VERIFY(!(co_await cache->exists(QStringLiteral("_tag:bulk"))));
        CORO_VERIFY(!(co_await cache->exists(users)));
        CORO_COMPARE(co_await cache->deleteTags(both), qint64(0));
    }(m_cache));
}

void ConformanceTest::tagsInteropWithPython()
{
    if (!m_url.startsWith(QLatin1StringView("redis")))
        QSKIP("Python cashews shares tags through Redis only");
    CASHEWS_RUN([](CachePtr cache, QString url) -> QCoro::Task<> {
        Settings settings = Settings::parse(url);
        const RedisOptions options = RedisOptions::fromSettings(settings);
        RedisPool raw(options);
        // Python's client side prefixes the values but not the tag sets nor their members.
        const QByteArray data = options.clientSide ? keyToBytes(options.clientSidePrefix) : QByteArray();
        // What Python's cache.set("py:1", 1, expire=60, tags=["py"]) sends.
        const QList<QList<QByteArray>> writes{
            {"SET", data + "py:1", "1", "PX", "60000"},
            {"SET", data + "py:2", "2", "PX", "60000"},
            {"SADD", "_tag:py", "py:1"},
            {"PEXPIRE", "_tag:py", "60000"},
            {"SADD", "_tag:py", "py:2"},
            {"PEXPIRE", "_tag:py", "60000"},
        };
        for (const auto &command : writes)
            CORO_VERIFY(!(co_await raw.execute(command)).isError());
        const QStringList py{QStringLiteral("py")};
        CORO_COMPARE(co_await cache->deleteTags(py), qint64(2));
        const QList<QByteArray> exists{"EXISTS", data + "py:1", data + "py:2", "_tag:py"};
        CORO_COMPARE((co_await raw.execute(exists)).toInteger(), qint64(0));

        // What Python's delete_tags("ours") reads: SPOP _tag:ours 100 gives the keys to delete.
        const QStringList ours{QStringLiteral("ours")};
        co_await cache->set(QStringLiteral("ours:1"), 1, 60, Exist::Always, ours);
        const QList<QByteArray> type{"TYPE", "_tag:ours"};
        CORO_COMPARE((co_await raw.execute(type)).string, QByteArray("set"));
        const QList<QByteArray> smembers{"SMEMBERS", "_tag:ours"};
        const RedisReply members = co_await raw.execute(smembers);
        CORO_COMPARE(members.elements.size(), qsizetype(1));
        CORO_COMPARE(members.elements.at(0).string, QByteArray("ours:1"));
        const QList<QByteArray> pttlCommand{"PTTL", "_tag:ours"};
        const qint64 pttl = (co_await raw.execute(pttlCommand)).toInteger();
        CORO_VERIFY(pttl > 50000 && pttl <= 60000);
        raw.close();
    }(m_cache, m_url));
}

void ConformanceTest::renameKeepsValueAndTtl()
{
    CASHEWS_RUN([](CachePtr cache) -> QCoro::Task<> {
        co_await cache->set(QStringLiteral("old"), QStringLiteral("v"), 60);
        CORO_VERIFY(co_await cache->rename(QStringLiteral("old"), QStringLiteral("new")));
        CORO_VERIFY(!(co_await cache->exists(QStringLiteral("old"))));
        CORO_COMPARE((co_await cache->get(QStringLiteral("new"))).toString(), QStringLiteral("v"));
        CORO_VERIFY((co_await cache->getExpire(QStringLiteral("new"))) > 50);
        CORO_VERIFY(!(co_await cache->rename(QStringLiteral("missing"), QStringLiteral("x"))));
    }(m_cache));
}

void ConformanceTest::keyTypes()
{
    CASHEWS_RUN([](CachePtr cache) -> QCoro::Task<> {
        co_await cache->set(QStringLiteral("str"), 1);
        QStringList members{QStringLiteral("m")};
        co_await cache->setAdd(QStringLiteral("set"), members);
        CORO_COMPARE(co_await cache->keyType(QStringLiteral("str")), QStringLiteral("string"));
        CORO_COMPARE(co_await cache->keyType(QStringLiteral("set")), QStringLiteral("set"));
        CORO_COMPARE(co_await cache->keyType(QStringLiteral("missing")), QStringLiteral("none"));
    }(m_cache));
}

void ConformanceTest::memberPages()
{
    CASHEWS_RUN([](CachePtr cache) -> QCoro::Task<> {
        QString type;
        const QStringList members{QStringLiteral("e"), QStringLiteral("a"), QStringLiteral("d"), QStringLiteral("b"),
                                  QStringLiteral("c")};
        co_await cache->setAdd(QStringLiteral("_tag:t"), members);
        QList<QByteArray> names = namesOf(co_await allMembers(cache, QStringLiteral("_tag:t"), 2, &type));
        CORO_COMPARE(type, QStringLiteral("set"));
        std::sort(names.begin(), names.end());
        const QList<QByteArray> sorted{"a", "b", "c", "d", "e"};
        CORO_COMPARE(names, sorted);

        for (int i = 1; i <= 3; ++i)
            co_await cache->sliceIncr(QStringLiteral("srl:w"), 0, i, 10, 60);
        const QList<MemberEntry> window = co_await allMembers(cache, QStringLiteral("srl:w"), 2, &type);
        CORO_COMPARE(type, QStringLiteral("zset"));
        const QList<QByteArray> scores{"1", "2", "3"};
        QList<QByteArray> got;
        for (const MemberEntry &entry : window)
            got.append(entry.value);
        CORO_COMPARE(got, scores);

        // Strings and missing keys have no entries; reading changed nothing.
        co_await cache->set(QStringLiteral("str"), QStringLiteral("v"));
        const MemberPage text = co_await cache->memberPage(QStringLiteral("str"));
        CORO_COMPARE(text.type, QStringLiteral("string"));
        CORO_VERIFY(text.entries.isEmpty() && text.cursor.isEmpty());
        CORO_COMPARE((co_await cache->memberPage(QStringLiteral("missing"))).type, QStringLiteral("none"));
        CORO_COMPARE((co_await cache->setMembers(QStringLiteral("_tag:t"))).size(), qsizetype(5));
        CORO_COMPARE((co_await cache->sliceEntries(QStringLiteral("srl:w"))).size(), qsizetype(3));
    }(m_cache));
}

void ConformanceTest::memberPagesOfRedisTypes()
{
    if (!m_url.startsWith(QLatin1StringView("redis")))
        QSKIP("hashes, lists and streams exist on Redis only");
    CASHEWS_RUN([](CachePtr cache, QString url) -> QCoro::Task<> {
        // What other clients write: raw commands on the server, past the cache.
        Settings settings = Settings::parse(url);
        RedisPool raw(RedisOptions::fromSettings(settings));
        const QList<QList<QByteArray>> writes{
            {"HSET", "h", "f1", "v1", "f2", "v2", "f3", "v3"},
            {"RPUSH", "l", "a", "b", "c", "d", "e"},
            {"ZADD", "z", "3", "three", "1", "one", "2", "two"},
            {"XADD", "s", "1-1", "f", "x"},
            {"XADD", "s", "2-1", "f", "y", "g", "z"},
            {"XADD", "s", "3-1", "f", "w"},
        };
        for (const auto &command : writes)
            CORO_VERIFY(!(co_await raw.execute(command)).isError());
        raw.close();

        QString type;
        QList<MemberEntry> hash = co_await allMembers(cache, QStringLiteral("h"), 2, &type);
        CORO_COMPARE(type, QStringLiteral("hash"));
        std::sort(hash.begin(), hash.end(), [](const MemberEntry &a, const MemberEntry &b) { return a.name < b.name; });
        const QList<MemberEntry> fields{{"f1", "v1"}, {"f2", "v2"}, {"f3", "v3"}};
        CORO_COMPARE(hash, fields);

        const QList<MemberEntry> list = co_await allMembers(cache, QStringLiteral("l"), 2, &type);
        CORO_COMPARE(type, QStringLiteral("list"));
        const QList<MemberEntry> items{{"0", "a"}, {"1", "b"}, {"2", "c"}, {"3", "d"}, {"4", "e"}};
        CORO_COMPARE(list, items);

        const QList<MemberEntry> zset = co_await allMembers(cache, QStringLiteral("z"), 2, &type);
        CORO_COMPARE(type, QStringLiteral("zset"));
        const QList<MemberEntry> ranked{{"one", "1"}, {"two", "2"}, {"three", "3"}};
        CORO_COMPARE(zset, ranked);

        const QList<MemberEntry> stream = co_await allMembers(cache, QStringLiteral("s"), 2, &type);
        CORO_COMPARE(type, QStringLiteral("stream"));
        const QList<MemberEntry> log{{"1-1", "f=x"}, {"2-1", "f=y\ng=z"}, {"3-1", "f=w"}};
        CORO_COMPARE(stream, log);
    }(m_cache, m_url));
}

void ConformanceTest::binaryKeys()
{
    CASHEWS_RUN([](CachePtr cache) -> QCoro::Task<> {
        const QString key = keyFromBytes(QByteArray("bin:\xff\xfe\x00x", 8));
        CORO_COMPARE(keyToBytes(key), QByteArray("bin:\xff\xfe\x00x", 8));
        co_await cache->set(key, QStringLiteral("v"));
        QStringList found;
        auto gen = cache->scan(QStringLiteral("bin:*"));
        QCORO_FOREACH(const QString &k, gen) {
            found.append(k);
        }
        CORO_COMPARE(found, QStringList{key});
        CORO_COMPARE((co_await cache->get(found.first())).toString(), QStringLiteral("v"));
        CORO_VERIFY(co_await cache->remove(found.first()));
    }(m_cache));
}

void ConformanceTest::lruEviction()
{
    if (!m_url.startsWith(u"mem"))
        QSKIP("LRU bounded by entry count is a memory backend feature");
    CASHEWS_RUN([]() -> QCoro::Task<> {
        Cache cache;
        cache.setup(QStringLiteral("mem://?size=3&check_interval=0"));
        auto events = std::make_shared<QList<BackendEvent>>();
        cache.addEventListener([events](const BackendEvent &event) { events->append(event); });
        co_await cache.set(QStringLiteral("a"), 1);
        co_await cache.set(QStringLiteral("b"), 2);
        co_await cache.set(QStringLiteral("c"), 3);
        co_await cache.get(QStringLiteral("a")); // a becomes the most recently used
        co_await cache.set(QStringLiteral("d"), 4); // evicts b, the least recently used
        CORO_VERIFY(co_await cache.exists(QStringLiteral("a")));
        CORO_VERIFY(!(co_await cache.exists(QStringLiteral("b"))));
        CORO_VERIFY(co_await cache.exists(QStringLiteral("c")));
        CORO_VERIFY(co_await cache.exists(QStringLiteral("d")));
        CORO_COMPARE(co_await cache.getKeysCount(), qint64(3));
        // The eviction is not silent: it reaches the cache's event listeners.
        CORO_COMPARE(events->size(), qsizetype(1));
        CORO_COMPARE(events->first().name, QStringLiteral("evict"));
        CORO_COMPARE(events->first().keys, QStringList{QStringLiteral("b")});
    }());
}

QTEST_GUILESS_MAIN(ConformanceTest)
#include "tst_conformance.moc"
