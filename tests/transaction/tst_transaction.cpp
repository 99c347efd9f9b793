// Transactions (cashews' transaction(), semantics §9) on the backend CASHEWS_TRANSACTION_URL names
// (mem://, disk://, or {redis}/N for the redis fixture).
#include "backendurl.h"
#include "corotest.h"

#include <cashews/cache.h>
#include <cashews/clock.h>
#include <cashews/transaction.h>

#include <QRegularExpression>

using namespace cashews;
using namespace Qt::StringLiterals;

namespace {

using CachePtr = std::shared_ptr<Cache>;

// A list of keys from space-separated names (g++ 12 rejects braced lists in co_await statements).
QStringList names(const QString &spaced)
{
    return spaced.split(u' ');
}

QCoro::Task<QStringList> scanAll(Cache *cache, QString pattern)
{
    QStringList keys;
    auto gen = cache->scan(pattern);
    QCORO_FOREACH(const QString &key, gen) {
        keys.append(key);
    }
    keys.sort();
    co_return keys;
}

QCoro::Task<QMap<QString, QVariant>> matchAll(Cache *cache, QString pattern)
{
    QMap<QString, QVariant> found;
    auto gen = cache->getMatch(pattern);
    QCORO_FOREACH(const KeyValue &pair, gen) {
        found.insert(pair.first, pair.second);
    }
    co_return found;
}

// A whole transaction on its own: increments `key` and commits.
QCoro::Task<> incrAndCommit(CachePtr cache, TransactionMode mode, QString key)
{
    Transaction tx = cache->transaction(mode);
    Cache view = tx.cache();
    co_await view.incr(key);
    co_await tx.commit();
}

QCoro::Task<> setAndCommit(CachePtr cache, TransactionMode mode, QString key, QVariant value)
{
    Transaction tx = cache->transaction(mode);
    Cache view = tx.cache();
    co_await view.set(key, value);
    co_await tx.commit();
}

// Waits (in 10 ms steps, at most `steps`) until `key` is gone; whether it went.
QCoro::Task<bool> goneSoon(CachePtr cache, QString key, int steps = 200)
{
    for (int i = 0; i < steps; ++i) {
        const bool present = co_await cache->exists(key);
        if (!present)
            co_return true;
        co_await test::sleepMs(10);
    }
    co_return false;
}

// A frozen clock for the duration of a test body, restored however the body ends.
struct FrozenClock
{
    explicit FrozenClock(std::shared_ptr<qint64> now)
    {
        setClock([now] { return *now; });
    }
    ~FrozenClock() { setClock({}); }
    FrozenClock(const FrozenClock &) = delete;
    FrozenClock &operator=(const FrozenClock &) = delete;
};

} // namespace

class TransactionTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void commitAppliesEveryBufferedWrite();
    void rollbackLeavesTheStoreUntouched();
    void destroyedScopeRollsBackAndLogs();
    void readsMergeBufferAndStore();
    void lockedModeSerialisesWriters();
    void fastModeLetsTheLastWriterWin();
    void serializableModeTakesTheGlobalLock();
    void lockTimeoutRaisesLockedErrorNamingTheKey();
    void commitKeepsMillisecondTtl();
    void incrKeepsTheStoredTtl();
    void expireLeavesTheStoredValueAlone();
    void tagsGoStraightToTheStore();
    void nestedScopeJoinsTheOuterOne();
    void nestedRollbackEndsTheWholeTransaction();
    void transactionalCommitsOrRollsBack();
    void endedTransactionRefusesWrites();
    void defaultsComeFromTheCache();
    void middlewaresRunOnTheView();

private:
    CachePtr m_cache;
};

void TransactionTest::initTestCase()
{
    const QString url = test::backendUrl("CASHEWS_TRANSACTION_URL", u"mem://"_s);
    if (url.isEmpty())
        QSKIP("CASHEWS_TRANSACTION_URL needs the redis fixture (CASHEWS_REDIS_URL_FILE): run through ctest");
    m_cache = std::make_shared<Cache>();
    m_cache->setup(url);
    qInfo() << "transaction backend:" << m_cache->backendFor(QString())->describe();
}

