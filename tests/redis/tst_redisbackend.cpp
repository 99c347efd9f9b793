// Redis-specific behaviour on the fixture server: the protocol reader, options, pipelining,
// error handling (suppress on/off), database selection and client-side caching.
#include "corotest.h"
#include "redisserver.h"

#include "backends/redis/redisconnection.h"
#include "backends/redis/redispool.h"
#include "backends/redis/redisreader.h"

#include <cashews/cache.h>
#include <cashews/errors.h>
#include <cashews/settings.h>

#include <QFile>
#include <QUuid>

using namespace cashews;

namespace {

BackendPtr makeBackend(const QString &url)
{
    Cache cache;
    return cache.setup(url);
}

RedisOptions optionsFor(const QString &url)
{
    Settings settings = Settings::parse(url);
    return RedisOptions::fromSettings(settings);
}

} // namespace

class RedisBackendTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void readerParsesSplitReplies();
    void readerRejectsGarbage();
    void readerBoundsAnnouncedArrays();
    void badOptions_data();
    void badOptions();
    void concurrentCommandsShareOneConnection();
    void poolGrowsUpToMaxConnections();
    void aclUserAndClientName();
    void largeValuesRoundTrip();
    void serverErrorsSuppressedOrRaised();
    void handshakeFailureIsReported();
    void failedSelectWritesNothing();
    void databasesAreSeparate();
    void clientSideServesLocalCopies();
    void clientSideSeesForeignWrites();
    void clientSideKeyLayout();

private:
    QString m_url;
};

void RedisBackendTest::initTestCase()
{
    m_url = test::RedisServer::fixtureUrl();
    if (m_url.isEmpty())
        QSKIP("CASHEWS_REDIS_URL_FILE names no fixture URL (run through ctest)");
}

void RedisBackendTest::readerParsesSplitReplies()
{
    RedisReader reader;
    const QByteArray wire("*3\r\n$3\r\nfoo\r\n:-42\r\n*2\r\n$-1\r\n+OK\r\n-ERR bad\r\n");
    // One byte at a time: nothing may come out before a reply is complete.
    std::vector<RedisReply> replies;
    for (char byte : wire) {
        reader.feed(&byte, 1);
        while (auto reply = reader.next())
            replies.push_back(std::move(*reply));
    }
    QCOMPARE(replies.size(), size_t(2));
    const RedisReply &array = replies.at(0);
    QCOMPARE(array.type, RedisReply::Type::Array);
    QCOMPARE(array.elements.size(), qsizetype(3));
    QCOMPARE(array.elements.at(0).string, QByteArray("foo"));
    QCOMPARE(array.elements.at(1).integer, qint64(-42));
    QCOMPARE(array.elements.at(2).elements.size(), qsizetype(2));
    QVERIFY(array.elements.at(2).elements.at(0).isNil());
    QCOMPARE(array.elements.at(2).elements.at(1).type, RedisReply::Type::Status);
    QVERIFY(replies.at(1).isError());
    QCOMPARE(replies.at(1).string, QByteArray("ERR bad"));
}

void RedisBackendTest::readerRejectsGarbage()
{
    RedisReader reader;
    const QByteArray wire("?what\r\n");
    reader.feed(wire.constData(), wire.size());
    QVERIFY_THROWS_EXCEPTION(CacheBackendInteractionError, reader.next());
}

void RedisBackendTest::readerBoundsAnnouncedArrays()
{
    // Found by fuzz_resp (tests/fuzz/crashers/fuzz_resp): the reader sized an array by the count
    // the peer announced, so 13 bytes asked for ~100 GB. Now memory follows the elements received.
    RedisReader reader;
    const QByteArray wire("*2147483647\r\n:1\r\n$2\r\nab\r\n");
    reader.feed(wire.constData(), wire.size());
    QVERIFY(!reader.next());
    const QByteArray rest("*0\r\n");
    reader.feed(rest.constData(), rest.size());
    QVERIFY(!reader.next());
}

