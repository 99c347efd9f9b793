// cashews-http-example: two cached routes on a QHttpServer.
//   /time         the server's time, cached 10 s (cashews::cached)
//   /items/<id>   a slow lookup cached by the early strategy for the request's max-age, else 1 min
//   /feed         five lines streamed 200 ms apart, cached chunk by chunk for 30 s
// Try: curl -i localhost:8080/items/7; curl -i -H 'If-None-Match: "<etag>"' ...;
//      curl -i -H 'Cache-Control: no-store' ...; curl -i -H 'Clear-Site-Data: "cache"' ...
#include <cashews/cache.h>
#include <cashews/errors.h>
#include <cashews/http/cachecontrol.h>
#include <cashews/http/cachedroute.h>
#include <cashews/http/streamedroute.h>
#include <cashews/version.h>

#include <QCoro/QCoroAsyncGenerator>
#include <QCoro/QCoroTimer>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using cashews::http::CachedRoute;
using cashews::http::Request;
using cashews::http::Response;

namespace {

QCoro::Task<Response> serverTime(Request)
{
    co_return Response(200, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8() + '\n',
                       {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/plain")}});
}

// Stands for a slow database or service call.
QCoro::Task<Response> item(Request request)
{
    co_await QCoro::sleepFor(std::chrono::milliseconds(300));
    const QString id = request.path().section(QLatin1Char('/'), 2);
    const QJsonObject body{{QStringLiteral("id"), id},
                           {QStringLiteral("computedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}};
    co_return Response(200, QJsonDocument(body).toJson(QJsonDocument::Compact) + '\n',
                       {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}});
}

// A body produced bit by bit (a report, a log tail, an export).
QCoro::AsyncGenerator<QByteArray> feed(Request)
{
    for (int line = 1; line <= 5; ++line) {
        co_await QCoro::sleepFor(std::chrono::milliseconds(200));
        QByteArray text = QByteArray::number(line) + ' ' + QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8() + '\n';
        co_yield text;
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("cashews-http-example"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CASHEWS_VERSION_STRING));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("A QHttpServer whose responses are cached by Cashews::Http."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption cacheOption(QStringLiteral("cache"), QStringLiteral("Cache URL (default mem://)."),
                                         QStringLiteral("url"), QStringLiteral("mem://"));
    const QCommandLineOption portOption(QStringLiteral("port"), QStringLiteral("Port on 127.0.0.1 (0: any free one)."),
                                        QStringLiteral("port"), QStringLiteral("8080"));
    parser.addOption(cacheOption);
    parser.addOption(portOption);
    parser.process(app);

    bool portOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    if (!portOk || port > 65535) {
        std::fprintf(stderr, "cashews-http-example: --port %s is not a port number\n", qPrintable(parser.value(portOption)));
        return 2;
    }
    cashews::Cache cache;
    try {
        cache.setup(parser.value(cacheOption));
    } catch (const cashews::CacheError &error) {
        std::fprintf(stderr, "cashews-http-example: %s\n", error.what());
        return 2;
    }

    QHttpServer server;
    const CachedRoute time(cache, cashews::cached, {.name = QStringLiteral("example:time"), .ttl = 10}, serverTime);
    time.addTo(server, QStringLiteral("/time"));
    const CachedRoute items(cache, cashews::early,
                            {.name = QStringLiteral("example:items"), .ttl = cashews::http::cacheControlTtl(60)}, item);
    // The rule's <arg> is the id; the handler reads it from the path, the key from the target.
    server.route(QStringLiteral("/items/<arg>"), [items](QString, const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        items(request, std::move(responder));
    });

    const cashews::http::StreamedRoute lines(cache, {.name = QStringLiteral("example:feed"), .ttl = 30},
                                             Response(200, {}, {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/plain")}}),
                                             feed);
    lines.addTo(server, QStringLiteral("/feed"));

    const quint16 bound = server.listen(QHostAddress::LocalHost, quint16(port));
    if (bound == 0) {
        std::fprintf(stderr, "cashews-http-example: cannot listen on 127.0.0.1:%u\n", port);
        return 1;
    }
    std::printf("listening on http://127.0.0.1:%u (cache %s)\n", bound, qPrintable(parser.value(cacheOption)));
    std::fflush(stdout);
    return app.exec();
}
