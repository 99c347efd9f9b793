// Simple-cache hit path through a wrapper (memory backend, key template with two parameters)
// against the raw memory backend get() of the same keys, measured in the same run.
#include "benchsupport.h"

#include <cashews/cache.h>
#include <cashews/strategies.h>

#include <QCoreApplication>

using namespace cashews;

namespace {

constexpr int UserCount = 1000;

QCoro::Task<qlonglong> fetchUser(int uid, QString lang)
{
    co_return uid + lang.size();
}

template<typename W>
QCoro::Task<> wrapperLoop(W get, QString lang, qint64 iterations, qint64 *sink)
{
    for (qint64 i = 0; i < iterations; ++i)
        *sink += co_await get(static_cast<int>(i % UserCount), lang);
}

QCoro::Task<> backendLoop(BackendPtr backend, QStringList keys, qint64 iterations, qint64 *sink)
{
    for (qint64 i = 0; i < iterations; ++i) {
        const QVariant v = co_await backend->get(keys[i % keys.size()]);
        *sink += v.toLongLong();
    }
}

QCoro::Task<> facadeLoop(Cache *cache, QStringList keys, qint64 iterations, qint64 *sink)
{
    for (qint64 i = 0; i < iterations; ++i) {
        const QVariant v = co_await cache->get(keys[i % keys.size()]);
        *sink += v.toLongLong();
    }
}

// Nothing here runs an event loop: every loop must finish inside the call.
void expectReady(const QCoro::Task<> &task)
{
    if (!task.isReady())
        qFatal("a command suspended; the benchmark expects the memory backend to complete synchronously");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Cache cache;
    BackendPtr backend = cache.setup(QStringLiteral("mem://"));
    auto get = cached(cache, {.ttl = "1h", .key = QStringLiteral("user:{uid}:{lang}")}, fetchUser, {QStringLiteral("uid"), QStringLiteral("lang")});
    const QString lang = QStringLiteral("en");
    QStringList keys;
    qint64 sink = 0;
    for (int uid = 0; uid < UserCount; ++uid)
        keys.append(get.keyFor(uid, lang));
    // Fill the cache through the wrapper: every measured call below is a hit.
    expectReady(wrapperLoop(get, lang, UserCount, &sink));

    const double raw = bench::measure([&](qint64 n) { expectReady(backendLoop(backend, keys, n, &sink)); });
    const double facade = bench::measure([&](qint64 n) { expectReady(facadeLoop(&cache, keys, n, &sink)); });
    const double wrapped = bench::measure([&](qint64 n) { expectReady(wrapperLoop(get, lang, n, &sink)); });

    bench::report(QStringLiteral("strategies.backend_get"), raw);
    bench::report(QStringLiteral("strategies.cache_get"), facade, {{QStringLiteral("ratio_vs_backend_get"), facade / raw}});
    bench::report(QStringLiteral("strategies.cached_hit_2params"), wrapped,
                  {{QStringLiteral("ratio_vs_backend_get"), wrapped / raw}, {QStringLiteral("target_ratio"), 0.4},
                   {QStringLiteral("sink"), sink}});
    return 0;
}