void TransactionTest::init()
{
    CASHEWS_RUN([](CachePtr cache) -> QCoro::Task<> { co_await cache->clear(); }(m_cache));
}

void TransactionTest::cleanupTestCase()
{
    if (m_cache)
        CASHEWS_RUN([](CachePtr cache) -> QCoro::Task<> {
            co_await cache->clear();
            co_await cache->close();
        }(m_cache));
}

void TransactionTest::commitAppliesEveryBufferedWrite()
{
    CASHEWS_RUN([](CachePtr cache) -> QCoro::Task<> {
        co_await cache->set(u"a"_s, 1);
        co_await cache->set(u"b"_s, 2);
        co_await cache->set(u"m:1"_s, u"x"_s);
        co_await cache->set(u"m:2"_s, u"y"_s);
        co_await cache->set(u"e"_s, u"v"_s);

        Transaction tx = cache->transaction();
        Cache view = tx.cache();
        CORO_VERIFY(co_await view.set(u"new"_s, u"n"_s));
        const KeyValueList pairs{{u"s1"_s, 1}, {u"s2"_s, 2}};
        CORO_VERIFY(co_await view.setMany(pairs));
        const std::optional<qint64> a = co_await view.incr(u"a"_s, 5);
        CORO_COMPARE(a.value_or(0), qint64(6));
        CORO_VERIFY(co_await view.remove(u"b"_s));
        const QStringList doomed{u"s2"_s, u"missing"_s};
        CORO_COMPARE(co_await view.removeMany(doomed), qint64(1));
        CORO_COMPARE(co_await view.removeMatch(u"m:*"_s), qint64(2));
        CORO_VERIFY(co_await view.expire(u"e"_s, 100));

        // Nothing reached the store yet; the locks did.
        const QVariant storedNew = co_await cache->get(u"new"_s);
        CORO_VERIFY(!storedNew.isValid());
        CORO_COMPARE((co_await cache->get(u"a"_s)).toLongLong(), qint64(1));
        CORO_COMPARE((co_await cache->get(u"b"_s)).toLongLong(), qint64(2));
        CORO_COMPARE(co_await scanAll(cache.get(), u"m:*"_s), names(u"m:1 m:2"_s));
        CORO_COMPARE(co_await cache->getExpireMs(u"e"_s), NoExpiry);
        const QVariant token = co_await cache->getRaw(u":tx_lock:a"_s);
        CORO_VERIFY2(QRegularExpression(u"^[0-9a-f]{32}$"_s).match(token.toString()).hasMatch(),
                     qPrintable(token.toString()));

        co_await tx.commit();
        CORO_COMPARE((co_await cache->get(u"new"_s)).toString(), u"n"_s);
        CORO_COMPARE((co_await cache->get(u"s1"_s)).toLongLong(), qint64(1));
        const bool s2 = co_await cache->exists(u"s2"_s);
        CORO_VERIFY(!s2);
        CORO_COMPARE((co_await cache->get(u"a"_s)).toLongLong(), qint64(6));
        const bool b = co_await cache->exists(u"b"_s);
        CORO_VERIFY(!b);
        CORO_COMPARE(co_await scanAll(cache.get(), u"m:*"_s), QStringList());
        const qint64 left = co_await cache->getExpireMs(u"e"_s);
        CORO_VERIFY2(left > 0 && left <= 100000, qPrintable(QString::number(left)));
        CORO_COMPARE((co_await cache->get(u"e"_s)).toString(), u"v"_s);
        // Every lock went with the commit.
        CORO_COMPARE(co_await scanAll(cache.get(), u":tx_lock:*"_s), QStringList());
    }(m_cache));
}

