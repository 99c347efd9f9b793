// CachedRoute over real HTTP: a QHttpServer on 127.0.0.1 (a free port) answered through the
// cache, requests sent with QNetworkAccessManager. Every test runs on mem://, disk:// and, when
// CASHEWS_REDIS_URL_FILE names the redis fixture, on Redis.
#include "backendfixture.h"
#include "corotest.h"

#include <cashews/cache.h>
#include <cashews/http/cachecontrol.h>
#include <cashews/http/cachedroute.h>

#include <QCoroNetworkReply>

#include <QHttpServer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>

#include <stdexcept>

using namespace cashews;
using namespace cashews::http;
using namespace cashews::test;

namespace {

// What the handler answers and how often it ran.
struct Backing
{
    int calls = 0;
    QByteArray body = QByteArrayLiteral("v1");
    bool fail = false;
};
using BackingPtr = std::shared_ptr<Backing>;

QCoro::Task<Response> produce(BackingPtr backing, Request request)
{
    ++backing->calls;
    if (backing->fail)
        throw std::runtime_error("handler failed");
    co_return Response(201, backing->body + ' ' + request.target().toUtf8() + ' ' + request.method(),
                       {{QByteArrayLiteral("X-Test"), QByteArrayLiteral("yes")},
                        {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/plain")}});
}

// A server with one cached route "/items" and a client.
struct Site
{
    QHttpServer server;
    QNetworkAccessManager client;
    BackingPtr backing = std::make_shared<Backing>();
    std::optional<CachedRoute> route;
    quint16 port = 0;

    Site(Cache &cache, TtlSpec ttl)
    {
        route.emplace(cache, cashews::cached, StrategyOptions{.name = QStringLiteral("items"), .ttl = std::move(ttl)},
                      [backing = backing](Request request) { return produce(backing, std::move(request)); });
        route->addTo(server, QStringLiteral("/items"));
        port = server.listen(QHostAddress::LocalHost, 0);
    }
    QUrl url(const QString &target) const { return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(target)); }
    QString key(const QString &target, QByteArray method = QByteArrayLiteral("GET")) const
    {
        return route->keyFor(Request(method, QUrl(target)));
    }
};
using SitePtr = std::shared_ptr<Site>;

struct Reply
{
    int status = 0;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    QByteArray header(QByteArrayView name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    // max-age of Cache-Control, -1 without.
    qint64 maxAge() const
    {
        const QByteArray control = header("cache-control");
        const qsizetype at = control.indexOf("max-age=");
        return at < 0 ? -1 : control.mid(at + 8).toLongLong();
    }
};

// Sends `method` for `target`, with the header `name` when one is given. (One header as two
// arguments: g++ 12 rejects braced lists in co_await operands.)
QCoro::Task<Reply> send(SitePtr site, QString target, QByteArray name = QByteArray(), QByteArray value = QByteArray(),
                        QByteArray method = QByteArrayLiteral("GET"))
{
    QNetworkRequest request(site->url(target));
    if (!name.isEmpty())
        request.setRawHeader(name, value);
    QNetworkReply *reply = site->client.sendCustomRequest(request, method);
    co_await qCoro(reply).waitForFinished();
    Reply answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    answer.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    co_return answer;
}

QByteArray unquoted(QByteArray etag)
{
    return etag.mid(1, etag.size() - 2);
}

} // namespace

class CachedRouteTest : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<Cache> m_cache;
    QTemporaryDir m_dir;
    bool m_redis = false;

    SitePtr site(TtlSpec ttl = 60)
    {
        auto made = std::make_shared<Site>(*m_cache, std::move(ttl));
        if (made->port == 0)
            qFatal("QHttpServer could not listen on 127.0.0.1");
        return made;
    }

private Q_SLOTS:
    void initTestCase_data() { addBackendRows(m_dir.path(), 12); }

    void init()
    {
        QFETCH_GLOBAL(QString, url);
        if (url.isEmpty())
            QSKIP("CASHEWS_REDIS_URL_FILE names no redis URL");
        m_redis = url.startsWith(QLatin1String("redis"));
        m_cache = openBackend(url);
    }

    void cleanup() { closeBackend(m_cache); }

    // A miss runs the handler and stores status, headers and body; the hit replays them.
    void missThenHit()
    {
        CASHEWS_RUN([](SitePtr site, std::shared_ptr<Cache> cache) -> QCoro::Task<> {
            Reply first = co_await send(site, QStringLiteral("/items?page=2"));
            CORO_COMPARE(first.status, 201);
            CORO_COMPARE(first.body, QByteArrayLiteral("v1 /items?page=2 GET"));
            CORO_COMPARE(first.header("x-test"), QByteArrayLiteral("yes"));
            CORO_COMPARE(first.header("cache-control"), QByteArrayLiteral("no-cache"));
            CORO_VERIFY(!first.header("etag").isEmpty());
            const bool stored = co_await cache->exists(site->key(QStringLiteral("/items?page=2")));
            CORO_VERIFY(stored);

            site->backing->body = "v2";
            Reply second = co_await send(site, QStringLiteral("/items?page=2"));
            CORO_COMPARE(site->backing->calls, 1);
            CORO_COMPARE(second.status, 201);
            CORO_COMPARE(second.body, first.body);
            CORO_COMPARE(second.header("x-test"), QByteArrayLiteral("yes"));
            CORO_COMPARE(second.header("content-type"), QByteArrayLiteral("text/plain"));
            CORO_COMPARE(second.header("etag"), first.header("etag"));
            CORO_COMPARE(second.maxAge(), 60);

            // Another query is another entry.
            Reply other = co_await send(site, QStringLiteral("/items?page=3"));
            CORO_COMPARE(other.body, QByteArrayLiteral("v2 /items?page=3 GET"));
            CORO_COMPARE(site->backing->calls, 2);
        }(site(), m_cache));
    }

    // Age is the time since the response was produced and max-age its whole lifetime, so that
    // max-age - Age is the TTL left (cashews sends the TTL left as both).
    void ageIsTimeSinceProduced()
    {
        CASHEWS_RUN([](SitePtr site, std::shared_ptr<Cache> cache, bool redis) -> QCoro::Task<> {
            co_await send(site, QStringLiteral("/items"));
            if (redis)
                co_await sleepMs(1100);
            else
                advanceClock(7000);
            Reply hit = co_await send(site, QStringLiteral("/items"));
            CORO_COMPARE(site->backing->calls, 1);
            CORO_COMPARE(hit.maxAge(), 60);
            const qint64 age = hit.header("age").toLongLong();
            if (redis)
                CORO_VERIFY2(age >= 1 && age < 60, hit.header("age").constData());
            else
                CORO_COMPARE(hit.header("age"), QByteArrayLiteral("7"));
            const qint64 left = co_await cache->getExpire(site->key(QStringLiteral("/items")));
            CORO_VERIFY2(qAbs(hit.maxAge() - age - left) <= 1, QByteArray::number(left).constData());
            CORO_COMPARE(hit.header("cache-control"), QByteArrayLiteral("private, max-age=60"));
        }(site(), m_cache, m_redis));
    }

    // If-None-Match with the current ETag: an empty 304 without running the handler; an ETag of
    // another resource is not a match.
    void ifNoneMatchGives304()
    {
        CASHEWS_RUN([](SitePtr site) -> QCoro::Task<> {
            Reply first = co_await send(site, QStringLiteral("/items"));
            const QByteArray etag = first.header("etag");
            CORO_COMPARE(etag.size(), 66);

            const QList<QByteArray> forms{etag, "W/" + etag, unquoted(etag), "\"0000\", " + etag};
            for (const QByteArray &form : forms) {
                Reply again = co_await send(site, QStringLiteral("/items"), "If-None-Match", form);
                CORO_COMPARE(again.status, 304);
                CORO_VERIFY(again.body.isEmpty());
                CORO_COMPARE(again.header("etag"), etag);
            }
            CORO_COMPARE(site->backing->calls, 1);

            Reply other = co_await send(site, QStringLiteral("/items?other=1"), "If-None-Match", etag);
            CORO_COMPARE(other.status, 201);
            CORO_COMPARE(site->backing->calls, 2);
        }(site()));
    }

    // cashews #283: an ETag record outlives the data it describes there. Here a deleted entry,
    // or one recomputed with another body, no longer answers 304 for the old ETag, and the old
    // record goes.
    void etagGoesWithItsData()
    {
        CASHEWS_RUN([](SitePtr site, std::shared_ptr<Cache> cache) -> QCoro::Task<> {
            Reply first = co_await send(site, QStringLiteral("/items"));
            const QByteArray etag1 = first.header("etag");
            const QString record1 = QStringLiteral("http:etag:") + QString::fromLatin1(unquoted(etag1));
            const bool recorded = co_await cache->exists(record1);
            CORO_VERIFY(recorded);

            // Invalidated and not recomputed: no 304, and the record is deleted.
            co_await cache->remove(site->key(QStringLiteral("/items")));
            site->backing->body = "v2";
            Reply second = co_await send(site, QStringLiteral("/items"), "If-None-Match", etag1);
            CORO_COMPARE(second.status, 201);
            CORO_COMPARE(second.body, QByteArrayLiteral("v2 /items GET"));
            CORO_COMPARE(site->backing->calls, 2);
            const QByteArray etag2 = second.header("etag");
            CORO_VERIFY(etag2 != etag1);
            const bool staleKept = co_await cache->exists(record1);
            CORO_VERIFY(!staleKept);

            // Recomputed with another body (Clear-Site-Data): the replaced etag's record goes at once.
            site->backing->body = "v3";
            Reply third = co_await send(site, QStringLiteral("/items"), "Clear-Site-Data", "\"cache\"");
            CORO_COMPARE(third.body, QByteArrayLiteral("v3 /items GET"));
            const QString record2 = QStringLiteral("http:etag:") + QString::fromLatin1(unquoted(etag2));
            const bool replacedKept = co_await cache->exists(record2);
            CORO_VERIFY(!replacedKept);
            Reply fourth = co_await send(site, QStringLiteral("/items"), "If-None-Match", etag2);
            CORO_COMPARE(fourth.status, 201);
            CORO_COMPARE(fourth.body, QByteArrayLiteral("v3 /items GET"));
            CORO_COMPARE(site->backing->calls, 3);
            Reply fifth = co_await send(site, QStringLiteral("/items"), "If-None-Match", third.header("etag"));
            CORO_COMPARE(fifth.status, 304);
        }(site(), m_cache));
    }

    // no-store and max-age=0: the handler answers, nothing is read or stored.
    void noStoreBypassesTheCache()
    {
        CASHEWS_RUN([](SitePtr site, std::shared_ptr<Cache> cache) -> QCoro::Task<> {
            const QString key = site->key(QStringLiteral("/items"));
            for (const QByteArray value : {QByteArrayLiteral("no-store"), QByteArrayLiteral("max-age=0")}) {
                Reply reply = co_await send(site, QStringLiteral("/items"), "Cache-Control", value);
                CORO_COMPARE(reply.status, 201);
                CORO_COMPARE(reply.header("cache-control"), QByteArrayLiteral("no-cache"));
                CORO_VERIFY(reply.header("etag").isEmpty());
                const bool stored = co_await cache->exists(key);
                CORO_VERIFY(!stored);
            }
            CORO_COMPARE(site->backing->calls, 2);
            co_await send(site, QStringLiteral("/items"));
            Reply bypass = co_await send(site, QStringLiteral("/items"), "Cache-Control", "private, NO-STORE");
            CORO_COMPARE(site->backing->calls, 4);
            CORO_COMPARE(bypass.header("cache-control"), QByteArrayLiteral("no-cache"));
        }(site(), m_cache));
    }

    // no-cache: the handler answers and its response is stored for the next requests.
    void noCacheRefreshes()
    {
        CASHEWS_RUN([](SitePtr site) -> QCoro::Task<> {
            co_await send(site, QStringLiteral("/items"));
            site->backing->body = "v2";
            Reply fresh = co_await send(site, QStringLiteral("/items"), "Cache-Control", "no-cache");
            CORO_COMPARE(fresh.body, QByteArrayLiteral("v2 /items GET"));
            CORO_COMPARE(site->backing->calls, 2);
            site->backing->body = "v3";
            Reply cached = co_await send(site, QStringLiteral("/items"));
            CORO_COMPARE(cached.body, QByteArrayLiteral("v2 /items GET"));
            CORO_COMPARE(site->backing->calls, 2);
        }(site()));
    }

    // max-age=N feeds cacheControlTtl: the entry is stored for N seconds, else for the fallback.
    void maxAgeSetsTheTtl()
    {
        CASHEWS_RUN([](SitePtr site, std::shared_ptr<Cache> cache) -> QCoro::Task<> {
            co_await send(site, QStringLiteral("/items?a"), "Cache-Control", "max-age=30");
            co_await send(site, QStringLiteral("/items?b"));
            co_await send(site, QStringLiteral("/items?c"), "Cache-Control", "public, max-age=\"45\"");
            const qint64 a = co_await cache->getExpire(site->key(QStringLiteral("/items?a")));
            const qint64 b = co_await cache->getExpire(site->key(QStringLiteral("/items?b")));
            const qint64 c = co_await cache->getExpire(site->key(QStringLiteral("/items?c")));
            CORO_VERIFY2(a > 25 && a <= 30, QByteArray::number(a).constData());
            CORO_VERIFY2(b > 55 && b <= 60, QByteArray::number(b).constData());
            CORO_VERIFY2(c > 40 && c <= 45, QByteArray::number(c).constData());
        }(site(cacheControlTtl(60)), m_cache));
    }

    // Clear-Site-Data: cache (bare, as cashews reads it, or quoted, as the header is defined)
    // recomputes and stores again; other types do not.
    void clearSiteDataInvalidates()
    {
        CASHEWS_RUN([](SitePtr site) -> QCoro::Task<> {
            co_await send(site, QStringLiteral("/items"));
            int expected = 1;
            for (const QByteArray value : {QByteArrayLiteral("cache"), QByteArrayLiteral("\"cookies\", \"cache\""), QByteArrayLiteral("\"*\"")}) {
                site->backing->body = value;
                Reply cleared = co_await send(site, QStringLiteral("/items"), "Clear-Site-Data", value);
                CORO_COMPARE(site->backing->calls, ++expected);
                CORO_COMPARE(cleared.body, value + " /items GET");
            }
            site->backing->body = "later";
            Reply kept = co_await send(site, QStringLiteral("/items"), "Clear-Site-Data", "\"cookies\"");
            CORO_COMPARE(site->backing->calls, expected);
            CORO_COMPARE(kept.body, QByteArrayLiteral("\"*\" /items GET"));
        }(site()));
    }

    // Malformed header values are ignored, as cashews ignores a max-age it cannot parse: the
    // request is answered from the cache, never with a 400.
    void badHeaderValuesAreIgnored()
    {
        CASHEWS_RUN([](SitePtr site, std::shared_ptr<Cache> cache) -> QCoro::Task<> {
            co_await send(site, QStringLiteral("/items"));
            const QList<QPair<QByteArray, QByteArray>> bad{
                {"Cache-Control", "max-age=abc"}, {"Cache-Control", "max-age=-5"}, {"Cache-Control", "max-age="},
                {"Cache-Control", "max-age=1e3"}, {"Cache-Control", "=,,=,"}, {"Cache-Control", "no-cachex"},
                {"If-None-Match", "garbage"}, {"If-None-Match", "*"}, {"If-None-Match", "\"http:etag:*\""},
                {"If-None-Match", "\""}, {"Clear-Site-Data", "cachex"}, {"Clear-Site-Data", "\"\""},
            };
            for (const auto &header : bad) {
                Reply reply = co_await send(site, QStringLiteral("/items"), header.first, header.second);
                CORO_VERIFY2(reply.status == 201, (header.first + ": " + header.second).constData());
                CORO_COMPARE(reply.body, QByteArrayLiteral("v1 /items GET"));
            }
            CORO_COMPARE(site->backing->calls, 1);
            const qint64 left = co_await cache->getExpire(site->key(QStringLiteral("/items")));
            CORO_VERIFY(left > 55);
        }(site(cacheControlTtl(60)), m_cache));
    }

    // Only GET goes through the cache by default.
    void otherMethodsPassThrough()
    {
        CASHEWS_RUN([](SitePtr site) -> QCoro::Task<> {
            Reply first = co_await send(site, QStringLiteral("/items"), "", "", "POST");
            Reply second = co_await send(site, QStringLiteral("/items"), "", "", "POST");
            CORO_COMPARE(second.body, QByteArrayLiteral("v1 /items POST"));
            CORO_COMPARE(site->backing->calls, 2);
            CORO_VERIFY(first.header("cache-control").isEmpty());
            CORO_VERIFY(second.header("etag").isEmpty());
        }(site()));
    }

    // A failing handler and an undecodable cached entry are a 500, and the server goes on.
    void failuresAre500()
    {
        CASHEWS_RUN([](SitePtr site, std::shared_ptr<Cache> cache) -> QCoro::Task<> {
            site->backing->fail = true;
            Reply failed = co_await send(site, QStringLiteral("/items"));
            CORO_COMPARE(failed.status, 500);
            const QVariant garbage(QStringLiteral("not a response"));
            co_await cache->set(site->key(QStringLiteral("/items?bad")), garbage, 60);
            Reply undecodable = co_await send(site, QStringLiteral("/items?bad"));
            CORO_COMPARE(undecodable.status, 500);
            site->backing->fail = false;
            Reply fine = co_await send(site, QStringLiteral("/items"));
            CORO_COMPARE(fine.status, 201);
        }(site(), m_cache));
    }
};

QTEST_GUILESS_MAIN(CachedRouteTest)
#include "tst_cachedroute.moc"
