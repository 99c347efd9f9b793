// Sets a key on mem:// through the installed Cashews::Core, reads it back and prints it with
// the library version: "<value> <version>". The exit code is 0 only when the value came back.
#include <cashews/cache.h>
#include <cashews/version.h>

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

namespace {

QCoro::Task<> roundTripAndExit()
{
    int status = 1;
    try {
        cashews::Cache cache;
        cache.setup(QStringLiteral("mem://"));
        co_await cache.set(QStringLiteral("consumer:key"), QStringLiteral("installed"), "1m");
        const QVariant value = co_await cache.get(QStringLiteral("consumer:key"));
        std::printf("%s %s\n", qPrintable(value.toString()), CASHEWS_VERSION_STRING);
        if (value.toString() == QLatin1StringView("installed"))
            status = 0;
    } catch (const cashews::CacheError &error) {
        std::fprintf(stderr, "%s\n", error.what());
    }
    QCoreApplication::exit(status);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // Start once the event loop runs, so that the coroutine can end it.
    QTimer::singleShot(0, &app, [] { roundTripAndExit(); });
    return QCoreApplication::exec();
}