void TransactionTest::rollbackLeavesTheStoreUntouched()
{
    CASHEWS_RUN([](CachePtr cache) -> QCoro::Task<> {
        co_await cache->set(u"a"_s, 1);
        co_await cache->set(u"b"_s, 2, 100);
        Transaction tx = cache->transaction();
        Cache view = tx.cache();
        co_await view.set(u"a"_s, 10);
        co_await view.remove(u"b"_s);
        co_await view.incr(u"c"_s);
        co_await view.removeMatch(u"*"_s);
        co_await view.set(u"b"_s, 3);
        co_await view.expire(u"b"_s, 5);
        co_await tx.rollback();
        CORO_VERIFY(tx.isFinished());

        CORO_COMPARE((co_await cache->get(u"a"_s)).toLongLong(), qint64(1));
        CORO_COMPARE((co_await cache->get(u"b"_s)).toLongLong(), qint64(2));
        const qint64 left = co_await cache->getExpireMs(u"b"_s);
        CORO_VERIFY2(left > 5000 && left <= 100000, qPrintable(QString::number(left)));
        // Only the two entries: no counter, no lock left behind.
        CORO_COMPARE(co_await scanAll(cache.get(), u"*"_s), names(u"a b"_s));
        // A rollback after the end changes nothing.
        co_await tx.rollback();
    }(m_cache));
}

void TransactionTest::destroyedScopeRollsBackAndLogs()
{
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"destroyed without commit\\(\\) or rollback\\(\\)"_s));
    CASHEWS_RUN([](CachePtr cache) -> QCoro::Task<> {
        co_await cache->set(u"a"_s, 1);
        {
            Transaction tx = cache->transaction();
            Cache view = tx.cache();
            co_await view.set(u"a"_s, 10);
            const bool locked = co_await cache->exists(u":tx_lock:a"_s);
            CORO_VERIFY(locked);
        }
        // The lock is released in the background.
        CORO_VERIFY(co_await goneSoon(cache, u":tx_lock:a"_s));
        CORO_COMPARE((co_await cache->get(u"a"_s)).toLongLong(), qint64(1));
    }(m_cache));
}

void TransactionTest::readsMergeBufferAndStore()
{
    CASHEWS_RUN([](CachePtr cache) -> QCoro::Task<> {
        co_await cache->set(u"s1"_s, 1, 100);
        co_await cache->set(u"s2"_s, 2);
        co_await cache->set(u"gone"_s, 3);
        Transaction tx = cache->transaction();
        Cache view = tx.cache();
        co_await view.set(u"t1"_s, u"x"_s, 50);
        co_await view.remove(u"gone"_s);
        co_await view.set(u"s2"_s, 20);

        CORO_COMPARE((co_await view.get(u"t1"_s)).toString(), u"x"_s);
        const QVariant gone = co_await view.get(u"gone"_s, u"default"_s);
        CORO_COMPARE(gone.toString(), u"default"_s);
        CORO_COMPARE((co_await view.get(u"s1"_s)).toLongLong(), qint64(1));

        const QStringList keys{u"t1"_s, u"s2"_s, u"gone"_s, u"s1"_s, u"none"_s};
        const QList<QVariant> values = co_await view.getMany(keys);
        CORO_COMPARE(values.size(), qsizetype(5));
        CORO_COMPARE(values[0].toString(), u"x"_s);
        CORO_COMPARE(values[1].toLongLong(), qint64(20));
        CORO_VERIFY(!values[2].isValid());
        CORO_COMPARE(values[3].toLongLong(), qint64(1));
        CORO_VERIFY(!values[4].isValid());

        CORO_VERIFY(co_await view.exists(u"t1"_s));
        CORO_VERIFY(co_await view.exists(u"s1"_s));
        const bool goneExists = co_await view.exists(u"gone"_s);
        CORO_VERIFY(!goneExists);

        const qint64 t1Left = co_await view.getExpireMs(u"t1"_s);
        CORO_VERIFY2(t1Left > 0 && t1Left <= 50000, qPrintable(QString::number(t1Left)));
        CORO_COMPARE(co_await view.getExpire(u"t1"_s), qint64(50));
        CORO_COMPARE(co_await view.getExpireMs(u"gone"_s), NotExist);
        CORO_COMPARE(co_await view.getExpireMs(u"s2"_s), NoExpiry);
        const qint64 s1Left = co_await view.getExpireMs(u"s1"_s);
        CORO_VERIFY2(s1Left > 50000 && s1Left <= 100000, qPrintable(QString::number(s1Left)));

        // "[gst]*" leaves out the lock keys the writes took.
        CORO_COMPARE(co_await scanAll(&view, u"[gst]*"_s), names(u"s1 s2 t1"_s));
        const QMap<QString, QVariant> matched = co_await matchAll(&view, u"s*"_s);
        CORO_COMPARE(matched.keys(), names(u"s1 s2"_s));
        CORO_COMPARE(matched.value(u"s2"_s).toLongLong(), qint64(20));
        CORO_COMPARE(matched.value(u"s1"_s).toLongLong(), qint64(1));

        // The store itself is as it was.
        CORO_COMPARE(co_await scanAll(cache.get(), u"[gst]*"_s), names(u"gone s1 s2"_s));
        co_await tx.rollback();
    }(m_cache));
}

