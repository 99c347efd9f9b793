// Fault handling against a private redis-server that the tests stop, freeze and restart:
// suppress on and off, recovery of the same backend, command timeouts, unix sockets.
#include "corotest.h"
#include "redisserver.h"

#include "backends/redis/redispool.h"
#include "backends/redis/redistimeouterror.h"

#include <cashews/cache.h>
#include <cashews/clock.h>
#include <cashews/errors.h>
#include <cashews/settings.h>

#include <QDateTime>
#include <QRegularExpression>
#include <QScopeGuard>

#include <signal.h>

using namespace cashews;

namespace {

BackendPtr makeBackend(const QString &url)
{
    Cache cache;
    return cache.setup(url);
}


// INFO's total_connections_received: how many connections the server has accepted.
QCoro::Task<qint64> acceptedConnections(RedisPool *admin)
{
    const auto args = QList<QByteArray>{"INFO", "stats"};
    const RedisReply info = co_await admin->execute(args);
    for (const QByteArray &line : info.string.split('\n')) {
        if (line.startsWith("total_connections_received:"))
            co_return line.mid(line.indexOf(':') + 1).trimmed().toLongLong();
    }
    co_return -1;
}

} // namespace

class RedisFaultsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void serverDownWithSuppress();
    void serverDownWithoutSuppress();
    void commandTimeout();
    void retryOnTimeoutUsesANewConnection();
    void clientSideListenerRestarts();
    void unixSocket();

private:
    // Moves the library clock a minute ahead, past any reconnection back-off, without sleeping.
    void skipBackoff();

    test::RedisServer m_server;
    qint64 m_clockShiftMs = 0;
};

void RedisFaultsTest::skipBackoff()
{
    m_clockShiftMs += 60000;
    const qint64 shift = m_clockShiftMs;
    setClock([shift] { return QDateTime::currentMSecsSinceEpoch() + shift; });
}

