#include <cashews/http/streamedroute.h>

#include <cashews/http/cachecontrol.h>

#include "routesupport.h"

#include <cashews/cache.h>
#include <cashews/clock.h>
#include <cashews/errors.h>
#include <cashews/invalidatefurther.h>

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QLoggingCategory>
#include <QPointer>
#include <QTcpSocket>

#include <optional>

namespace cashews::http {

struct StreamedRoute::State
{
    Cache *cache;
    Response head;
    Handler handler;
    HttpOptions http;
    WrappedGenerator<QCoro::AsyncGenerator<QVariant>(QString, QString, QString, Request)> wrapped;
};

namespace {

// One HTTP/1.1 chunk (never an empty one: that would end the body).
void writeChunk(QHttpServerResponder &responder, const QByteArray &chunk)
{
    responder.writeBody(QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n");
}

} // namespace

StreamedRoute::StreamedRoute(Cache &cache, StrategyOptions options, Response head, Handler handler, HttpOptions http)
    : d(std::make_shared<State>(State{&cache, std::move(head), handler, std::move(http),
                                      cashews::iterator(cache, route::withDefaultKey(std::move(options)),
                                                        std::function([handler](QString, QString, QString, Request request) {
                                                            return produce(handler, std::move(request));
                                                        }),
                                                        route::parameters())}))
{
}

// The stream as cached: the time it was produced (for Age), the body chunks, then None. The
// end marker matters: the iterator strategy replays chunks until one is missing, and a refresh
// (InvalidateFurther) deletes only its marker key, so a shorter new stream would be replayed
// with the stale tail of the old one.
QCoro::AsyncGenerator<QVariant> StreamedRoute::produce(Handler handler, Request request)
{
    request.markComputed();
    QVariant producedAt(nowMs());
    co_yield producedAt;
    auto body = handler(request);
    auto it = co_await body.begin();
    while (it != body.end()) {
        QVariant chunk(*it);
        co_yield chunk;
        co_await ++it;
    }
    QVariant end = none();
    co_yield end;
}

QCoro::AsyncGenerator<QVariant> StreamedRoute::open(const State &d, const Request &request, bool useCache, bool refresh)
{
    if (!useCache)
        return produce(d.handler, request);
    // The strategy captures the scope when it is called (see CachedRoute::call).
    std::optional<InvalidateFurther> scope;
    if (refresh)
        scope.emplace();
    return d.wrapped(QString::fromLatin1(request.method()), request.path(), request.target(), request);
}

QString StreamedRoute::keyFor(const Request &request) const
{
    return d->wrapped.keyFor(QString::fromLatin1(request.method()), request.path(), request.target(), request);
}

QCoro::Task<> StreamedRoute::serve(std::shared_ptr<State> d, Request request, QHttpServerResponder responder)
{
    const QPointer<QTcpSocket> socket = responder.socket();
    const bool cached = d->http.methods.contains(request.method());
    const CacheControl control = cached && d->http.requestControl ? CacheControl::parse(request.header("cache-control")) : CacheControl();
    const bool refresh = (d->http.clearSiteData && route::clearsCache(request.header("clear-site-data"))) || control.noCache();
    const bool useCache = cached && !control.bypass();
    Response head = d->head;
    bool streaming = false;
    try {
        QCoro::AsyncGenerator<QVariant> chunks = open(*d, request, useCache, refresh);
        auto it = co_await chunks.begin();
        if (it != chunks.end()) {
            head.setProducedAtMs((*it).toLongLong());
            co_await ++it; // the first body chunk, so that a handler failing at once still gets a 500
        }
        if (cached && d->http.requestControl) {
            qint64 leftMs = -2;
            if (useCache) {
                const QString key = d->wrapped.keyFor(QString::fromLatin1(request.method()), request.path(), request.target(), request);
                leftMs = co_await d->cache->getExpireMs(key);
            }
            route::setFreshness(head, request.wasComputed(), leftMs, d->http.privateResponses);
        }
        if (!route::connected(socket)) {
            qCInfo(lcCashewsHttp) << "the client of" << request.target() << "left before the answer";
            co_return;
        }
        head.writeHead(responder);
        responder.writeHeader(QByteArrayLiteral("Transfer-Encoding"), QByteArrayLiteral("chunked"));
        streaming = true;
        while (it != chunks.end() && !isNone(*it)) {
            const QByteArray chunk = (*it).toByteArray();
            // Leaving the loop drops the generator: the stream is not marked complete, so the
            // next request computes it again.
            if (!route::connected(socket)) {
                qCInfo(lcCashewsHttp) << "the client of" << request.target() << "left during the stream";
                co_return;
            }
            if (!chunk.isEmpty())
                writeChunk(responder, chunk);
            co_await ++it;
        }
        if (it == chunks.end())
            throw DecodeError(QStringLiteral("the stream of %1 ended without its end marker (a cached chunk expired?)").arg(request.target()));
        // On a miss the strategy marks the stream complete once its source has finished.
        if (request.wasComputed()) {
            while (it != chunks.end())
                co_await ++it;
        }
        if (!route::connected(socket))
            co_return;
        responder.writeBody(QByteArrayLiteral("0\r\n\r\n"));
    } catch (const std::exception &error) {
        qCWarning(lcCashewsHttp) << "streaming" << request.method() << request.target() << "failed:" << error.what();
        if (!route::connected(socket))
            co_return;
        if (streaming)
            socket->abort(); // the client sees the chunked body end without its last chunk
        else
            Response(500, QByteArrayLiteral("Internal Server Error")).write(responder);
    }
}

void StreamedRoute::operator()(const QHttpServerRequest &request, QHttpServerResponder &&responder) const
{
    // Runs on its own; serve() catches everything, so nothing is lost unawaited.
    serve(d, Request::from(request), std::move(responder));
}

bool StreamedRoute::addTo(QHttpServer &server, const QString &rule) const
{
    return route::addTo(server, rule, *this);
}

} // namespace cashews::http