void TransactionTest::lockedModeSerialisesWriters()
{
    CASHEWS_RUN([](CachePtr cache) -> QCoro::Task<> {
        Transaction first = cache->transaction(TransactionMode::Locked);
        Cache view = first.cache();
        const std::optional<qint64> mine = co_await view.incr(u"counter"_s);
        CORO_COMPARE(mine.value_or(0), qint64(1));
        CORO_VERIFY(co_await cache->exists(u":tx_lock:counter"_s));

        // The second writer waits for the first one's lock, then reads what it committed.
        QCoro::Task<> second = incrAndCommit(cache, TransactionMode::Locked, u"counter"_s);
        co_await test::sleepMs(300);
        CORO_VERIFY(!second.isReady());
        co_await first.commit();
        co_await second;
        CORO_COMPARE((co_await cache->get(u"counter"_s)).toLongLong(), qint64(2));
        CORO_VERIFY(co_await goneSoon(cache, u":tx_lock:counter"_s));
    }(m_cache));
}

void TransactionTest::fastModeLetsTheLastWriterWin()
{
    CASHEWS_RUN([](CachePtr cache) -> QCoro::Task<> {
        Transaction first = cache->transaction(TransactionMode::Fast);
        Transaction second = cache->transaction(TransactionMode::Fast);
        Cache firstView = first.cache();
        Cache secondView = second.cache();
        // Both read 0: the update of the first is lost.
        const std::optional<qint64> a = co_await firstView.incr(u"counter"_s);
        const std::optional<qint64> b = co_await secondView.incr(u"counter"_s);
        CORO_COMPARE(a.value_or(0), qint64(1));
        CORO_COMPARE(b.value_or(0), qint64(1));
        co_await firstView.set(u"k"_s, u"first"_s);
        co_await secondView.set(u"k"_s, u"second"_s);
        // Fast takes no locks.
        CORO_COMPARE(co_await scanAll(cache.get(), u":*"_s), QStringList());
        co_await second.commit();
        co_await first.commit();
        CORO_COMPARE((co_await cache->get(u"counter"_s)).toLongLong(), qint64(1));
        CORO_COMPARE((co_await cache->get(u"k"_s)).toString(), u"first"_s);
    }(m_cache));
}

void TransactionTest::serializableModeTakesTheGlobalLock()
{
    CASHEWS_RUN([](CachePtr cache) -> QCoro::Task<> {
        Transaction first = cache->transaction(TransactionMode::Serializable);
        Cache view = first.cache();
        co_await view.set(u"x"_s, 1);
        CORO_COMPARE(co_await scanAll(cache.get(), u":*"_s), names(u":serializable:lock"_s));

        // Another key, yet the second writer waits for the first.
        QCoro::Task<> second = setAndCommit(cache, TransactionMode::Serializable, u"y"_s, 2);
        co_await test::sleepMs(300);
        CORO_VERIFY(!second.isReady());
        const bool yEarly = co_await cache->exists(u"y"_s);
        CORO_VERIFY(!yEarly);
        co_await first.commit();
        co_await second;
        CORO_COMPARE((co_await cache->get(u"x"_s)).toLongLong(), qint64(1));
        CORO_COMPARE((co_await cache->get(u"y"_s)).toLongLong(), qint64(2));
        CORO_VERIFY(co_await goneSoon(cache, u":serializable:lock"_s));
    }(m_cache));
}