void RedisFaultsTest::initTestCase()
{
    m_server.setArguments(QStringList{QStringLiteral("--unixsocket"), m_server.directory() + QStringLiteral("/redis.sock"),
                                      QStringLiteral("--unixsocketperm"), QStringLiteral("700")});
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void RedisFaultsTest::cleanupTestCase()
{
    setClock({});
    m_server.stop();
}

void RedisFaultsTest::init()
{
    if (!m_server.isRunning())
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void RedisFaultsTest::serverDownWithSuppress()
{
    BackendPtr client = makeBackend(m_server.url() + QStringLiteral("/0?socket_timeout=0.5"));
    CASHEWS_RUN([](BackendPtr backend) -> QCoro::Task<> {
        co_await backend->init();
        CORO_VERIFY(co_await backend->set(QStringLiteral("k"), QStringLiteral("v"), Ttl(), Exist::Always));
        CORO_COMPARE((co_await backend->get(QStringLiteral("k"))).toString(), QStringLiteral("v"));
    }(client));
    m_server.stop();
    CASHEWS_RUN([](BackendPtr backend) -> QCoro::Task<> {
        // cashews' neutral values with suppress=true; ping still raises.
        CORO_VERIFY(!(co_await backend->get(QStringLiteral("k"))).isValid());
        CORO_VERIFY(!(co_await backend->set(QStringLiteral("k"), QStringLiteral("w"), Ttl(), Exist::Always)));
        CORO_VERIFY(!(co_await backend->exists(QStringLiteral("k"))));
        CORO_COMPARE(co_await backend->getExpireMs(QStringLiteral("k")), qint64(0));
        CORO_COMPARE(co_await backend->incr(QStringLiteral("n"), 1, Ttl()), std::optional<qint64>());
        const QStringList keys{QStringLiteral("a"), QStringLiteral("b")};
        CORO_COMPARE((co_await backend->getMany(keys)).size(), qsizetype(2));
        CORO_COMPARE(co_await backend->getKeysCount(), qint64(0));
        int batches = 0;
        auto gen = backend->scan(QStringLiteral("*"), 10);
        QCORO_FOREACH(const QStringList &batch, gen) {
            batches += batch.isEmpty() ? 0 : 1;
        }
        CORO_COMPARE(batches, 0);
        CORO_VERIFY_THROWS(backend->ping(QByteArray()), CacheBackendInteractionError);
    }(client));
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    skipBackoff();
    CASHEWS_RUN([](BackendPtr backend) -> QCoro::Task<> {
        // The same backend reconnects; the restarted server is empty.
        CORO_COMPARE(co_await backend->ping(QByteArray()), QByteArray("PONG"));
        CORO_VERIFY(!(co_await backend->get(QStringLiteral("k"))).isValid());
        CORO_VERIFY(co_await backend->set(QStringLiteral("k"), QStringLiteral("again"), Ttl(), Exist::Always));
        CORO_COMPARE((co_await backend->get(QStringLiteral("k"))).toString(), QStringLiteral("again"));
        co_await backend->close();
    }(client));
}

void RedisFaultsTest::serverDownWithoutSuppress()
{
    BackendPtr client = makeBackend(m_server.url() + QStringLiteral("/0?suppress=false&socket_timeout=0.5"));
    CASHEWS_RUN([](BackendPtr backend) -> QCoro::Task<> {
        CORO_VERIFY(co_await backend->set(QStringLiteral("k"), 1, Ttl(), Exist::Always));
    }(client));
    m_server.stop();
    CASHEWS_RUN([](BackendPtr backend) -> QCoro::Task<> {
        // The first failures name the server (the old connection drops, then a new one is
        // refused); after that the back-off answers at once and says so.
        QStringList messages;
        for (int attempt = 0; attempt < 3; ++attempt) {
            try {
                co_await backend->get(QStringLiteral("k"));
            } catch (const CacheBackendInteractionError &error) {
                messages.append(error.message());
            }
        }
        CORO_COMPARE(messages.size(), qsizetype(3));
        for (const QString &message : std::as_const(messages))
            CORO_VERIFY2(message.contains(QStringLiteral("127.0.0.1")), qPrintable(message));
        CORO_VERIFY2(messages.last().contains(QStringLiteral("next connection attempt")), qPrintable(messages.last()));
    }(client));
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    skipBackoff();
    CASHEWS_RUN([](BackendPtr backend) -> QCoro::Task<> {
        CORO_VERIFY(co_await backend->set(QStringLiteral("k"), 3, Ttl(), Exist::Always));
        CORO_COMPARE((co_await backend->get(QStringLiteral("k"))).toLongLong(), qint64(3));
        co_await backend->close();
    }(client));
}

void RedisFaultsTest::commandTimeout()
{
    BackendPtr client = makeBackend(m_server.url() + QStringLiteral("/0?suppress=false&socket_timeout=0.2"));
    CASHEWS_RUN([](BackendPtr backend) -> QCoro::Task<> {
        CORO_VERIFY(co_await backend->set(QStringLiteral("t"), 1, Ttl(), Exist::Always));
    }(client));
    // A frozen server accepts bytes but never answers.
    const qint64 pid = m_server.processId();
    QVERIFY(pid > 0);
    ::kill(pid_t(pid), SIGSTOP);
    auto thaw = qScopeGuard([pid] { ::kill(pid_t(pid), SIGCONT); });
    bool timedOut = false;
    CASHEWS_RUN([](BackendPtr backend, bool *sawTimeout) -> QCoro::Task<> {
        try {
            co_await backend->get(QStringLiteral("t"));
        } catch (const RedisTimeoutError &error) {
            *sawTimeout = QString::fromUtf8(error.what()).contains(QStringLiteral("200 ms"));
        }
    }(client, &timedOut));
    thaw.dismiss();
    ::kill(pid_t(pid), SIGCONT);
    QVERIFY(timedOut);
    CASHEWS_RUN([](BackendPtr backend) -> QCoro::Task<> {
        // A timed-out connection is dropped (its reply stream is out of step); a new one works.
        CORO_COMPARE((co_await backend->get(QStringLiteral("t"))).toLongLong(), qint64(1));
        co_await backend->close();
    }(client));
}

void RedisFaultsTest::clientSideListenerRestarts()
{
    BackendPtr client = makeBackend(m_server.url() + QStringLiteral("/0?client_side=true&socket_timeout=0.5"));
    CASHEWS_RUN([](BackendPtr backend) -> QCoro::Task<> {
        co_await backend->init();
        co_await backend->set(QStringLiteral("cs"), QStringLiteral("v1"), Ttl(), Exist::Always);
        QVariant local;
        CORO_VERIFY(backend->tryGetNow(QStringLiteral("cs"), local));
    }(client));
    m_server.stop();
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    skipBackoff();
    CASHEWS_RUN([](BackendPtr backend) -> QCoro::Task<> {
        // The listener dropped with the server: the local copy is gone (the restarted server
        // is empty, so serving it would be wrong) and reads go to Redis meanwhile.
        QVariant local;
        for (int i = 0; i < 50 && backend->tryGetNow(QStringLiteral("cs"), local); ++i)
            co_await test::sleepMs(10);
        CORO_VERIFY(!backend->tryGetNow(QStringLiteral("cs"), local));
        CORO_VERIFY(!(co_await backend->get(QStringLiteral("cs"))).isValid());
        CORO_VERIFY(co_await backend->set(QStringLiteral("cs"), QStringLiteral("v2"), Ttl(), Exist::Always));
        // The listener comes back by itself (first retry after 100 ms) and local copies return.
        bool cached = false;
        for (int i = 0; i < 60 && !cached; ++i) {
            co_await test::sleepMs(20);
            co_await backend->get(QStringLiteral("cs"));
            cached = backend->tryGetNow(QStringLiteral("cs"), local);
        }
        CORO_VERIFY(cached);
        CORO_COMPARE(local.toString(), QStringLiteral("v2"));
        co_await backend->close();
    }(client));
}

void RedisFaultsTest::retryOnTimeoutUsesANewConnection()
{
    Settings settings = Settings::parse(m_server.url());
    RedisPool observer(RedisOptions::fromSettings(settings));
    BackendPtr client = makeBackend(m_server.url() + QStringLiteral("/0?suppress=false&socket_timeout=0.2&retry_on_timeout=true"));
    qint64 before = 0;
    CASHEWS_RUN([](BackendPtr backend, RedisPool *admin, qint64 *accepted) -> QCoro::Task<> {
        CORO_VERIFY(co_await backend->set(QStringLiteral("r"), 1, Ttl(), Exist::Always));
        *accepted = co_await acceptedConnections(admin);
    }(client, &observer, &before));
    const qint64 pid = m_server.processId();
    ::kill(pid_t(pid), SIGSTOP);
    auto thaw = qScopeGuard([pid] { ::kill(pid_t(pid), SIGCONT); });
    bool timedOut = false;
    QTest::ignoreMessage(QtDebugMsg, QRegularExpression(QStringLiteral("no reply within 200 ms.*retrying once")));
    CASHEWS_RUN([](BackendPtr backend, bool *sawTimeout) -> QCoro::Task<> {
        try {
            co_await backend->get(QStringLiteral("r"));
        } catch (const RedisTimeoutError &) {
            *sawTimeout = true;
        }
    }(client, &timedOut));
    thaw.dismiss();
    ::kill(pid_t(pid), SIGCONT);
    QVERIFY(timedOut);
    qint64 after = 0;
    CASHEWS_RUN([](RedisPool *admin, qint64 *accepted) -> QCoro::Task<> {
        // One round trip first: the thawed server may answer it before accepting the queue.
        const auto ping = QList<QByteArray>{"PING"};
        co_await admin->execute(ping);
        *accepted = co_await acceptedConnections(admin);
    }(&observer, &after));
    // The frozen server's kernel queued exactly one more connection: the retry's.
    QVERIFY(before > 0);
    QCOMPARE(after - before, qint64(1));
}

void RedisFaultsTest::unixSocket()
{
    const QString socketUrl = QStringLiteral("unix://%1/redis.sock?db=2").arg(m_server.directory());
    CASHEWS_RUN([](QString url) -> QCoro::Task<> {
        BackendPtr backend = makeBackend(url);
        CORO_VERIFY(co_await backend->set(QStringLiteral("u"), QStringLiteral("sock"), 10, Exist::Always));
        CORO_COMPARE((co_await backend->get(QStringLiteral("u"))).toString(), QStringLiteral("sock"));
        const qint64 ttl = co_await backend->getExpireMs(QStringLiteral("u"));
        CORO_VERIFY(ttl > 0 && ttl <= 10000);
        co_await backend->close();
    }(socketUrl));
}

QTEST_GUILESS_MAIN(RedisFaultsTest)
#include "tst_redisfaults.moc"
