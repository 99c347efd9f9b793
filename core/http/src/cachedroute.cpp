#include <cashews/http/cachedroute.h>

#include <cashews/http/cachecontrol.h>

#include "etagstore.h"

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

Q_LOGGING_CATEGORY(lcCashewsHttp, "cashews.http")

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

QByteArray unquoted(QByteArray text)
{
    text = text.trimmed();
    if (text.size() >= 2 && text.startsWith('"') && text.endsWith('"'))
        text = text.mid(1, text.size() - 2);
    return text;
}

// "Clear-Site-Data: cache". The header's own syntax is a list of quoted strings ("cache",
// "cookies" or "*"); cashews only acts on the bare value cache. Both forms count here.
bool clearsCache(const QByteArray &value)
{
    for (const QByteArray &part : value.split(',')) {
        const QByteArray type = unquoted(part);
        if (type == "cache" || type == "*")
            return true;
    }
    return false;
}

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
        const QString etag = QString::fromLatin1(unquoted(part));
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

// Cache-Control and Age of a response. A hit says how long it stays fresh: max-age is its
// whole lifetime and Age the time since the handler produced it, so max-age - Age is the TTL
// left. cashews sends the TTL left as both max-age and Age, which tells clients and proxies
// the response is already stale (deviation). Misses answer no-cache, as cashews does.
void setFreshness(Response &response, bool computed, qint64 leftMs, bool isPrivate)
{
    if (computed || leftMs <= 0) {
        response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-cache"));
        return;
    }
    const qint64 ageMs = std::max<qint64>(0, nowMs() - response.producedAtMs());
    const qint64 lifetime = (ageMs + leftMs + 500) / 1000;
    const QByteArray scope = isPrivate ? QByteArrayLiteral("private") : QByteArrayLiteral("public");
    response.setHeader(QByteArrayLiteral("Cache-Control"), scope + ", max-age=" + QByteArray::number(lifetime));
    response.setHeader(QByteArrayLiteral("Age"), QByteArray::number(ageMs / 1000));
}

} // namespace

CachedRoute::CachedRoute(Cache &cache, Handler handler, HttpOptions http,
                         Wrapped<QCoro::Task<QVariant>(QString, QString, QString, Request)> wrapped)
    : d(std::make_shared<State>(State{&cache, std::move(handler), http, std::move(wrapped), EtagStore(&cache, http.etagPrefix)}))
{
}

StrategyOptions CachedRoute::withDefaultKey(StrategyOptions options)
{
    if (options.key.isEmpty())
        options.key = (options.name.isEmpty() ? QStringLiteral("http") : options.name) + QStringLiteral(":{method}:{target}");
    return options;
}

QStringList CachedRoute::parameters()
{
    return {QStringLiteral("method"), QStringLiteral("path"), QStringLiteral("target"), QStringLiteral("request")};
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
    const bool clear = d->http.clearSiteData && clearsCache(request.header("clear-site-data"));
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
        setFreshness(response, computed, leftMs, d->http.privateResponses);
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
    // QHttpServer deletes a socket whose client disconnected; the responder's pointer is raw.
    const QPointer<QTcpSocket> socket = responder.socket();
    Response response(500, QByteArrayLiteral("Internal Server Error"));
    try {
        response = co_await answer(d, request);
    } catch (const std::exception &error) {
        qCWarning(lcCashewsHttp) << "answering" << request.method() << request.target() << "failed:" << error.what();
    }
    if (!socket || socket->state() != QAbstractSocket::ConnectedState) {
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
    return server.route(rule, [route = *this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        route(request, std::move(responder));
    });
}

} // namespace cashews::http