void TransactionTest::lockTimeoutRaisesLockedErrorNamingTheKey()
{
    CASHEWS_RUN([](CachePtr cache) -> QCoro::Task<> {
        // Each holds one key and wants the other's: the one with the short timeout gives up.
        Transaction first = cache->transaction(TransactionMode::Locked);
        Transaction second = cache->transaction(TransactionMode::Locked, 0.3);
        Cache firstView = first.cache();
        Cache secondView = second.cache();
        co_await firstView.set(u"k1"_s, u"first"_s);
        co_await secondView.set(u"k2"_s, u"second"_s);
        QString message;
        try {
            co_await secondView.set(u"k1"_s, u"second"_s);
        } catch (const LockedError &e) {
            message = e.message();
        }
        CORO_VERIFY2(message.contains(u"'k1'"_s) && message.contains(u":tx_lock:k1"_s), qPrintable(message));
        co_await second.rollback();
        co_await firstView.set(u"k2"_s, u"first"_s);
        co_await first.commit();
        CORO_COMPARE((co_await cache->get(u"k1"_s)).toString(), u"first"_s);
        CORO_COMPARE((co_await cache->get(u"k2"_s)).toString(), u"first"_s);
    }(m_cache));
}

void TransactionTest::commitKeepsMillisecondTtl()
{
    CASHEWS_RUN([](CachePtr cache) -> QCoro::Task<> {
        auto now = std::make_shared<qint64>(nowMs());
        FrozenClock clock(now);
        Transaction tx = cache->transaction();
        Cache view = tx.cache();
        co_await view.set(u"k"_s, 1, 50.9);
        *now += 400;
        co_await tx.commit();
        // 50.5 s left; cashews' int(expire_at - now) would have stored 50 s.
        const qint64 left = co_await cache->getExpireMs(u"k"_s);
        CORO_VERIFY2(left > 50000 && left <= 50500, qPrintable(QString::number(left)));
    }(m_cache));
}

void TransactionTest::incrKeepsTheStoredTtl()
{
    CASHEWS_RUN([](CachePtr cache) -> QCoro::Task<> {
        co_await cache->set(u"n"_s, 5, 100);
        Transaction tx = cache->transaction();
        Cache view = tx.cache();
        const std::optional<qint64> n = co_await view.incr(u"n"_s, 2);
        CORO_COMPARE(n.value_or(0), qint64(7));
        co_await tx.commit();
        CORO_COMPARE((co_await cache->get(u"n"_s)).toLongLong(), qint64(7));
        // cashews buffers the counter without its expiry: it became persistent.
        const qint64 left = co_await cache->getExpireMs(u"n"_s);
        CORO_VERIFY2(left > 50000 && left <= 100000, qPrintable(QString::number(left)));
    }(m_cache));
}

void TransactionTest::expireLeavesTheStoredValueAlone()
{
    CASHEWS_RUN([](CachePtr cache) -> QCoro::Task<> {
        const QStringList members = names(u"a b"_s);
        co_await cache->setAdd(u"set"_s, members);
        co_await cache->set(u"v"_s, u"stored"_s);
        Transaction tx = cache->transaction();
        Cache view = tx.cache();
        CORO_VERIFY(co_await view.expire(u"set"_s, 100));
        CORO_VERIFY(co_await view.expire(u"v"_s, 100));
        const bool missing = co_await view.expire(u"missing"_s, 100);
        CORO_VERIFY(!missing);
        const qint64 seen = co_await view.getExpireMs(u"v"_s);
        CORO_VERIFY2(seen > 50000 && seen <= 100000, qPrintable(QString::number(seen)));
        CORO_COMPARE((co_await view.get(u"v"_s)).toString(), u"stored"_s);
        CORO_COMPARE(co_await cache->getExpireMs(u"v"_s), NoExpiry);
        co_await tx.commit();
        // cashews rewrites the value it read (a set would become a plain value); we only set the expiry.
        QStringList after = co_await cache->setMembers(u"set"_s);
        after.sort();
        CORO_COMPARE(after, members);
        const qint64 setLeft = co_await cache->getExpireMs(u"set"_s);
        CORO_VERIFY2(setLeft > 50000 && setLeft <= 100000, qPrintable(QString::number(setLeft)));
        const qint64 left = co_await cache->getExpireMs(u"v"_s);
        CORO_VERIFY2(left > 50000 && left <= 100000, qPrintable(QString::number(left)));
        CORO_COMPARE((co_await cache->get(u"v"_s)).toString(), u"stored"_s);
    }(m_cache));
}