void RedisBackendTest::badOptions_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("named");
    QTest::newRow("unknown option") << QStringLiteral("redis://127.0.0.1/?sockettimeout=1") << QStringLiteral("sockettimeout");
    QTest::newRow("db path") << QStringLiteral("redis://127.0.0.1/abc") << QStringLiteral("abc");
    QTest::newRow("cert reqs") << QStringLiteral("rediss://127.0.0.1/?ssl_cert_reqs=maybe") << QStringLiteral("maybe");
    QTest::newRow("ssl without tls") << QStringLiteral("redis://127.0.0.1/?ssl_ca_certs=/x") << QStringLiteral("rediss");
    QTest::newRow("timeout") << QStringLiteral("redis://127.0.0.1/?socket_timeout=soon") << QStringLiteral("socket_timeout");
    QTest::newRow("unix without path") << QStringLiteral("unix://") << QStringLiteral("socket path");
}

void RedisBackendTest::badOptions()
{
    QFETCH(QString, url);
    QFETCH(QString, named);
    try {
        makeBackend(url);
        QFAIL("setup accepted a bad url");
    } catch (const SettingsError &error) {
        QVERIFY2(error.message().contains(named), qPrintable(error.message()));
    }
}

void RedisBackendTest::concurrentCommandsShareOneConnection()
{
    CASHEWS_RUN([](QString url) -> QCoro::Task<> {
        RedisPool pool(optionsFor(url + QStringLiteral("/3")));
        // 100 coroutines at once: all are pipelined on the first connection.
        std::vector<QCoro::Task<RedisReply>> sets;
        for (int i = 0; i < 100; ++i) {
            QList<QByteArray> args{"SET", "pipe:" + QByteArray::number(i), QByteArray::number(i * 7)};
            sets.push_back(pool.execute(args));
        }
        for (auto &task : sets)
            CORO_COMPARE((co_await task).string, QByteArray("OK"));
        std::vector<QCoro::Task<RedisReply>> gets;
        for (int i = 0; i < 100; ++i) {
            QList<QByteArray> args{"GET", "pipe:" + QByteArray::number(i)};
            gets.push_back(pool.execute(args));
        }
        for (int i = 0; i < 100; ++i)
            CORO_COMPARE((co_await gets[size_t(i)]).string, QByteArray::number(i * 7));
        CORO_COMPARE(pool.connectionCount(), qsizetype(1));
    }(m_url));
}

void RedisBackendTest::poolGrowsUpToMaxConnections()
{
    CASHEWS_RUN([](QString url) -> QCoro::Task<> {
        RedisPool pool(optionsFor(url + QStringLiteral("/3?max_connections=2")));
        // Far more outstanding commands than one connection takes before the pool grows.
        std::vector<QCoro::Task<RedisReply>> pings;
        for (int i = 0; i < 400; ++i) {
            QList<QByteArray> args{"ECHO", QByteArray::number(i)};
            pings.push_back(pool.execute(args));
        }
        for (int i = 0; i < 400; ++i)
            CORO_COMPARE((co_await pings[size_t(i)]).string, QByteArray::number(i));
        CORO_COMPARE(pool.connectionCount(), qsizetype(2));
    }(m_url));
}

void RedisBackendTest::aclUserAndClientName()
{
    CASHEWS_RUN([](QString url) -> QCoro::Task<> {
        RedisPool admin(optionsFor(url));
        QList<QByteArray> create{"ACL", "SETUSER", "cashews-test", "on", ">s3cret", "~*", "&*", "+@all"};
        CORO_COMPARE((co_await admin.execute(create)).string, QByteArray("OK"));
        const QString userUrl = url.replace(QStringLiteral("redis://"), QStringLiteral("redis://cashews-test:s3cret@"));
        RedisPool pool(optionsFor(userUrl + QStringLiteral("/3?client_name=bench-7")));
        QList<QByteArray> whoami{"ACL", "WHOAMI"};
        CORO_COMPARE((co_await pool.execute(whoami)).string, QByteArray("cashews-test"));
        QList<QByteArray> name{"CLIENT", "GETNAME"};
        CORO_COMPARE((co_await pool.execute(name)).string, QByteArray("bench-7"));
        QList<QByteArray> drop{"ACL", "DELUSER", "cashews-test"};
        co_await admin.execute(drop);
    }(m_url));
}

