// Redis backend throughput against redis-benchmark (redis-tools) on the same private server in
// the same run, and client-side cache hits against the memory backend's get hits.
// Targets (issue 4): sequential get >= 80% of `-c 1`, 64 coroutines >= 1.5x `-c 50`,
// getMany(100) key rate >= 50% of `-P 16`, client-side hit >= 50% of a memory hit.
#include "benchsupport.h"
#include "redisserver.h"

#include <cashews/cache.h>

#include <QCoreApplication>
#include <QEventLoop>
#include <QProcess>
#include <QStandardPaths>

#include <cstdio>
#include <memory>

using namespace cashews;

namespace {

// redis-benchmark's GET key; it holds digits, which the backend decodes as an int.
const QString BenchKey = QStringLiteral("key:__rand_int__");

// Runs `task` on a local event loop until it finishes.
void runToEnd(QCoro::Task<> task)
{
    struct State
    {
        QEventLoop loop;
        bool done = false;
    };
    auto state = std::make_shared<State>();
    auto watcher = [](QCoro::Task<> inner, std::shared_ptr<State> s) -> QCoro::Task<> {
        co_await inner;
        s->done = true;
        s->loop.quit();
    }(std::move(task), state);
    if (!state->done)
        state->loop.exec();
}

QCoro::Task<> getLoop(BackendPtr backend, qint64 iterations, qint64 *hits)
{
    for (qint64 i = 0; i < iterations; ++i) {
        const QVariant value = co_await backend->get(BenchKey);
        *hits += value.isValid();
    }
}

QCoro::Task<> concurrentGets(BackendPtr backend, int coroutines, qint64 iterations, qint64 *hits)
{
    std::vector<QCoro::Task<>> loops;
    loops.reserve(size_t(coroutines));
    for (int c = 0; c < coroutines; ++c)
        loops.push_back(getLoop(backend, iterations / coroutines + (c < iterations % coroutines ? 1 : 0), hits));
    for (auto &loop : loops)
        co_await loop;
}

QCoro::Task<> getManyLoop(BackendPtr backend, QStringList keys, qint64 iterations, qint64 *found)
{
    for (qint64 i = 0; i < iterations; ++i) {
        const QList<QVariant> values = co_await backend->getMany(keys);
        for (const auto &value : values)
            *found += value.isValid();
    }
}

// Stores the benchmark keys: digits for BenchKey (the backend reads them as an int, and
// redis-benchmark GETs the same bytes), and 100 small values for getMany.
QCoro::Task<> prepare(BackendPtr redis, BackendPtr clientSide, BackendPtr memory, QStringList manyKeys)
{
    co_await redis->init();
    co_await clientSide->init();
    co_await memory->init();
    co_await redis->setRaw(BenchKey, QByteArray("123"), Ttl());
    co_await clientSide->set(BenchKey, 123, Ttl(), Exist::Always);
    co_await memory->set(BenchKey, 123, Ttl(), Exist::Always);
    for (const QString &key : manyKeys)
        co_await redis->set(key, key, Ttl(), Exist::Always);
}

QCoro::Task<> closeAll(BackendPtr redis, BackendPtr clientSide)
{
    co_await redis->close();
    co_await clientSide->close();
}

// requests per second of `redis-benchmark -t get` with `extra` arguments (0 on failure).
double redisBenchmark(quint16 port, const QStringList &extra)
{
    QProcess process;
    QStringList args{QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(port),
                     QStringLiteral("-t"), QStringLiteral("get"), QStringLiteral("--csv")};
    process.start(QStringLiteral("redis-benchmark"), args + extra);
    if (!process.waitForFinished(120000))
        return 0;
    for (const QByteArray &line : process.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> fields = line.split(',');
        if (fields.size() > 1 && fields.at(0) == "\"GET\"")
            return QByteArray(fields.at(1)).replace('"', "").toDouble();
    }
    return 0;
}

void compare(const QString &name, double ours, double reference, const QString &referenceName, double target)
{
    bench::report(name, ours,
                  QVariantMap{{QStringLiteral("reference"), referenceName},
                              {QStringLiteral("reference_ops_per_s"), qRound64(reference)},
                              {QStringLiteral("ratio"), reference > 0 ? ours / reference : 0.0},
                              {QStringLiteral("target_ratio"), target}});
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (QStandardPaths::findExecutable(QStringLiteral("redis-benchmark")).isEmpty()) {
        std::fprintf(stderr, "redis-benchmark (redis-tools) is not installed\n");
        return 1;
    }
    test::RedisServer server;
    if (!server.start()) {
        std::fprintf(stderr, "%s\n", qPrintable(server.errorString()));
        return 1;
    }
    Cache cache;
    BackendPtr redis = cache.setup(server.url());
    Cache clientSideCache;
    BackendPtr clientSide = clientSideCache.setup(server.url() + QStringLiteral("?client_side=true"));
    Cache memoryCache;
    BackendPtr memory = memoryCache.setup(QStringLiteral("mem://"));
    QStringList manyKeys;
    for (int i = 0; i < 100; ++i)
        manyKeys.append(QStringLiteral("many:%1").arg(i));
    runToEnd(prepare(redis, clientSide, memory, manyKeys));

    qint64 sink = 0;
    const double sequential = bench::measure([&](qint64 n) { runToEnd(getLoop(redis, n, &sink)); });
    const double refSequential = redisBenchmark(server.port(), {QStringLiteral("-c"), QStringLiteral("1"), QStringLiteral("-n"), QStringLiteral("50000")});
    compare(QStringLiteral("redis.get.sequential"), sequential, refSequential, QStringLiteral("redis-benchmark -c 1 -t get"), 0.8);

    const double concurrent = bench::measure([&](qint64 n) { runToEnd(concurrentGets(redis, 64, n, &sink)); });
    const double refConcurrent = redisBenchmark(server.port(), {QStringLiteral("-c"), QStringLiteral("50"), QStringLiteral("-n"), QStringLiteral("300000")});
    compare(QStringLiteral("redis.get.64_coroutines"), concurrent, refConcurrent, QStringLiteral("redis-benchmark -c 50 -t get"), 1.5);

    const double batches = bench::measure([&](qint64 n) { runToEnd(getManyLoop(redis, manyKeys, n, &sink)); });
    const double refPipelined = redisBenchmark(server.port(), {QStringLiteral("-P"), QStringLiteral("16"), QStringLiteral("-n"), QStringLiteral("1000000")});
    compare(QStringLiteral("redis.get_many_100.keys"), batches * 100, refPipelined, QStringLiteral("redis-benchmark -P 16 -t get"), 0.5);

    const double localHits = bench::measure([&](qint64 n) { runToEnd(getLoop(clientSide, n, &sink)); });
    const double memoryHits = bench::measure([&](qint64 n) { runToEnd(getLoop(memory, n, &sink)); });
    compare(QStringLiteral("redis.client_side.get_hit"), localHits, memoryHits, QStringLiteral("mem:// get hit"), 0.5);

    runToEnd(closeAll(redis, clientSide));
    server.stop();
    return sink > 0 ? 0 : 1;
}