void TransactionTest::tagsGoStraightToTheStore()
{
    CASHEWS_RUN([](CachePtr cache) -> QCoro::Task<> {
        Transaction tx = cache->transaction();
        Cache view = tx.cache();
        const QStringList tags = names(u"t"_s);
        CORO_VERIFY(co_await view.set(u"k"_s, 1, 100, Exist::Always, tags));
        // As in cashews, the tag set is written at once, with its expiry.
        CORO_COMPARE(co_await cache->setMembers(u"_tag:t"_s), names(u"k"_s));
        const qint64 left = co_await cache->getExpireMs(u"_tag:t"_s);
        CORO_VERIFY2(left > 50000 && left <= 100000, qPrintable(QString::number(left)));
        co_await tx.commit();
        CORO_COMPARE(co_await cache->deleteTags(tags), qint64(1));
        const bool k = co_await cache->exists(u"k"_s);
        CORO_VERIFY(!k);
    }(m_cache));
}

void TransactionTest::nestedScopeJoinsTheOuterOne()
{
    CASHEWS_RUN([](CachePtr cache) -> QCoro::Task<> {
        Transaction outer = cache->transaction(TransactionMode::Locked);
        Cache view = outer.cache();
        co_await view.set(u"a"_s, u"outer"_s);
        Transaction inner = view.transaction(TransactionMode::Fast);
        CORO_VERIFY(inner.isJoined());
        CORO_VERIFY(inner.mode() == TransactionMode::Locked);
        Cache innerView = inner.cache();
        CORO_COMPARE((co_await innerView.get(u"a"_s)).toString(), u"outer"_s);
        co_await innerView.set(u"b"_s, u"inner"_s);
        co_await inner.commit();
        // Only the outermost scope commits.
        const bool early = co_await cache->exists(u"b"_s);
        CORO_VERIFY(!early);
        CORO_COMPARE((co_await view.get(u"b"_s)).toString(), u"inner"_s);
        co_await outer.commit();
        CORO_COMPARE((co_await cache->get(u"a"_s)).toString(), u"outer"_s);
        CORO_COMPARE((co_await cache->get(u"b"_s)).toString(), u"inner"_s);
    }(m_cache));
}

void TransactionTest::nestedRollbackEndsTheWholeTransaction()
{
    CASHEWS_RUN([](CachePtr cache) -> QCoro::Task<> {
        Transaction outer = cache->transaction();
        Cache view = outer.cache();
        co_await view.set(u"a"_s, 1);
        Transaction inner = view.transaction();
        Cache innerView = inner.cache();
        co_await innerView.set(u"b"_s, 2);
        co_await inner.rollback();
        CORO_VERIFY_THROWS(outer.commit(), TransactionError);
        CORO_COMPARE(co_await scanAll(cache.get(), u"*"_s), QStringList());
    }(m_cache));
}

