// Cache::callback / CallbackScope (cashews' cache.callback) on the backend of CASHEWS_TEST_URL.
#include "corotest.h"
#include "backendurl.h"

#include <cashews/cache.h>
#include <cashews/middlewares.h>

#include <stdexcept>

using namespace cashews;

using CachePtr = std::shared_ptr<Cache>;

namespace {

// What the callbacks saw: "<command> <key> <result>" per call.
using Seen = std::shared_ptr<QStringList>;

CommandCallback recorder(Seen seen)
{
    return [seen](Command command, const QString &key, const QVariant &result) {
        seen->append(QStringLiteral("%1 %2 %3").arg(commandName(command), key, result.toString()));
    };
}

} // namespace

class CallbackScopeTest : public QObject
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
        m_cache->setup(m_url);
        CASHEWS_RUN([](CachePtr cache) -> QCoro::Task<> { co_await cache->clear(); }(m_cache));
    }

    void cleanup()
    {
        CASHEWS_RUN([](CachePtr cache) -> QCoro::Task<> {
            co_await cache->clear();
            co_await cache->close();
        }(m_cache));
        m_cache.reset();
    }

    void reportsTheChosenCommandsInScope()
    {
        CASHEWS_RUN([](CachePtr cache) -> QCoro::Task<> {
            auto seen = std::make_shared<QStringList>();
            {
                auto scope = cache->callback(recorder(seen), {Command::Set});
                co_await cache->set(QStringLiteral("k"), 1, 60);
                // Measured in cashews: a GET in the same block is not reported.
                co_await cache->get(QStringLiteral("k"));
                const QStringList setK{QStringLiteral("set k true")};
                CORO_COMPARE(*seen, setK);
            }
            co_await cache->set(QStringLiteral("after"), 1, 60);
            CORO_COMPARE(seen->size(), qsizetype(1));
        }(m_cache));
    }

    void everyCommandWithAKeyAndAResult()
    {
        CASHEWS_RUN([](CachePtr cache) -> QCoro::Task<> {
            auto seen = std::make_shared<QStringList>();
            auto scope = cache->callback(recorder(seen), {});
            co_await cache->set(QStringLiteral("a"), QStringLiteral("va"), 60);
            co_await cache->get(QStringLiteral("a"));
            co_await cache->get(QStringLiteral("missing")); // a miss has no result: not reported
            co_await cache->incr(QStringLiteral("n"), 5);
            // Commands without a key argument (cashews passes delete_many's keys by position).
            const QStringList keys{QStringLiteral("a")};
            co_await cache->getMany(keys);
            co_await cache->set(QStringLiteral("b1"), 1, 60);
            co_await cache->removeMatch(QStringLiteral("b*"));
            co_await cache->remove(QStringLiteral("n"));
            const QStringList expected{QStringLiteral("set a true"), QStringLiteral("get a va"), QStringLiteral("incr n 5"),
                                       QStringLiteral("set b1 true"), QStringLiteral("delete_match b* 1"),
                                       QStringLiteral("delete n true")};
            CORO_COMPARE(*seen, expected);
        }(m_cache));
    }

    void seesTheKeyTheMiddlewaresPassOn()
    {
        CASHEWS_RUN([](CachePtr cache) -> QCoro::Task<> {
            cache->addMiddleware(addPrefix(QStringLiteral("pre:")));
            auto seen = std::make_shared<QStringList>();
            auto scope = cache->callback(recorder(seen), {Command::Set});
            co_await cache->set(QStringLiteral("k"), 1, 60);
            const QStringList setPreK{QStringLiteral("set pre:k true")};
            CORO_COMPARE(*seen, setPreK);
        }(m_cache));
    }

    void nestedScopesBothReport()
    {
        CASHEWS_RUN([](CachePtr cache) -> QCoro::Task<> {
            auto outer = std::make_shared<QStringList>();
            auto inner = std::make_shared<QStringList>();
            auto outerScope = cache->callback(recorder(outer), {Command::Set});
            {
                auto innerScope = cache->callback(recorder(inner), {Command::Set, Command::Delete});
                co_await cache->set(QStringLiteral("k"), 1, 60);
                co_await cache->remove(QStringLiteral("k"));
            }
            co_await cache->set(QStringLiteral("k2"), 1, 60);
            const QStringList outerSeen{QStringLiteral("set k true"), QStringLiteral("set k2 true")};
            const QStringList innerSeen{QStringLiteral("set k true"), QStringLiteral("delete k true")};
            CORO_COMPARE(*outer, outerSeen);
            CORO_COMPARE(*inner, innerSeen);
        }(m_cache));
    }

    void aThrowingCallbackFailsTheCommand()
    {
        CASHEWS_RUN([](CachePtr cache) -> QCoro::Task<> {
            auto scope = cache->callback([](Command, const QString &, const QVariant &) { throw std::runtime_error("callback broke"); },
                                         {Command::Set});
            CORO_VERIFY_THROWS(cache->set(QStringLiteral("k"), 1, 60), std::runtime_error);
            // The write happened before the callback ran.
            CORO_VERIFY(co_await cache->exists(QStringLiteral("k")));
        }(m_cache));
    }

    void scopeMayOutliveTheCache()
    {
        auto seen = std::make_shared<QStringList>();
        auto cache = std::make_unique<Cache>();
        cache->setup(QStringLiteral("mem://"));
        auto scope = cache->callback(recorder(seen), {});
        cache.reset();
        QVERIFY(seen->isEmpty());
    }

private:
    QString m_url;
    CachePtr m_cache;
};

QTEST_GUILESS_MAIN(CallbackScopeTest)
#include "tst_callbackscope.moc"
