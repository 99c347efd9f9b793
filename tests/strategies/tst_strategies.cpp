#include "corotest.h"

#include <cashews/cache.h>
#include <cashews/clock.h>
#include <cashews/detect.h>
#include <cashews/invalidatefurther.h>
#include <cashews/pytypes.h>
#include <cashews/strategies.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QRegularExpression>

#include <stdexcept>
#include <vector>

using namespace cashews;
using cashews::test::sleepMs;

namespace {

// The test clock: TTL decisions read it through cashews::setClock.
qint64 s_now = 0;

void advance(double seconds)
{
    s_now += static_cast<qint64>(seconds * 1000);
}

// What a wrapped test function saw.
struct Probe
{
    int calls = 0;
    int running = 0;
    int maxRunning = 0;
    bool fail = false;
    int delayMs = 0;
    double takesSeconds = 0; // advances the test clock while "running"
};
using ProbePtr = std::shared_ptr<Probe>;

class OtherError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// Returns the number of calls so far (so each execution returns a new value).
QCoro::Task<qlonglong> probeCall(ProbePtr probe)
{
    ++probe->calls;
    ++probe->running;
    probe->maxRunning = std::max(probe->maxRunning, probe->running);
    advance(probe->takesSeconds);
    if (probe->delayMs > 0)
        co_await sleepMs(probe->delayMs);
    --probe->running;
    if (probe->fail)
        throw std::runtime_error("boom");
    co_return probe->calls;
}

auto probeFunction(ProbePtr probe)
{
    return [probe](int id) {
        Q_UNUSED(id);
        return probeCall(probe);
    };
}

QCoro::AsyncGenerator<qlonglong> countTo(ProbePtr probe, int n)
{
    ++probe->calls;
    for (qlonglong i = 1; i <= n; ++i)
        co_yield i;
    if (probe->fail)
        throw std::runtime_error("broken stream");
}

class Repository
{
public:
    QCoro::Task<QString> userName(int id) { return name(id, ++m_calls); }
    int calls() const { return m_calls; }

private:
    static QCoro::Task<QString> name(int id, int call) { co_return QStringLiteral("user%1-%2").arg(id).arg(call); }
    int m_calls = 0;
};

QString redisUrl()
{
    const QString file = qEnvironmentVariable("CASHEWS_REDIS_URL_FILE");
    if (file.isEmpty())
        return {};
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    // Database 11 is this suite's own: init() flushes it.
    return QString::fromUtf8(f.readAll()).trimmed() + QStringLiteral("/11");
}

QCoro::Task<> clearCache(std::shared_ptr<Cache> cache)
{
    co_await cache->clear();
}

const QString Name = QStringLiteral("tests:fetch");

} // namespace

class StrategiesTest : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<Cache> m_cache;
    bool m_memory = true;

