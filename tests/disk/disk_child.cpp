// The second process of tst_diskprocesses. Modes:
//   disk_child write <url> <count>  sets child:0..count-1, prints the parent's key, then "done"
//   disk_child burst <url> <count>  rewrites burst:0..count-1 round after round until killed,
//                                   printing "round N" after each committed round
#include "burstvalue.h"

#include <cashews/cache.h>

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

using namespace cashews;

namespace {

void say(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

QCoro::Task<> writeKeys(std::shared_ptr<Cache> cache, int count)
{
    for (int i = 0; i < count; ++i)
        co_await cache->set(QStringLiteral("child:%1").arg(i), QStringLiteral("value-%1").arg(i));
    const QVariant fromParent = co_await cache->get(QStringLiteral("parent"));
    say(QStringLiteral("parent=") + fromParent.toString());
    say(QStringLiteral("done"));
}

// Rounds of writes of every key: one setMany (run by the worker thread) or one set per key
// (run on this thread's own connections).
QCoro::Task<> burst(std::shared_ptr<Cache> cache, int count, bool oneByOne)
{
    for (int round = 1;; ++round) {
        KeyValueList pairs;
        for (int i = 0; i < count; ++i)
            pairs.append({QStringLiteral("burst:%1").arg(i), test::burstValue(round, i)});
        if (oneByOne) {
            for (const auto &[key, value] : std::as_const(pairs))
                co_await cache->set(key, value);
        } else {
            co_await cache->setMany(pairs);
        }
        say(QStringLiteral("round %1").arg(round));
    }
}

QCoro::Task<> run(QString mode, QString url, int count)
{
    int code = 0;
    try {
        auto cache = std::make_shared<Cache>();
        cache->setup(url);
        if (mode == u"write")
            co_await writeKeys(cache, count);
        else if (mode == u"burst" || mode == u"sets")
            co_await burst(cache, count, mode == u"sets");
        else
            throw ValueError(QStringLiteral("unknown mode '%1'").arg(mode));
        co_await cache->close();
    } catch (const std::exception &error) {
        std::fprintf(stderr, "disk_child: %s\n", error.what());
        code = 2;
    }
    QCoreApplication::exit(code);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: disk_child write|burst|sets <url> <count>\n");
        return 1;
    }
    // Started from the event loop so that exit() finds it running.
    QTimer::singleShot(0, &app, [args] { run(args[1], args[2], args[3].toInt()); });
    return app.exec();
}
