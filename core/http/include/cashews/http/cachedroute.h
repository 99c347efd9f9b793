#pragma once

#include <cashews/http/httpoptions.h>
#include <cashews/http/request.h>
#include <cashews/http/response.h>

#include <cashews/strategies.h>

#include <QCoro/QCoroTask>

#include <functional>
#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;

namespace cashews::http {

// A QHttpServer view whose whole responses (status, headers, body) are cached by one of the
// strategies of <cashews/strategies.h>, with cashews.contrib.fastapi's three middlewares
// around it (see HttpOptions):
//
//     cashews::http::CachedRoute items(cache, cashews::cached, {.name = "items", .ttl = "10m"},
//         [](cashews::http::Request request) -> QCoro::Task<cashews::http::Response> {
//             co_return cashews::http::Response(200, co_await loadItems(request.path()));
//         });
//     items.addTo(server, QStringLiteral("/items"));
//
// The key template may use {method}, {path} and {target} (path and query); the default is
// "<name>:{method}:{target}" (name "http" when unset). Copies share their state. The cache
// must outlive the route and the requests it is answering.
class CachedRoute
{
public:
    using Handler = std::function<QCoro::Task<Response>(Request)>;

    // Wraps `handler` with `strategy` (cashews::cached, early, soft, failover, hit, ...).
    // Throws WrongKeyError / ValueError for bad templates or options, as the strategies do.
    template<typename Factory>
    CachedRoute(Cache &cache, Factory strategy, StrategyOptions options, Handler handler, HttpOptions http = {})
        : CachedRoute(cache, handler, std::move(http),
                      strategy(cache, withDefaultKey(std::move(options)), compute(handler), parameters()))
    {
    }

    // Answers a request (QHttpServer calls it): copies it, answers once the cache and the
    // handler are done, and drops the answer if the client has gone meanwhile.
    void operator()(const QHttpServerRequest &request, QHttpServerResponder &&responder) const;
    // Registers this route for `rule` on `server` (QHttpServer::route).
    bool addTo(QHttpServer &server, const QString &rule) const;
    // The response operator() writes for `request`. Errors of the handler or the cache
    // propagate (operator() turns them into a 500).
    QCoro::Task<Response> respond(Request request) const;
    // The cache key of `request`'s response.
    QString keyFor(const Request &request) const;

private:
    using Function = std::function<QCoro::Task<QVariant>(QString, QString, QString, Request)>;
    struct State;

    CachedRoute(Cache &cache, Handler handler, HttpOptions http, Wrapped<QCoro::Task<QVariant>(QString, QString, QString, Request)> wrapped);
    static StrategyOptions withDefaultKey(StrategyOptions options);
    static QStringList parameters();
    static Function compute(Handler handler);
    static QCoro::Task<QVariant> produce(Handler handler, Request request);
    static QCoro::Task<QVariant> call(const State &d, const Request &request, bool refresh);
    static QCoro::Task<Response> answer(std::shared_ptr<State> d, Request request);
    static QCoro::Task<> serve(std::shared_ptr<State> d, Request request, QHttpServerResponder responder);

    std::shared_ptr<State> d;
};

} // namespace cashews::http
