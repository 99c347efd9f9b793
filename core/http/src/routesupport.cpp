#include "routesupport.h"

#include <cashews/clock.h>
#include <cashews/http/response.h>

Q_LOGGING_CATEGORY(lcCashewsHttp, "cashews.http")

namespace cashews::http::route {

StrategyOptions withDefaultKey(StrategyOptions options)
{
    if (options.key.isEmpty())
        options.key = (options.name.isEmpty() ? QStringLiteral("http") : options.name) + QStringLiteral(":{method}:{target}");
    return options;
}

bool connected(const QPointer<QTcpSocket> &socket)
{
    return socket && socket->state() == QAbstractSocket::ConnectedState;
}

QStringList parameters()
{
    return {QStringLiteral("method"), QStringLiteral("path"), QStringLiteral("target"), QStringLiteral("request")};
}

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

// A hit says how long it stays fresh: max-age is its whole lifetime and Age the time since the
// handler produced it, so max-age - Age is the TTL left. cashews sends the TTL left as both
// max-age and Age, which tells clients and proxies the response is already stale (deviation).
// Misses answer no-cache, as cashews does.
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

} // namespace cashews::http::route