void RedisBackendTest::largeValuesRoundTrip()
{
    CASHEWS_RUN([](QString url) -> QCoro::Task<> {
        BackendPtr backend = makeBackend(url + QStringLiteral("/3"));
        co_await backend->init();
        QByteArray big(3 * 1024 * 1024, '\0');
        for (qsizetype i = 0; i < big.size(); ++i)
            big[i] = char(i * 131 % 251);
        CORO_VERIFY(co_await backend->set(QStringLiteral("big"), QVariant(big), 60, Exist::Always));
        const QVariant got = co_await backend->get(QStringLiteral("big"));
        CORO_COMPARE(got.toByteArray(), big);
        co_await backend->close();
    }(m_url));
}

void RedisBackendTest::serverErrorsSuppressedOrRaised()
{
    CASHEWS_RUN([](QString url) -> QCoro::Task<> {
        BackendPtr quiet = makeBackend(url + QStringLiteral("/3"));
        BackendPtr loud = makeBackend(url + QStringLiteral("/3?suppress=false"));
        const QStringList members{QStringLiteral("m")};
        co_await quiet->remove(QStringLiteral("aset"));
        CORO_COMPARE(co_await quiet->setAdd(QStringLiteral("aset"), members, Ttl()), qint64(1));
        // GET on a set: WRONGTYPE. Suppressed: a miss; otherwise the server's message.
        const QVariant miss = co_await quiet->get(QStringLiteral("aset"));
        CORO_VERIFY(!miss.isValid());
        CORO_COMPARE(co_await quiet->getExpireMs(QStringLiteral("aset")), qint64(-1));
        QString message;
        try {
            co_await loud->get(QStringLiteral("aset"));
        } catch (const CacheBackendInteractionError &error) {
            message = error.message();
        }
        CORO_VERIFY2(message.contains(QStringLiteral("WRONGTYPE")), qPrintable(message));
        co_await quiet->close();
        co_await loud->close();
    }(m_url));
}

void RedisBackendTest::handshakeFailureIsReported()
{
    CASHEWS_RUN([](QString url) -> QCoro::Task<> {
        // The fixture server has no password: AUTH fails during the pipelined handshake.
        BackendPtr backend = makeBackend(url + QStringLiteral("/3?password=nope&suppress=false"));
        QString message;
        try {
            co_await backend->ping(QByteArray());
        } catch (const CacheBackendInteractionError &error) {
            message = error.message();
        }
        CORO_VERIFY2(message.contains(QStringLiteral("connection setup failed")) && message.contains(QStringLiteral("AUTH")),
                     qPrintable(message));
        // With suppress a get is a miss, but ping still raises.
        BackendPtr quiet = makeBackend(url + QStringLiteral("/3?password=nope"));
        CORO_VERIFY(!(co_await quiet->get(QStringLiteral("k"))).isValid());
        CORO_VERIFY_THROWS(quiet->ping(QByteArray()), CacheBackendInteractionError);
    }(m_url));
}

void RedisBackendTest::failedSelectWritesNothing()
{
    CASHEWS_RUN([](QString url) -> QCoro::Task<> {
        // Database 9999 does not exist: SELECT fails, and the SET issued meanwhile must not
        // run on database 0 instead.
        BackendPtr wrong = makeBackend(url + QStringLiteral("/9999?suppress=false"));
        BackendPtr zero = makeBackend(url + QStringLiteral("/0"));
        co_await zero->remove(QStringLiteral("select-guard"));
        QString message;
        try {
            co_await wrong->set(QStringLiteral("select-guard"), 1, Ttl(), Exist::Always);
        } catch (const CacheBackendInteractionError &error) {
            message = error.message();
        }
        CORO_VERIFY2(message.contains(QStringLiteral("out of range")), qPrintable(message));
        CORO_VERIFY(!(co_await zero->exists(QStringLiteral("select-guard"))));
    }(m_url));
}

void RedisBackendTest::databasesAreSeparate()
{
    CASHEWS_RUN([](QString url) -> QCoro::Task<> {
        BackendPtr three = makeBackend(url + QStringLiteral("/3"));
        BackendPtr four = makeBackend(url + QStringLiteral("?db=4"));
        co_await four->clear();
        co_await three->set(QStringLiteral("where"), QStringLiteral("three"), Ttl(), Exist::Always);
        CORO_VERIFY(!(co_await four->exists(QStringLiteral("where"))));
        CORO_COMPARE(co_await four->getKeysCount(), qint64(0));
        CORO_COMPARE((co_await three->get(QStringLiteral("where"))).toString(), QStringLiteral("three"));
    }(m_url));
}

