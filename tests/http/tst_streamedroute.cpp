// StreamedRoute over real HTTP: chunked bodies streamed as the handler yields them and
// replayed from the iterator strategy's chunks, on mem://, disk:// and (with the fixture) Redis.
#include "backendfixture.h"
#include "corotest.h"

#include <cashews/cache.h>
#include <cashews/http/streamedroute.h>

#include <QCoroNetworkReply>
#include <QCoroSignal>

#include <QHttpServer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>

#include <stdexcept>

using namespace cashews;
using namespace cashews::http;
using namespace cashews::test;

namespace {

struct Backing
{
    int calls = 0;
    QByteArrayList chunks{"a", "", "bb", "ccc"};
    int failAfter = -1; // throw after this many chunks (-1: never)
    int pauseMs = 20;
};
using BackingPtr = std::shared_ptr<Backing>;

QCoro::AsyncGenerator<QByteArray> produce(BackingPtr backing, Request)
{
    ++backing->calls;
    for (int n = 0; n < backing->chunks.size(); ++n) {
        if (n == backing->failAfter)
            throw std::runtime_error("stream broke");
        co_await sleepMs(backing->pauseMs);
        co_yield backing->chunks[n];
    }
}

struct Site
{
    QHttpServer server;
    QNetworkAccessManager client;
    BackingPtr backing = std::make_shared<Backing>();
    std::optional<StreamedRoute> route;
    quint16 port = 0;

    explicit Site(Cache &cache)
    {
        route.emplace(cache, StrategyOptions{.name = QStringLiteral("feed"), .ttl = 60},
                      Response(200, {}, {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/plain")},
                                         {QByteArrayLiteral("Content-Length"), QByteArrayLiteral("999")}}),
                      [backing = backing](Request request) { return produce(backing, std::move(request)); });
        route->addTo(server, QStringLiteral("/feed"));
        port = server.listen(QHostAddress::LocalHost, 0);
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/feed").arg(port)); }
    QString key() const { return route->keyFor(Request("GET", QUrl(QStringLiteral("/feed")))); }
};
using SitePtr = std::shared_ptr<Site>;

struct Reply
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QByteArray cacheControl;
    QByteArray age;
    QByteArray transferEncoding;
    QByteArray contentType;
};

QCoro::Task<Reply> get(SitePtr site, QByteArray name = QByteArray(), QByteArray value = QByteArray())
{
    QNetworkRequest request(site->url());
    if (!name.isEmpty())
        request.setRawHeader(name, value);
    QNetworkReply *reply = site->client.get(request);
    co_await qCoro(reply).waitForFinished();
    Reply answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.error = reply->error();
    answer.body = reply->readAll();
    answer.cacheControl = reply->rawHeader("Cache-Control");
    answer.age = reply->rawHeader("Age");
    answer.transferEncoding = reply->rawHeader("Transfer-Encoding");
    answer.contentType = reply->rawHeader("Content-Type");
    reply->deleteLater();
    co_return answer;
}

} // namespace

class StreamedRouteTest : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<Cache> m_cache;
    QTemporaryDir m_dir;
    bool m_redis = false;

    SitePtr site()
    {
        auto made = std::make_shared<Site>(*m_cache);
        if (made->port == 0)
            qFatal("QHttpServer could not listen on 127.0.0.1");
        return made;
    }

