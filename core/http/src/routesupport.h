#pragma once

#include <cashews/strategyoptions.h>

#include <QByteArray>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>
#include <QLoggingCategory>
#include <QStringList>

// The routes' log category, "cashews.http".
Q_DECLARE_LOGGING_CATEGORY(lcCashewsHttp)

namespace cashews::http {

class Response;

// What CachedRoute and StreamedRoute share.
namespace route {

// The options with the default key "<name>:{method}:{target}" when none is given.
StrategyOptions withDefaultKey(StrategyOptions options);
// The names of the wrapped function's parameters: method, path, target, request.
QStringList parameters();
// `text` trimmed, without the double quotes around it if it has them.
QByteArray unquoted(QByteArray text);
// Whether a Clear-Site-Data value asks to clear the cache.
bool clearsCache(const QByteArray &value);
// Sets Cache-Control (and Age on a hit) on `response` from the entry's TTL left.
void setFreshness(Response &response, bool computed, qint64 leftMs, bool isPrivate);

// Whether the client of `socket` is still there to be answered (QHttpServer deletes a socket
// whose client disconnected, and the responder's pointer to it is raw).
bool connected(const QPointer<QTcpSocket> &socket);

// Registers `view` (a route: operator()(request, responder)) for `rule` on `server`.
template<typename View>
bool addTo(QHttpServer &server, const QString &rule, View view)
{
    return server.route(rule, [view](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        view(request, std::move(responder));
    });
}

} // namespace route

} // namespace cashews::http