void RedisBackendTest::clientSideServesLocalCopies()
{
    CASHEWS_RUN([](QString url) -> QCoro::Task<> {
        BackendPtr backend = makeBackend(url + QStringLiteral("/5?client_side=true"));
        co_await backend->init();
        // A fresh key: no invalidation of it can arrive while we read it (a copy fetched while
        // its key is invalidated is not kept; other keys' invalidations do not matter).
        const QString key = QStringLiteral("cs:") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        QVariant local;
        CORO_VERIFY(!backend->tryGetNow(key, local));
        // A read from Redis is kept, misses included.
        CORO_VERIFY(!(co_await backend->get(key)).isValid());
        CORO_VERIFY(backend->tryGetNow(key, local));
        CORO_VERIFY(!local.isValid());
        // Our own write survives the invalidation Redis sends for it.
        co_await backend->set(key, QStringLiteral("mine"), Ttl(), Exist::Always);
        co_await backend->ping(QByteArray());
        co_await test::sleepMs(20);
        CORO_VERIFY(backend->tryGetNow(key, local));
        CORO_COMPARE(local.toString(), QStringLiteral("mine"));
        co_await backend->close();
    }(m_url));
}

void RedisBackendTest::clientSideSeesForeignWrites()
{
    CASHEWS_RUN([](QString url) -> QCoro::Task<> {
        BackendPtr tracked = makeBackend(url + QStringLiteral("/5?client_side=true"));
        BackendPtr other = makeBackend(url + QStringLiteral("/5?client_side=true"));
        co_await tracked->init();
        co_await other->init();
        co_await tracked->set(QStringLiteral("shared"), QStringLiteral("v1"), Ttl(), Exist::Always);
        CORO_COMPARE((co_await tracked->get(QStringLiteral("shared"))).toString(), QStringLiteral("v1"));
        co_await other->set(QStringLiteral("shared"), QStringLiteral("v2"), Ttl(), Exist::Always);
        // The invalidation travels on the listener connection; wait for it (bounded).
        QVariant local;
        for (int i = 0; i < 50 && tracked->tryGetNow(QStringLiteral("shared"), local); ++i)
            co_await test::sleepMs(10);
        CORO_VERIFY(!tracked->tryGetNow(QStringLiteral("shared"), local));
        CORO_COMPARE((co_await tracked->get(QStringLiteral("shared"))).toString(), QStringLiteral("v2"));
        co_await tracked->close();
        co_await other->close();
    }(m_url));
}

void RedisBackendTest::clientSideKeyLayout()
{
    CASHEWS_RUN([](QString url) -> QCoro::Task<> {
        BackendPtr tracked = makeBackend(url + QStringLiteral("/6?client_side=true&client_side_prefix=cs1:"));
        BackendPtr plain = makeBackend(url + QStringLiteral("/6"));
        co_await tracked->init();
        co_await plain->clear();
        co_await tracked->set(QStringLiteral("k"), qint64(12), Ttl(), Exist::Always);
        // Values live under the prefix (ints as digits); sets are not prefixed (cashews' layout).
        CORO_COMPARE((co_await plain->getRaw(QStringLiteral("cs1:k"))).toByteArray(), QByteArray("12"));
        const QStringList members{QStringLiteral("a")};
        co_await tracked->setAdd(QStringLiteral("_tag:x"), members, Ttl());
        CORO_COMPARE(co_await plain->setMembers(QStringLiteral("_tag:x")), members);
        QStringList keys;
        auto gen = tracked->scan(QStringLiteral("*"), 10);
        QCORO_FOREACH(const QStringList &batch, gen) {
            keys += batch;
        }
        CORO_COMPARE(keys, QStringList{QStringLiteral("k")});
        co_await tracked->close();
    }(m_url));
}

QTEST_GUILESS_MAIN(RedisBackendTest)
#include "tst_redisbackend.moc"