private Q_SLOTS:
    void initTestCase_data() { addBackendRows(m_dir.path(), 13); }

    void init()
    {
        QFETCH_GLOBAL(QString, url);
        if (url.isEmpty())
            QSKIP("CASHEWS_REDIS_URL_FILE names no redis URL");
        m_redis = url.startsWith(QLatin1String("redis"));
        m_cache = openBackend(url);
    }

    void cleanup() { closeBackend(m_cache); }

    // The first request streams the handler's chunks (chunked, the head's Content-Length
    // dropped); once complete, the next one replays them with Cache-Control and Age.
    void streamsThenReplays()
    {
        CASHEWS_RUN([](SitePtr site, std::shared_ptr<Cache> cache, bool redis) -> QCoro::Task<> {
            Reply first = co_await get(site);
            CORO_COMPARE(first.status, 200);
            CORO_COMPARE(first.body, QByteArrayLiteral("abbccc"));
            CORO_COMPARE(first.transferEncoding, QByteArrayLiteral("chunked"));
            CORO_COMPARE(first.contentType, QByteArrayLiteral("text/plain"));
            CORO_COMPARE(first.cacheControl, QByteArrayLiteral("no-cache"));
            const bool marked = co_await cache->exists(site->key());
            CORO_VERIFY(marked);

            if (redis)
                co_await sleepMs(1100);
            else
                advanceClock(5000);
            Reply second = co_await get(site);
            CORO_COMPARE(site->backing->calls, 1);
            CORO_COMPARE(second.body, first.body);
            CORO_COMPARE(second.transferEncoding, QByteArrayLiteral("chunked"));
            CORO_VERIFY2(second.cacheControl.startsWith("private, max-age="), second.cacheControl.constData());
            if (redis)
                CORO_VERIFY(second.age.toInt() >= 1);
            else
                CORO_COMPARE(second.age, QByteArrayLiteral("5"));
        }(site(), m_cache, m_redis));
    }

    // no-store streams from the handler every time and stores nothing; Clear-Site-Data
    // recomputes.
    void requestHeaders()
    {
        CASHEWS_RUN([](SitePtr site, std::shared_ptr<Cache> cache) -> QCoro::Task<> {
            co_await get(site, "Cache-Control", "no-store");
            Reply bypass = co_await get(site, "Cache-Control", "no-store");
            CORO_COMPARE(bypass.body, QByteArrayLiteral("abbccc"));
            CORO_COMPARE(site->backing->calls, 2);
            const bool marked = co_await cache->exists(site->key());
            CORO_VERIFY(!marked);

            co_await get(site);
            site->backing->chunks = {"new"};
            Reply cleared = co_await get(site, "Clear-Site-Data", "\"cache\"");
            CORO_COMPARE(cleared.body, QByteArrayLiteral("new"));
            Reply replay = co_await get(site);
            CORO_COMPARE(replay.body, QByteArrayLiteral("new"));
            CORO_COMPARE(site->backing->calls, 4);
        }(site(), m_cache));
    }

    // A handler failing before its first chunk answers 500; failing later cuts the connection
    // (the client sees an error), and the broken stream is not replayed.
    void failures()
    {
        CASHEWS_RUN([](SitePtr site) -> QCoro::Task<> {
            site->backing->failAfter = 0;
            Reply early = co_await get(site);
            CORO_COMPARE(early.status, 500);
            site->backing->failAfter = 2;
            Reply broken = co_await get(site);
            CORO_VERIFY(broken.error != QNetworkReply::NoError);
            site->backing->failAfter = -1;
            Reply fine = co_await get(site);
            CORO_COMPARE(fine.body, QByteArrayLiteral("abbccc"));
            CORO_COMPARE(site->backing->calls, 3);
        }(site()));
    }

    // A client that leaves in the middle of a stream: the server stops, stores no complete
    // stream, and answers the next client in full.
    void clientLeavesMidStream()
    {
        CASHEWS_RUN([](SitePtr site) -> QCoro::Task<> {
            site->backing->pauseMs = 150;
            QNetworkReply *reply = site->client.get(QNetworkRequest(site->url()));
            co_await qCoro(reply, &QNetworkReply::readyRead);
            reply->abort();
            reply->deleteLater();
            co_await sleepMs(600);
            site->backing->pauseMs = 0;
            Reply next = co_await get(site);
            CORO_COMPARE(next.body, QByteArrayLiteral("abbccc"));
            CORO_COMPARE(site->backing->calls, 2);
        }(site()));
    }
};

QTEST_GUILESS_MAIN(StreamedRouteTest)
#include "tst_streamedroute.moc"