void TransactionTest::transactionalCommitsOrRollsBack()
{
    CASHEWS_RUN([](CachePtr cache) -> QCoro::Task<> {
        auto transfer = transactional(*cache, [](Cache &view, qint64 amount) -> QCoro::Task<qint64> {
            co_await view.incr(u"from"_s, -amount);
            const std::optional<qint64> to = co_await view.incr(u"to"_s, amount);
            if (to.value_or(0) > 15)
                throw ValueError(u"over the limit"_s);
            co_return to.value_or(0);
        });
        CORO_COMPARE(co_await transfer(qint64(10)), qint64(10));
        CORO_VERIFY_THROWS(transfer(qint64(10)), ValueError);
        CORO_COMPARE((co_await cache->get(u"from"_s)).toLongLong(), qint64(-10));
        CORO_COMPARE((co_await cache->get(u"to"_s)).toLongLong(), qint64(10));
        CORO_COMPARE(co_await scanAll(cache.get(), u":*"_s), QStringList());

        // Called with a view, the calls join its transaction.
        Transaction outer = cache->transaction();
        Cache view = outer.cache();
        auto joined = transactional(view, [](Cache &inner) -> QCoro::Task<> { co_await inner.set(u"j"_s, 1); });
        co_await joined();
        const bool early = co_await cache->exists(u"j"_s);
        CORO_VERIFY(!early);
        co_await outer.commit();
        CORO_VERIFY(co_await cache->exists(u"j"_s));
    }(m_cache));
}

void TransactionTest::endedTransactionRefusesWrites()
{
    CASHEWS_RUN([](CachePtr cache) -> QCoro::Task<> {
        Transaction tx = cache->transaction();
        Cache view = tx.cache();
        co_await view.set(u"a"_s, 1);
        co_await tx.commit();
        CORO_VERIFY_THROWS(view.set(u"b"_s, 2), TransactionError);
        CORO_VERIFY_THROWS(view.incr(u"b"_s), TransactionError);
        CORO_VERIFY_THROWS(tx.commit(), TransactionError);
        // Reads still work: they see the store.
        CORO_COMPARE((co_await view.get(u"a"_s)).toLongLong(), qint64(1));
    }(m_cache));
}

void TransactionTest::defaultsComeFromTheCache()
{
    Cache cache;
    cache.setup(u"mem://"_s);
    {
        Transaction tx = cache.transaction();
        QCOMPARE(tx.mode(), TransactionMode::Locked);
        QCOMPARE(tx.timeout(), Ttl(10));
        CASHEWS_RUN(tx.rollback());
    }
    cache.setTransactionMode(TransactionMode::Serializable);
    cache.setTransactionTimeout(2.5);
    {
        Transaction tx = cache.transaction();
        QCOMPARE(tx.mode(), TransactionMode::Serializable);
        QCOMPARE(tx.timeout(), Ttl(2.5));
        CASHEWS_RUN(tx.rollback());
        Transaction explicitTx = cache.transaction(TransactionMode::Fast, 1);
        QCOMPARE(explicitTx.mode(), TransactionMode::Fast);
        QCOMPARE(explicitTx.timeout(), Ttl(1));
        CASHEWS_RUN(explicitTx.rollback());
    }
    QVERIFY_THROWS_EXCEPTION(ValueError, cache.setTransactionTimeout(Ttl()));
}

void TransactionTest::middlewaresRunOnTheView()
{
    CASHEWS_RUN([]() -> QCoro::Task<> {
        Cache cache;
        BackendPtr backend = cache.setup(u"mem://"_s);
        // A middleware that prefixes keys: the buffer, the locks and the commit see its keys.
        cache.addMiddleware([](NextCall next, Command, Backend *, CommandArgs args) {
            if (args.contains(u"key"_s))
                args[u"key"_s] = u"pre:"_s + args[u"key"_s].toString();
            return next(std::move(args));
        });
        Transaction tx = cache.transaction();
        Cache view = tx.cache();
        co_await view.set(u"k"_s, 1);
        CORO_COMPARE((co_await view.get(u"k"_s)).toLongLong(), qint64(1));
        CORO_VERIFY(co_await backend->exists(u":tx_lock:pre:k"_s));
        const bool early = co_await backend->exists(u"pre:k"_s);
        CORO_VERIFY(!early);
        // Read twice: a read must not take the value out of the buffer.
        CORO_COMPARE((co_await view.get(u"k"_s)).toLongLong(), qint64(1));
        co_await tx.commit();
        CORO_VERIFY(co_await backend->exists(u"pre:k"_s));
        CORO_COMPARE((co_await cache.get(u"k"_s)).toLongLong(), qint64(1));
    }());
}

QTEST_GUILESS_MAIN(TransactionTest)
#include "tst_transaction.moc"
