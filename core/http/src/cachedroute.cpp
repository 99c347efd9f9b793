#include <cashews/http/cachedroute.h>

#include <cashews/http/cachecontrol.h>

#include "etagstore.h"
#include "routesupport.h"

#include <cashews/cache.h>
#include <cashews/clock.h>
#include <cashews/invalidatefurther.h>

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QLoggingCategory>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpSocket>

#include <optional>

namespace cashews::http {

struct CachedRoute::State
{
    Cache *cache;
    Handler handler;
    HttpOptions http;
    Wrapped<QCoro::Task<QVariant>(QString, QString, QString, Request)> wrapped;
    EtagStore etags;
};

namespace {

// The etags of If-None-Match ("a", W/"b"). Only blake2s hex digests can be ours: anything else
// is ignored (never looked up), as are "*" and malformed entries.
QStringList requestedEtags(const QByteArray &value)
{
    static const QRegularExpression digest(QStringLiteral("^[0-9a-f]{64}$"));
    QStringList etags;
    for (QByteArray part : value.split(',')) {
        part = part.trimmed();
        if (part.startsWith("W/"))
            part = part.mid(2);
        const QString etag = QString::fromLatin1(route::unquoted(part));
        if (digest.match(etag).hasMatch() && !etags.contains(etag))
            etags.append(etag);
    }
    return etags;
}

Response notModified(const QString &etag)
{
    Response response(304);
    response.setHeader(QByteArrayLiteral("ETag"), '"' + etag.toLatin1() + '"');
    return response;
}

} // namespace

CachedRoute::CachedRoute(Cache &cache, Handler handler, HttpOptions http,
                         Wrapped<QCoro::Task<QVariant>(QString, QString, QString, Request)> wrapped)
    : d(std::make_shared<State>(State{&cache, std::move(handler), http, std::move(wrapped), EtagStore(&cache, http.etagPrefix)}))
{
}

StrategyOptions CachedRoute::withDefaultKey(StrategyOptions options)
{
    return route::withDefaultKey(std::move(options));
}

QStringList CachedRoute::parameters()
{
    return route::parameters();
}

CachedRoute::Function CachedRoute::compute(Handler handler)
{
    return [handler](QString, QString, QString, Request request) { return produce(handler, std::move(request)); };
}

QCoro::Task<QVariant> CachedRoute::produce(Handler handler, Request request)
{
    Response response = co_await handler(request);
    request.markComputed();
    response.setProducedAtMs(nowMs());
    co_return response.toVariant();
}

QCoro::Task<QVariant> CachedRoute::call(const State &d, const Request &request, bool refresh)
{
    // The strategy captures the scope when it is called: it needs to live for this call only,
    // not across suspensions where other requests' calls would see it.
    std::optional<InvalidateFurther> scope;
    if (refresh)
        scope.emplace();
    return d.wrapped(QString::fromLatin1(request.method()), request.path(), request.target(), request);
}

QString CachedRoute::keyFor(const Request &request) const
{
    return d->wrapped.keyFor(QString::fromLatin1(request.method()), request.path(), request.target(), request);
}

QCoro::Task<Response> CachedRoute::respond(Request request) const
{
    return answer(d, std::move(request));
}

QCoro::Task<Response> CachedRoute::answer(std::shared_ptr<State> d, Request request)
{
    if (!d->http.methods.contains(request.method())) {
        Response direct = co_await d->handler(request);
        co_return direct;
    }
    const CacheControl control = d->http.requestControl ? CacheControl::parse(request.header("cache-control")) : CacheControl();
    const bool clear = d->http.clearSiteData && route::clearsCache(request.header("clear-site-data"));
    const QString key = d->wrapped.keyFor(QString::fromLatin1(request.method()), request.path(), request.target(), request);
    const QStringList requested = d->http.etag ? requestedEtags(request.header("if-none-match")) : QStringList();
    if (!clear) {
        for (const QString &etag : requested) {
            const bool current = co_await d->etags.isCurrent(etag, key);
            if (current)
                co_return notModified(etag);
        }
    }
    if (control.bypass()) {
        Response direct = co_await d->handler(request);
        if (d->http.requestControl)
            direct.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-cache"));
        co_return direct;
    }
    QCoro::Task<QVariant> pending = call(*d, request, clear || control.noCache());
    const QVariant stored = co_await pending;
    Response response = Response::fromVariant(stored);
    const bool computed = request.wasComputed();
    const qint64 leftMs = co_await d->cache->getExpireMs(key);
    if (d->http.requestControl)
        route::setFreshness(response, computed, leftMs, d->http.privateResponses);
    // As cashews: no ETag for an entry without expiry (or already gone).
    if (d->http.etag && leftMs > 0) {
        const QString etag = QString::fromLatin1(response.etag());
        co_await d->etags.remember(etag, key, leftMs, computed);
        if (requested.contains(etag))
            co_return notModified(etag);
        response.setHeader(QByteArrayLiteral("ETag"), '"' + etag.toLatin1() + '"');
    }
    co_return response;
}

QCoro::Task<> CachedRoute::serve(std::shared_ptr<State> d, Request request, QHttpServerResponder responder)
{
    const QPointer<QTcpSocket> socket = responder.socket();
    Response response(500, QByteArrayLiteral("Internal Server Error"));
    try {
        response = co_await answer(d, request);
    } catch (const std::exception &error) {
        qCWarning(lcCashewsHttp) << "answering" << request.method() << request.target() << "failed:" << error.what();
    }
    if (!route::connected(socket)) {
        qCInfo(lcCashewsHttp) << "the client of" << request.target() << "left before the answer";
        co_return;
    }
    response.write(responder);
}

void CachedRoute::operator()(const QHttpServerRequest &request, QHttpServerResponder &&responder) const
{
    // Runs on its own; serve() catches everything, so nothing is lost unawaited.
    serve(d, Request::from(request), std::move(responder));
}

bool CachedRoute::addTo(QHttpServer &server, const QString &rule) const
{
    return route::addTo(server, rule, *this);
}

} // namespace cashews::http
