#pragma once

#include <cashews/http/httpoptions.h>
#include <cashews/http/request.h>
#include <cashews/http/response.h>

#include <cashews/strategies.h>

#include <QCoro/QCoroAsyncGenerator>
#include <QCoro/QCoroTask>

#include <functional>
#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;

namespace cashews::http {

// A QHttpServer view that streams its body (HTTP/1.1 chunked transfer) as the handler yields
// it, cached chunk by chunk by the iterator strategy (chunks at "<key>:<n>", the marker "<key>"
// once the stream completed, as cashews caches a StreamingResponse). A hit replays the chunks.
//
//     cashews::http::StreamedRoute feed(cache, {.name = "feed", .ttl = "1m"},
//         cashews::http::Response(200, {}, {{"Content-Type", "text/plain"}}),
//         [](cashews::http::Request request) -> QCoro::AsyncGenerator<QByteArray> { ... co_yield line; });
//     feed.addTo(server, QStringLiteral("/feed"));
//
// Status and headers are the route's `head` (its body is ignored). Request Cache-Control and
// Clear-Site-Data act as on CachedRoute; a hit gets Cache-Control/Age; no ETag (the body is not
// known before it was sent). A handler failing before its first chunk answers 500; later, the
// connection is cut so that the client sees the body incomplete, and nothing is marked cached.
// The cache must outlive the route and the requests it is answering.
class StreamedRoute
{
public:
    using Handler = std::function<QCoro::AsyncGenerator<QByteArray>(Request)>;

    // Streams `handler`'s chunks after `head`. Key templates as CachedRoute's.
    StreamedRoute(Cache &cache, StrategyOptions options, Response head, Handler handler, HttpOptions http = {});

    // Answers a request (QHttpServer calls it).
    void operator()(const QHttpServerRequest &request, QHttpServerResponder &&responder) const;
    // Registers this route for `rule` on `server`.
    bool addTo(QHttpServer &server, const QString &rule) const;
    // The key of the stream's marker for `request`.
    QString keyFor(const Request &request) const;

private:
    struct State;

    static QCoro::AsyncGenerator<QVariant> produce(Handler handler, Request request);
    static QCoro::AsyncGenerator<QVariant> open(const State &d, const Request &request, bool useCache, bool refresh);
    static QCoro::Task<> serve(std::shared_ptr<State> d, Request request, QHttpServerResponder responder);

    std::shared_ptr<State> d;
};

} // namespace cashews::http