private Q_SLOTS:
    void initTestCase_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("memory") << QStringLiteral("mem://");
        QTest::newRow("redis") << redisUrl();
    }

    void init()
    {
        QFETCH_GLOBAL(QString, url);
        if (url.isEmpty())
            QSKIP("CASHEWS_REDIS_URL_FILE names no redis URL");
        s_now = QDateTime::currentMSecsSinceEpoch();
        setClock([] { return s_now; });
        m_cache = std::make_shared<Cache>();
        m_cache->setup(url);
        m_memory = url.startsWith(QLatin1String("mem:"));
        if (!m_memory)
            CASHEWS_RUN(clearCache(m_cache));
    }

    void cleanup()
    {
        // Background refreshes still queued (hit, early) must run before their cache goes.
        QCoreApplication::processEvents();
        m_cache.reset();
        setClock({});
    }

    void simpleHitAndMiss()
    {
        CASHEWS_RUN([](std::shared_ptr<Cache> cache, bool memory) -> QCoro::Task<> {
            auto probe = std::make_shared<Probe>();
            auto get = cached(*cache, {.ttl = "10s", .key = QStringLiteral("user:{id}")}, probeFunction(probe), {QStringLiteral("id")});
            CORO_COMPARE(co_await get(1), qlonglong(1));
            CORO_COMPARE(co_await get(1), qlonglong(1));
            CORO_COMPARE(co_await get(2), qlonglong(2));
            CORO_COMPARE(probe->calls, 2);
            CORO_COMPARE((co_await cache->get(QStringLiteral("user:1"))).toLongLong(), qlonglong(1));
            const qint64 ttl = co_await cache->getExpire(QStringLiteral("user:1"));
            CORO_VERIFY(ttl > 0 && ttl <= 10);
            if (memory) {
                advance(11);
                CORO_COMPARE(co_await get(1), qlonglong(3));
            }
        }(m_cache, m_memory));
    }

    void defaultKeyAndPrefix()
    {
        CASHEWS_RUN([](std::shared_ptr<Cache> cache) -> QCoro::Task<> {
            auto probe = std::make_shared<Probe>();
            auto get = cached(*cache, {.name = Name, .ttl = 60}, probeFunction(probe), {QStringLiteral("id")});
            CORO_COMPARE(get.keyFor(42), QStringLiteral("tests:fetch:id:42"));
            co_await get(42);
            CORO_VERIFY(co_await cache->exists(QStringLiteral("tests:fetch:id:42")));
            auto prefixed = cached(*cache, {.ttl = 60, .key = QStringLiteral("k:{id}"), .prefix = QStringLiteral("v2")}, probeFunction(probe), {QStringLiteral("id")});
            co_await prefixed(3);
            CORO_VERIFY(co_await cache->exists(QStringLiteral("v2:k:3")));
        }(m_cache));
    }

    void tagsStoredAndDeleted()
    {
        CASHEWS_RUN([](std::shared_ptr<Cache> cache) -> QCoro::Task<> {
            auto probe = std::make_shared<Probe>();
            const QStringList tags{QStringLiteral("users"), QStringLiteral("user:{id}")};
            const QStringList id{QStringLiteral("id")};
            auto get = cached(*cache, {.ttl = 60, .key = QStringLiteral("user:{id}"), .tags = tags}, probeFunction(probe), id);
            co_await get(1);
            co_await get(2);
            // Registered when wrapped: the tags come back from a key alone.
            const QStringList ofOne{QStringLiteral("users"), QStringLiteral("user:1")};
            CORO_COMPARE(cache->getKeyTags(QStringLiteral("user:1")), ofOne);
            const QStringList one{QStringLiteral("user:1")};
            CORO_COMPARE(co_await cache->setMembers(QStringLiteral("_tag:user:1")), one);
            CORO_COMPARE((co_await cache->setMembers(QStringLiteral("_tag:users"))).size(), qsizetype(2));

            // early (a dated entry) and hit (with its counter) tag their keys too.
            auto dated = early(*cache, {.ttl = 60, .key = QStringLiteral("e:{id}"), .tags = tags, .earlyTtl = 10}, probeFunction(probe), id);
            co_await dated(1);
            auto counted = hit(*cache, {.ttl = 60, .key = QStringLiteral("h:{id}"), .tags = tags, .cacheHits = 3}, probeFunction(probe), id);
            co_await counted(1);
            co_await counted(1);
            QStringList members = co_await cache->setMembers(QStringLiteral("_tag:user:1"));
            members.sort();
            const QStringList all{QStringLiteral("early:v2:e:1"), QStringLiteral("hit:h:1"), QStringLiteral("hit:h:1:counter"),
                                  QStringLiteral("user:1")};
            CORO_COMPARE(members, all);

            // Invalidating a tag makes the next call compute again.
            const int before = probe->calls;
            const QStringList userOne{QStringLiteral("user:1")};
            CORO_COMPARE(co_await cache->deleteTags(userOne), qint64(4));
            co_await get(1);
            co_await get(2);
            CORO_COMPARE(probe->calls, before + 1);
            // The deleted keys left the other tag's set; the recomputed one is back.
            QStringList users = co_await cache->setMembers(QStringLiteral("_tag:users"));
            users.sort();
            const QStringList twoUsers{QStringLiteral("user:1"), QStringLiteral("user:2")};
            CORO_COMPARE(users, twoUsers);
        }(m_cache));
    }

    void wrongKeyAtWrapTime()
    {
        auto probe = std::make_shared<Probe>();
        try {
            cached(*m_cache, {.ttl = 60, .key = QStringLiteral("user:{uid}")}, probeFunction(probe), {QStringLiteral("id")});
            QFAIL("no WrongKeyError");
        } catch (const WrongKeyError &e) {
            QVERIFY2(e.message().contains(QLatin1String("'uid'")), qPrintable(e.message()));
        }
        QVERIFY_THROWS_EXCEPTION(ValueError, cached(*m_cache, {.ttl = 60}, probeFunction(probe), {QStringLiteral("id")}));
        QVERIFY_THROWS_EXCEPTION(ValueError, cached(*m_cache, {.name = Name, .lock = true}, probeFunction(probe), {}));
        QVERIFY_THROWS_EXCEPTION(ValueError, cached(*m_cache, {.name = Name}, probeFunction(probe), {QStringLiteral("id"), QStringLiteral("extra")}));
        const QStringList twoParams{QStringLiteral("id"), QStringLiteral("other")};
        auto twoArgs = [probe](int, int) { return probeCall(probe); };
        cached(*m_cache, {.ttl = 60, .key = QStringLiteral("k:{id}:{other}"), .tags = {QStringLiteral("t:{other}")}}, twoArgs, twoParams);
        // A tag that its keys cannot name (cleanup on delete would miss it).
        QVERIFY_THROWS_EXCEPTION(ValueError, cached(*m_cache, {.ttl = 60, .key = QStringLiteral("k:{id}"), .tags = {QStringLiteral("t:{other}")}},
                                                    twoArgs, twoParams));
    }

    void memberFunction()
    {
        CASHEWS_RUN([](std::shared_ptr<Cache> cache) -> QCoro::Task<> {
            Repository repo;
            auto name = cached(*cache, {.name = QStringLiteral("Repository.userName"), .ttl = 60},
                               method(&repo, &Repository::userName), {QStringLiteral("id")});
            CORO_COMPARE(co_await name(5), QStringLiteral("user5-1"));
            CORO_COMPARE(co_await name(5), QStringLiteral("user5-1"));
            CORO_COMPARE(repo.calls(), 1);
        }(m_cache));
    }

    void conditions()
    {
        CASHEWS_RUN([](std::shared_ptr<Cache> cache, bool memory) -> QCoro::Task<> {
            // NOT_NONE: a None result is not stored.
            auto calls = std::make_shared<int>(0);
            auto maybe = cached(*cache, {.ttl = 60, .key = QStringLiteral("none"), .condition = notNone()},
                                [calls]() -> QCoro::Task<QVariant> { return [](std::shared_ptr<int> c) -> QCoro::Task<QVariant> {
                                    ++*c;
                                    co_return none();
                                }(calls); });
            co_await maybe();
            co_await maybe();
            CORO_COMPARE(*calls, 2);
            // A callable condition sees the result.
            auto probe = std::make_shared<Probe>();
            auto evenOnly = cached(*cache, {.ttl = 60, .key = QStringLiteral("even:{id}"), .condition = [](const QVariant &r) { return r.toLongLong() % 2 == 0; }},
                                   probeFunction(probe), {QStringLiteral("id")});
            CORO_COMPARE(co_await evenOnly(1), qlonglong(1));
            CORO_COMPARE(co_await evenOnly(1), qlonglong(2));
            CORO_COMPARE(co_await evenOnly(1), qlonglong(2));
            if (!memory) {
                // Stored exceptions live in the process (mem:// only); a byte store refuses
                // them and the caller still gets its own exception.
                auto failing = std::make_shared<Probe>();
                failing->fail = true;
                auto stored = cached(*cache, {.ttl = 60, .key = QStringLiteral("exc"), .condition = withExceptions<>()},
                                     probeFunction(failing), {QStringLiteral("id")});
                QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("cannot store the exception")));
                CORO_VERIFY_THROWS(stored(1), std::runtime_error);
                co_return;
            }
            // By default exceptions are not stored.
            auto failing = std::make_shared<Probe>();
            failing->fail = true;
            auto plain = cached(*cache, {.ttl = 60, .key = QStringLiteral("plain")}, probeFunction(failing), {QStringLiteral("id")});
            CORO_VERIFY_THROWS(plain(1), std::runtime_error);
            CORO_VERIFY_THROWS(plain(1), std::runtime_error);
            CORO_COMPARE(failing->calls, 2);
            // withExceptions: the exception is stored and rethrown without calling again.
            failing->calls = 0;
            auto stored = cached(*cache, {.ttl = 60, .key = QStringLiteral("exc"), .condition = withExceptions<std::runtime_error>()},
                                 probeFunction(failing), {QStringLiteral("id")});
            CORO_VERIFY_THROWS(stored(1), std::runtime_error);
            CORO_VERIFY_THROWS(stored(1), std::runtime_error);
            CORO_COMPARE(failing->calls, 1);
            // A type that does not match is not stored.
            failing->calls = 0;
            auto other = cached(*cache, {.ttl = 60, .key = QStringLiteral("other"), .condition = withExceptions<OtherError>()},
                                probeFunction(failing), {QStringLiteral("id")});
            CORO_VERIFY_THROWS(other(1), std::runtime_error);
            CORO_VERIFY_THROWS(other(1), std::runtime_error);
            CORO_COMPARE(failing->calls, 2);
            // onlyExceptions: results are not stored.
            auto ok = std::make_shared<Probe>();
            auto only = cached(*cache, {.ttl = 60, .key = QStringLiteral("only"), .condition = onlyExceptions<>()}, probeFunction(ok), {QStringLiteral("id")});
            CORO_COMPARE(co_await only(1), qlonglong(1));
            CORO_COMPARE(co_await only(1), qlonglong(2));
        }(m_cache, m_memory));
    }

    void timeCondition()
    {
        CASHEWS_RUN([](std::shared_ptr<Cache> cache) -> QCoro::Task<> {
            auto probe = std::make_shared<Probe>();
            auto get = cached(*cache, {.ttl = 60, .key = QStringLiteral("slow:{id}"), .timeCondition = 1}, probeFunction(probe), {QStringLiteral("id")});
            co_await get(1);
            co_await get(1);
            CORO_COMPARE(probe->calls, 2); // fast calls are not stored
            probe->takesSeconds = 2;
            co_await get(1);
            co_await get(1);
            CORO_COMPARE(probe->calls, 3);
        }(m_cache));
    }

    void ttlFromArguments()
    {
        CASHEWS_RUN([](std::shared_ptr<Cache> cache) -> QCoro::Task<> {
            auto probe = std::make_shared<Probe>();
            auto ttlOf = [](const QVariantList &args, const QVariant &result) {
                return Ttl(args.at(0).toInt() * 100 + static_cast<int>(result.toLongLong()));
            };
            auto get = cached(*cache, {.ttl = ttlOf, .key = QStringLiteral("ttl:{id}")}, probeFunction(probe), {QStringLiteral("id")});
            co_await get(3);
            const qint64 left = co_await cache->getExpire(QStringLiteral("ttl:3"));
            CORO_VERIFY2(left > 290 && left <= 301, qPrintable(QString::number(left)));
        }(m_cache));
    }

    void failoverServesLastGoodValue()
    {
        CASHEWS_RUN([](std::shared_ptr<Cache> cache) -> QCoro::Task<> {
            auto probe = std::make_shared<Probe>();
            auto get = failover(*cache, {.ttl = 60, .key = QStringLiteral("status:{id}"), .exceptions = exceptionsOf<std::runtime_error>()},
                                probeFunction(probe), {QStringLiteral("id")});
            CORO_COMPARE(co_await get(1), qlonglong(1));
            CORO_COMPARE(co_await get(1), qlonglong(2)); // always calls, stores every success
            CORO_VERIFY(co_await cache->exists(QStringLiteral("fail:status:1")));
            probe->fail = true;
            Detect detect;
            CORO_COMPARE(co_await get(1), qlonglong(2));
            const auto calls = detect.calls();
            CORO_VERIFY(calls.contains(QStringLiteral("fail:status:1")));
            CORO_COMPARE(calls.value(QStringLiteral("fail:status:1")).value(QStringLiteral("name")).toString(), QStringLiteral("failover"));
            CORO_COMPARE(calls.value(QStringLiteral("fail:status:1")).value(QStringLiteral("exc")).toString(), QStringLiteral("boom"));
            CORO_VERIFY_THROWS(get(2), std::runtime_error); // nothing stored for 2
            auto strict = failover(*cache, {.ttl = 60, .key = QStringLiteral("status:{id}"), .exceptions = exceptionsOf<OtherError>()},
                                   probeFunction(probe), {QStringLiteral("id")});
            CORO_VERIFY_THROWS(strict(1), std::runtime_error);
        }(m_cache));
    }

    void hitTable()
    {
        if (!m_memory)
            QSKIP("the background-refresh table needs commands that complete without the event loop (mem://)");
        CASHEWS_RUN([](std::shared_ptr<Cache> cache) -> QCoro::Task<> {
            auto probe = std::make_shared<Probe>();
            auto get = hit(*cache, {.ttl = 60, .key = QStringLiteral("h:{id}"), .cacheHits = 3, .updateAfter = 2}, probeFunction(probe), {QStringLiteral("id")});
            QList<qlonglong> values;
            for (int i = 0; i < 6; ++i)
                values.append(co_await get(1));
            // The cashews reference table: the refresh started at the 2nd hit lands later.
            CORO_COMPARE(values, (QList<qlonglong>{1, 1, 1, 1, 2, 2}));
            CORO_VERIFY(co_await cache->exists(QStringLiteral("hit:h:1:counter")));
        }(m_cache));
    }

    void dynamicRefreshesAfterFirstHit()
    {
        if (!m_memory)
            QSKIP("the background-refresh table needs commands that complete without the event loop (mem://)");
        CASHEWS_RUN([](std::shared_ptr<Cache> cache) -> QCoro::Task<> {
            auto probe = std::make_shared<Probe>();
            auto get = dynamic(*cache, {.key = QStringLiteral("d:{id}")}, probeFunction(probe), {QStringLiteral("id")});
            QList<qlonglong> values;
            for (int i = 0; i < 5; ++i)
                values.append(co_await get(1));
            CORO_COMPARE(values, (QList<qlonglong>{1, 1, 1, 1, 2}));
            CORO_VERIFY(!(co_await cache->exists(QStringLiteral("dynamic:d:1:counter")))); // reset by the 5th call
            const qint64 ttl = co_await cache->getExpire(QStringLiteral("dynamic:d:1"));
            CORO_VERIFY(ttl > 86000 && ttl <= 86400);
            co_await sleepMs(10); // the refresh queued at the first hit stores its own value
            CORO_COMPARE(probe->calls, 3);
        }(m_cache));
    }

    void hitInlineRefresh()
    {
        CASHEWS_RUN([](std::shared_ptr<Cache> cache) -> QCoro::Task<> {
            auto probe = std::make_shared<Probe>();
            auto get = hit(*cache, {.ttl = 60, .key = QStringLiteral("h:{id}"), .background = false, .cacheHits = 3, .updateAfter = 2},
                           probeFunction(probe), {QStringLiteral("id")});
            QList<qlonglong> values;
            Detect detect;
            for (int i = 0; i < 6; ++i)
                values.append(co_await get(1));
            // Inline refresh at the 2nd hit: the caller still gets the old value, the next one the new.
            CORO_COMPARE(values, (QList<qlonglong>{1, 1, 1, 2, 2, 3}));
            CORO_COMPARE(detect.callsList().size(), 5);
            CORO_COMPARE(detect.callsList().constFirst().second.value(QStringLiteral("cache_hits")).toInt(), 3);
        }(m_cache));
    }

    void earlyServesStaleWhileOneRefreshRuns()
    {
        CASHEWS_RUN([](std::shared_ptr<Cache> cache) -> QCoro::Task<> {
            auto probe = std::make_shared<Probe>();
            probe->delayMs = 20;
            auto get = early(*cache, {.ttl = 60, .key = QStringLiteral("e:{id}"), .earlyTtl = 10}, probeFunction(probe), {QStringLiteral("id")});
            CORO_COMPARE(get.strategy()->keyTemplate(), QStringLiteral("early:v2:e:{id}"));
            CORO_COMPARE(co_await get(1), qlonglong(1));
            // Layout: [aware UTC datetime, value] under early:v2:<key>.
            const QVariant stored = co_await cache->get(QStringLiteral("early:v2:e:1"));
            CORO_COMPARE(stored.metaType().id(), int(QMetaType::QVariantList));
            const QVariantList entry = stored.toList();
            CORO_COMPARE(entry.size(), qsizetype(2));
            CORO_COMPARE(entry.at(0).toDateTime().timeSpec(), Qt::UTC);
            CORO_COMPARE(entry.at(1).toLongLong(), qlonglong(1));
            CORO_COMPARE(co_await get(1), qlonglong(1));
            CORO_COMPARE(probe->calls, 1);

            advance(11); // past early_ttl, before ttl
            Detect detect;
            CORO_COMPARE(co_await get(1), qlonglong(1)); // stale, starts the refresh
            CORO_COMPARE(co_await get(1), qlonglong(1)); // stale, the lock is taken
            CORO_VERIFY(co_await cache->exists(QStringLiteral("early:v2:e:1:lock")));
            CORO_VERIFY(detect.callsList().constFirst().second.contains(QStringLiteral("early_expire_at")));
            co_await sleepMs(80);
            CORO_COMPARE(probe->calls, 2); // exactly one background refresh
            CORO_VERIFY(!(co_await cache->exists(QStringLiteral("early:v2:e:1:lock"))));
            CORO_COMPARE(co_await get(1), qlonglong(2));
        }(m_cache));
    }

    void earlyReadsPythonMicrosecondEntries()
    {
        CASHEWS_RUN([](std::shared_ptr<Cache> cache) -> QCoro::Task<> {
            // Python writes the datetime with microseconds (a PyDateTime here): still a fresh entry.
            auto probe = std::make_shared<Probe>();
            auto get = early(*cache, {.ttl = 60, .key = QStringLiteral("py:{id}"), .earlyTtl = 10}, probeFunction(probe), {QStringLiteral("id")});
            const QDateTime freshUntil = QDateTime::fromMSecsSinceEpoch(s_now + 5000, Qt::UTC);
            const QVariantList entry{makeDateTime(freshUntil, 123), qlonglong(42)};
            const QString key = QStringLiteral("early:v2:py:1");
            co_await cache->set(key, entry, 60);
            CORO_COMPARE(co_await get(1), qlonglong(42));
            CORO_COMPARE(probe->calls, 0);
            const QVariantList back = (co_await cache->get(key)).toList();
            CORO_COMPARE(extraMicroseconds(back.at(0)), 123);
        }(m_cache));
    }

    void softFallsBackOnFailure()
    {
        CASHEWS_RUN([](std::shared_ptr<Cache> cache) -> QCoro::Task<> {
            auto probe = std::make_shared<Probe>();
            auto get = soft(*cache, {.ttl = 60, .key = QStringLiteral("s:{id}"), .softTtl = 10}, probeFunction(probe), {QStringLiteral("id")});
            CORO_COMPARE(co_await get(1), qlonglong(1));
            CORO_COMPARE(co_await get(1), qlonglong(1));
            const QVariantList entry = (co_await cache->get(QStringLiteral("soft:s:1"))).toList();
            CORO_COMPARE(entry.size(), qsizetype(2));
            CORO_COMPARE(entry.at(0).toDateTime().timeSpec(), Qt::UTC);
            advance(11);
            probe->fail = true;
            Detect detect;
            CORO_COMPARE(co_await get(1), qlonglong(1)); // stale value on failure
            CORO_COMPARE(detect.callsList().size(), qsizetype(1));
            CORO_VERIFY(detect.callsList().constFirst().second.contains(QStringLiteral("soft_expire_at")));
            probe->fail = false;
            CORO_COMPARE(co_await get(1), qlonglong(3)); // recomputed after soft expiry
            CORO_COMPARE(co_await get(1), qlonglong(3));
            probe->fail = true;
            CORO_VERIFY_THROWS(get(2), std::runtime_error); // nothing to fall back on
        }(m_cache));
    }

    void protectedSharesOneExecution()
    {
        CASHEWS_RUN([](std::shared_ptr<Cache> cache) -> QCoro::Task<> {
            for (const bool protect : {true, false}) {
                auto probe = std::make_shared<Probe>();
                probe->delayMs = 20;
                auto get = cached(*cache, {.ttl = 60, .key = protect ? QStringLiteral("p:{id}") : QStringLiteral("u:{id}"), .protect = protect},
                                  probeFunction(probe), {QStringLiteral("id")});
                std::vector<QCoro::Task<qlonglong>> running;
                for (int i = 0; i < 5; ++i)
                    running.push_back(get(1));
                QList<qlonglong> results;
                for (auto &task : running)
                    results.append(co_await task);
                CORO_COMPARE(probe->calls, protect ? 1 : 5);
                if (protect)
                    CORO_COMPARE(results, (QList<qlonglong>{1, 1, 1, 1, 1}));
            }
        }(m_cache));
    }

    void thunderProtectionSharesWithoutStoring()
    {
        CASHEWS_RUN([](std::shared_ptr<Cache> cache) -> QCoro::Task<> {
            auto probe = std::make_shared<Probe>();
            probe->delayMs = 20;
            auto get = thunderProtection(*cache, {.key = QStringLiteral("tp:{id}")}, probeFunction(probe), {QStringLiteral("id")});
            std::vector<QCoro::Task<qlonglong>> running;
            for (int i = 0; i < 4; ++i)
                running.push_back(get(1));
            running.push_back(get(2)); // another key: its own execution
            QList<qlonglong> results;
            for (auto &task : running)
                results.append(co_await task);
            CORO_COMPARE(probe->calls, 2);
            // The four callers of key 1 got the one execution's result.
            CORO_COMPARE(results.count(results.at(0)), qsizetype(4 + (results.at(4) == results.at(0) ? 1 : 0)));
            // Nothing is stored: a later call runs again.
            CORO_VERIFY(!(co_await cache->exists(QStringLiteral("tp:1"))));
            CORO_COMPARE(co_await get(1), qlonglong(3));
            // An exception reaches every waiting caller.
            probe->fail = true;
            auto first = get(1);
            auto second = get(1);
            CORO_VERIFY_THROWS(std::move(first), std::runtime_error);
            CORO_VERIFY_THROWS(std::move(second), std::runtime_error);
            CORO_COMPARE(probe->calls, 4);
        }(m_cache));
        QVERIFY_THROWS_EXCEPTION(ValueError, thunderProtection(*m_cache, {.protect = false}, probeFunction(std::make_shared<Probe>())));
    }

    void lockedRunsOneAtATime()
    {
        CASHEWS_RUN([](std::shared_ptr<Cache> cache) -> QCoro::Task<> {
            auto probe = std::make_shared<Probe>();
            probe->delayMs = 15;
            auto get = locked(*cache, {.name = Name, .ttl = 10, .checkInterval = 0.005}, probeFunction(probe), {QStringLiteral("id")});
            std::vector<QCoro::Task<qlonglong>> running;
            for (int i = 0; i < 3; ++i)
                running.push_back(get(i));
            CORO_VERIFY(co_await cache->exists(QStringLiteral("locked:tests:fetch")));
            for (auto &task : running)
                co_await task;
            CORO_COMPARE(probe->calls, 3);
            CORO_COMPARE(probe->maxRunning, 1);
            CORO_VERIFY(!(co_await cache->exists(QStringLiteral("locked:tests:fetch"))));
            // Without waiting, a held lock is an error.
            auto noWait = locked(*cache, {.name = Name, .ttl = 10, .wait = false}, probeFunction(probe), {QStringLiteral("id")});
            auto first = noWait(1);
            CORO_VERIFY_THROWS(noWait(2), LockedError);
            co_await first;
        }(m_cache));
    }

    void lockOption()
    {
        CASHEWS_RUN([](std::shared_ptr<Cache> cache) -> QCoro::Task<> {
            auto probe = std::make_shared<Probe>();
            probe->delayMs = 15;
            auto get = cached(*cache, {.ttl = 10, .key = QStringLiteral("lk:{id}"), .lock = true, .protect = false, .checkInterval = 0.005},
                              probeFunction(probe), {QStringLiteral("id")});
            auto first = get(1);
            CORO_VERIFY(co_await cache->exists(QStringLiteral("lock:lk:1")));
            auto second = get(1);
            CORO_COMPARE(co_await first, qlonglong(1));
            CORO_COMPARE(co_await second, qlonglong(1)); // waited for the lock, then hit
            CORO_COMPARE(probe->calls, 1);
            CORO_VERIFY(!(co_await cache->exists(QStringLiteral("lock:lk:1"))));
        }(m_cache));
    }

    void invalidateByTemplate()
    {
        CASHEWS_RUN([](std::shared_ptr<Cache> cache) -> QCoro::Task<> {
            auto probe = std::make_shared<Probe>();
            auto items = cached(*cache, {.ttl = 60, .key = QStringLiteral("items:{user}:page:{id}")}, [probe](QString user, int id) {
                Q_UNUSED(user);
                Q_UNUSED(id);
                return probeCall(probe);
            }, {QStringLiteral("user"), QStringLiteral("id")});
            const QString ann = QStringLiteral("ann");
            const QString bob = QStringLiteral("bob");
            co_await items(ann, 1);
            co_await items(ann, 2);
            co_await items(bob, 1);
            auto create = invalidate(*cache, QStringLiteral("items:{user}:page:*"), [](QString user) {
                return [](QString u) -> QCoro::Task<QString> { co_return u; }(user);
            }, {QStringLiteral("user")});
            CORO_COMPARE(co_await create(ann), ann);
            CORO_VERIFY(!(co_await cache->exists(QStringLiteral("items:ann:page:1"))));
            CORO_VERIFY(!(co_await cache->exists(QStringLiteral("items:ann:page:2"))));
            CORO_VERIFY(co_await cache->exists(QStringLiteral("items:bob:page:1")));
            co_await items(ann, 1);
            CORO_COMPARE(probe->calls, 4);
        }(m_cache));
    }

    void invalidateFurtherScope()
    {
        CASHEWS_RUN([](std::shared_ptr<Cache> cache) -> QCoro::Task<> {
            auto probe = std::make_shared<Probe>();
            auto get = cached(*cache, {.ttl = 60, .key = QStringLiteral("f:{id}")}, probeFunction(probe), {QStringLiteral("id")});
            co_await get(1);
            co_await get(1);
            CORO_COMPARE(probe->calls, 1);
            {
                InvalidateFurther scope;
                CORO_COMPARE(co_await get(1), qlonglong(2));
            }
            CORO_COMPARE(co_await get(1), qlonglong(2)); // stored again by the invalidating call
        }(m_cache));
    }

    void upperSkipsStoreAfterInnerHit()
    {
        CASHEWS_RUN([](std::shared_ptr<Cache> cache) -> QCoro::Task<> {
            auto probe = std::make_shared<Probe>();
            auto inner = cached(*cache, {.ttl = 60, .key = QStringLiteral("inner:{id}")}, probeFunction(probe), {QStringLiteral("id")});
            auto outer = cached(*cache, {.ttl = 60, .key = QStringLiteral("outer:{id}"), .upper = true}, inner, {QStringLiteral("id")});
            co_await outer(1);
            CORO_VERIFY(co_await cache->exists(QStringLiteral("outer:1")));
            co_await cache->remove(QStringLiteral("outer:1"));
            co_await outer(1); // the inner call is a hit: outer must not store it
            CORO_VERIFY(!(co_await cache->exists(QStringLiteral("outer:1"))));
            CORO_COMPARE(probe->calls, 1);
        }(m_cache));
    }

    void detectNestedScopes()
    {
        CASHEWS_RUN([](std::shared_ptr<Cache> cache) -> QCoro::Task<> {
            auto probe = std::make_shared<Probe>();
            auto get = cached(*cache, {.ttl = 60, .key = QStringLiteral("d:{id}")}, probeFunction(probe), {QStringLiteral("id")});
            co_await get(1);
            auto seen = std::make_shared<QStringList>();
            const int listener = Detect::addListener([seen](const QString &key, const QVariantMap &) { seen->append(key); });
            Detect outer;
            {
                Detect inner;
                co_await get(1);
                CORO_COMPARE(inner.callsList().size(), qsizetype(1));
                const QVariantMap fields = inner.calls().value(QStringLiteral("d:1"));
                CORO_COMPARE(fields.value(QStringLiteral("name")).toString(), QStringLiteral("simple"));
                CORO_COMPARE(fields.value(QStringLiteral("template")).toString(), QStringLiteral("d:{id}"));
                CORO_COMPARE(fields.value(QStringLiteral("ttl")).toDouble(), 60.0);
                CORO_COMPARE(fields.value(QStringLiteral("value")).toLongLong(), qlonglong(1));
                CORO_COMPARE(fields.value(QStringLiteral("backend")).toString(), cache->backendFor(QStringLiteral("d:1"))->describe());
            }
            co_await get(1);
            co_await get(2); // a miss is not recorded
            CORO_COMPARE(outer.callsList().size(), qsizetype(2));
            Detect::removeListener(listener);
            co_await get(1);
            CORO_COMPARE(*seen, (QStringList{QStringLiteral("d:1"), QStringLiteral("d:1")}));
        }(m_cache));
    }

    void tagsRenderedPerCall()
    {
        auto probe = std::make_shared<Probe>();
        auto get = cached(*m_cache, {.ttl = 60, .key = QStringLiteral("t:{id}"), .tags = {QStringLiteral("items"), QStringLiteral("item:{id}")}},
                          probeFunction(probe), {QStringLiteral("id")});
        const QVariantList args{7};
        QCOMPARE(get.strategy()->prepare(args, get.keyFor(7)).tags, (QStringList{QStringLiteral("items"), QStringLiteral("item:7")}));
        QVERIFY_THROWS_EXCEPTION(WrongKeyError, cached(*m_cache, {.ttl = 60, .key = QStringLiteral("t:{id}"), .tags = {QStringLiteral("{nope}")}},
                                                      probeFunction(probe), {QStringLiteral("id")}));
    }

    void iteratorReplaysChunks()
    {
        CASHEWS_RUN([](std::shared_ptr<Cache> cache) -> QCoro::Task<> {
            auto probe = std::make_shared<Probe>();
            auto numbers = iterator(*cache, {.ttl = 60, .key = QStringLiteral("it:{n}")}, [probe](int n) { return countTo(probe, n); }, {QStringLiteral("n")});
            for (int round = 0; round < 2; ++round) {
                QList<qlonglong> seen;
                auto gen = numbers(3);
                QCORO_FOREACH(qlonglong value, gen) {
                    seen.append(value);
                }
                CORO_COMPARE(seen, (QList<qlonglong>{1, 2, 3}));
            }
            CORO_COMPARE(probe->calls, 1);
            CORO_VERIFY(co_await cache->exists(QStringLiteral("it:3")));
            CORO_COMPARE((co_await cache->get(QStringLiteral("it:3:2"))).toLongLong(), qlonglong(3));
            // A broken iteration stores no marker.
            probe->fail = true;
            bool thrown = false;
            try {
                auto broken = numbers(2);
                QCORO_FOREACH(qlonglong value, broken) {
                    Q_UNUSED(value);
                }
            } catch (const std::runtime_error &) {
                thrown = true;
            }
            CORO_VERIFY(thrown);
            CORO_VERIFY(!(co_await cache->exists(QStringLiteral("it:2"))));
        }(m_cache));
    }

    void rateLimitFixedWindow()
    {
        CASHEWS_RUN([](std::shared_ptr<Cache> cache) -> QCoro::Task<> {
            auto probe = std::make_shared<Probe>();
            auto get = rateLimit(*cache, {.ttl = 600, .key = QStringLiteral("rl:{id}"), .limit = 2, .period = 60}, probeFunction(probe), {QStringLiteral("id")});
            co_await get(1);
            co_await get(1);
            CORO_VERIFY_THROWS(get(1), RateLimitError);
            CORO_VERIFY_THROWS(get(1), RateLimitError);
            CORO_COMPARE(probe->calls, 2);
            CORO_COMPARE((co_await cache->get(QStringLiteral("rate_limit:rl:1"))).toLongLong(), qlonglong(4));
            const qint64 ban = co_await cache->getExpire(QStringLiteral("rate_limit:rl:1"));
            CORO_VERIFY2(ban > 60 && ban <= 600, qPrintable(QString::number(ban))); // restarted with ttl
            auto withAction = rateLimit(*cache, {.key = QStringLiteral("ra"), .limit = 1, .period = 60,
                                                 .action = [](const QVariantList &) { return QVariant(qlonglong(-1)); }},
                                        probeFunction(probe), {QStringLiteral("id")});
            co_await withAction(1);
            CORO_COMPARE(co_await withAction(1), qlonglong(-1));
        }(m_cache));
    }

    void sliceRateLimitSlides()
    {
        CASHEWS_RUN([](std::shared_ptr<Cache> cache) -> QCoro::Task<> {
            auto probe = std::make_shared<Probe>();
            auto get = sliceRateLimit(*cache, {.key = QStringLiteral("sl"), .limit = 2, .period = 10}, probeFunction(probe), {QStringLiteral("id")});
            co_await get(1);
            advance(1);
            co_await get(1);
            advance(1);
            CORO_VERIFY_THROWS(get(1), RateLimitError);
            CORO_COMPARE(probe->calls, 2);
            CORO_COMPARE(co_await cache->keyType(QStringLiteral("srl:sl")), QStringLiteral("zset"));
            advance(10); // the first two calls left the window
            co_await get(1);
            CORO_COMPARE(probe->calls, 3);
        }(m_cache));
    }

    void circuitBreakerOpens()
    {
        CASHEWS_RUN([](std::shared_ptr<Cache> cache) -> QCoro::Task<> {
            auto probe = std::make_shared<Probe>();
            auto get = circuitBreaker(*cache, {.name = Name, .ttl = 30, .period = 60, .errorsRate = 50, .halfOpenTtl = 60, .minCalls = 2},
                                      probeFunction(probe), {QStringLiteral("id")});
            co_await get(1);
            advance(1);
            probe->fail = true;
            CORO_VERIFY_THROWS(get(1), std::runtime_error); // 1 of 2 failed: 50%
            CORO_VERIFY(co_await cache->exists(QStringLiteral("circuit_breaker:tests:fetch:open")));
            advance(1);
            CORO_VERIFY(!(co_await cache->exists(QStringLiteral("circuit_breaker:tests:fetch:halfopen"))));
            CORO_VERIFY_THROWS(get(1), CircuitBreakerOpen);
            CORO_COMPARE(probe->calls, 2);
            // The first rejected call starts the half-open period that follows the open one.
            CORO_VERIFY(co_await cache->exists(QStringLiteral("circuit_breaker:tests:fetch:halfopen")));
        }(m_cache));
    }

    void bloomFilter()
    {
        CASHEWS_RUN([](std::shared_ptr<Cache> cache) -> QCoro::Task<> {
            auto calls = std::make_shared<int>(0);
            auto lookup = [calls](QString email) {
                return [](std::shared_ptr<int> c, QString e) -> QCoro::Task<bool> {
                    ++*c;
                    co_return e.endsWith(QLatin1String("@b.c"));
                }(calls, email);
            };
            auto exists = bloom(*cache, {.key = QStringLiteral("email:{email}"), .capacity = 100}, lookup, {QStringLiteral("email")});
            const QString known = QStringLiteral("a@b.c");
            const QString unknown = QStringLiteral("x@y.z");
            CORO_VERIFY(!(co_await exists(known))); // empty filter: no call
            CORO_COMPARE(*calls, 0);
            CORO_VERIFY(co_await exists.set(known));
            CORO_VERIFY(!(co_await exists.set(unknown))); // falsy: not recorded
            CORO_COMPARE(*calls, 2);
            // The bit indexes Python cashews (without xxhash) computes for "email:a@b.c" with
            // capacity 100 at 1%: m = 959, k = 7, under the unrendered template.
            const QString field = QStringLiteral("bloom:email:{email}:959");
            const QList<qint64> pythonIndexes{28, 240, 361, 372, 409, 465, 910};
            const QList<qint64> bits = co_await cache->getBits(field, pythonIndexes, 1);
            CORO_COMPARE(bits, (QList<qint64>{1, 1, 1, 1, 1, 1, 1}));
            CORO_VERIFY(co_await exists(known)); // all bits set: checked with a call
            CORO_COMPARE(*calls, 3);
            CORO_VERIFY(!(co_await exists(unknown)));
            CORO_COMPARE(*calls, 3);
            auto trusting = bloom(*cache, {.key = QStringLiteral("email:{email}"), .capacity = 100, .checkFalsePositive = false},
                                  lookup, {QStringLiteral("email")});
            CORO_VERIFY(co_await trusting(known));
            CORO_COMPARE(*calls, 3);
        }(m_cache));
    }

    void dualBloomFilter()
    {
        CASHEWS_RUN([](std::shared_ptr<Cache> cache) -> QCoro::Task<> {
            auto calls = std::make_shared<int>(0);
            auto isAdmin = dualBloom(*cache, {.key = QStringLiteral("admin:{user}"), .capacity = 100}, [calls](QString user) {
                return [](std::shared_ptr<int> c, QString u) -> QCoro::Task<bool> {
                    ++*c;
                    co_return u == QLatin1String("ann");
                }(calls, user);
            }, {QStringLiteral("user")});
            const QString ann = QStringLiteral("ann");
            const QString bob = QStringLiteral("bob");
            CORO_VERIFY(co_await isAdmin(ann));
            CORO_VERIFY(!(co_await isAdmin(bob)));
            CORO_COMPARE(*calls, 2);
            CORO_VERIFY(co_await isAdmin(ann)); // answered by the true filter
            CORO_VERIFY(!(co_await isAdmin(bob))); // answered by the false filter
            CORO_COMPARE(*calls, 2);
            CORO_VERIFY(co_await cache->exists(QStringLiteral("dual_bloom:admin:{user}:true")));
            CORO_VERIFY(co_await cache->exists(QStringLiteral("dual_bloom:admin:{user}:false")));
        }(m_cache));
    }

    void fullyDisabledCallsThrough()
    {
        CASHEWS_RUN([](std::shared_ptr<Cache> cache) -> QCoro::Task<> {
            auto probe = std::make_shared<Probe>();
            auto get = cached(*cache, {.ttl = 60, .key = QStringLiteral("off:{id}")}, probeFunction(probe), {QStringLiteral("id")});
            cache->disable();
            co_await get(1);
            co_await get(1);
            CORO_COMPARE(probe->calls, 2);
            cache->enable();
        }(m_cache));
    }
};

QTEST_GUILESS_MAIN(StrategiesTest)
#include "tst_strategies.moc"
