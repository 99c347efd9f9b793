// disk:// throughput (set, get, getMany of 100 keys) against python-diskcache's FanoutCache
// doing the same operations in the same run (tests/bench/diskcache_reference.py, run with
// Debian's python3-diskcache). Both use 8 shards, 10 000 keys and 100-character values.
// Sequential figures await each command before the next; "concurrent" ones keep 32 commands
// in flight, as a server handling many requests would.
#include "benchsupport.h"

#include <cashews/cache.h>

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <QCoro/QCoroTask>

#include <cstdio>

using namespace cashews;

namespace {

constexpr int KeyCount = 10000;
constexpr int ValueSize = 100;
constexpr int Shards = 8;
constexpr int InFlight = 32;
constexpr double MinSeconds = 1.0;

struct RunState
{
    QEventLoop loop;
    bool done = false;
    QByteArray error;
};

QCoro::Task<> guarded(QCoro::Task<> task, RunState *state)
{
    try {
        co_await task;
    } catch (const std::exception &error) {
        state->error = error.what();
    }
    state->done = true;
    state->loop.quit();
}

// Runs a coroutine to its end on a local event loop (commands the disk backend hands to its
// worker thread answer through the loop, so it must run).
void runToEnd(QCoro::Task<> task)
{
    RunState state;
    auto running = guarded(std::move(task), &state);
    if (!state.done)
        state.loop.exec();
    if (!state.error.isEmpty())
        qFatal("disk benchmark failed: %s", state.error.constData());
}

QCoro::Task<> setLoop(Cache *cache, QStringList keys, QString value, qint64 from, qint64 iterations, qint64 step)
{
    for (qint64 i = from; i < iterations; i += step)
        co_await cache->set(keys[i % keys.size()], value);
}

QCoro::Task<> getLoop(Cache *cache, QStringList keys, qint64 from, qint64 iterations, qint64 step, qint64 *hits)
{
    for (qint64 i = from; i < iterations; i += step)
        *hits += (co_await cache->get(keys[i % keys.size()])).isValid();
}

QCoro::Task<> getManyLoop(Cache *cache, QList<QStringList> batches, qint64 iterations, qint64 *hits)
{
    for (qint64 i = 0; i < iterations; ++i) {
        const QList<QVariant> values = co_await cache->getMany(batches[i % batches.size()]);
        for (const QVariant &v : values)
            *hits += v.isValid();
    }
}

// `InFlight` loops sharing the iterations, awaited one after the other (they run together).
template<typename StartLoop>
QCoro::Task<> concurrently(StartLoop start, qint64 iterations)
{
    std::vector<QCoro::Task<>> tasks;
    for (qint64 k = 0; k < InFlight; ++k)
        tasks.push_back(start(k, iterations, qint64(InFlight)));
    for (auto &task : tasks)
        co_await task;
}

// The reference figures by name, or an empty map with the reason in `why`.
QMap<QString, double> runReference(QString *why)
{
    const QString script = QStringLiteral(CASHEWS_DISKCACHE_REFERENCE);
    if (!QFileInfo::exists(script)) {
        *why = QStringLiteral("reference script %1 not found").arg(script);
        return {};
    }
    // Debian's interpreter first: python3-diskcache lives there, not in a virtualenv on PATH.
    QString python = QFileInfo::exists(QStringLiteral("/usr/bin/python3")) ? QStringLiteral("/usr/bin/python3")
                                                                           : QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty()) {
        *why = QStringLiteral("python3 not found");
        return {};
    }
    QTemporaryDir directory;
    QProcess process;
    const QStringList arguments{script, directory.path(), QString::number(Shards), QString::number(KeyCount),
                                QString::number(ValueSize), QString::number(MinSeconds)};
    process.start(python, arguments);
    if (!process.waitForFinished(300000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *why = QStringLiteral("python3 diskcache reference failed (is python3-diskcache installed?): %1")
                   .arg(QString::fromUtf8(process.readAllStandardError()).trimmed().right(300));
        return {};
    }
    QMap<QString, double> figures;
    const QList<QByteArray> lines = process.readAllStandardOutput().split('\n');
    for (const QByteArray &line : lines) {
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        if (!object.isEmpty())
            figures.insert(object.value(QStringLiteral("name")).toString(), object.value(QStringLiteral("ops_per_s")).toDouble());
    }
    return figures;
}

void reportAgainst(const QString &name, double rate, const QMap<QString, double> &reference, const QString &referenceName,
                   const QString &why, QVariantMap extra = {})
{
    const double base = reference.value(referenceName);
    if (base > 0) {
        extra.insert(QStringLiteral("reference"), referenceName);
        extra.insert(QStringLiteral("reference_ops_per_s"), qRound64(base));
        extra.insert(QStringLiteral("ratio_to_reference"), rate / base);
        extra.insert(QStringLiteral("target_ratio"), 2.0);
    } else {
        extra.insert(QStringLiteral("reference_skipped"), why);
    }
    bench::report(name, rate, extra);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList keys;
    for (int i = 0; i < KeyCount; ++i)
        keys.append(QStringLiteral("bench:key:%1").arg(i, 6, 10, QLatin1Char('0')));
    const QString value(ValueSize, QLatin1Char('v'));
    QList<QStringList> batches;
    for (int i = 0; i + 100 <= KeyCount; i += 100)
        batches.append(keys.mid(i, 100));

    QString why;
    const QMap<QString, double> reference = runReference(&why);

    QTemporaryDir directory;
    Cache cache;
    cache.setup(QStringLiteral("disk://?directory=%1&shards=%2").arg(directory.path()).arg(Shards));
    runToEnd(setLoop(&cache, keys, value, 0, KeyCount, 1));

    qint64 hits = 0;
    const double setRate = bench::measure([&](qint64 n) { runToEnd(setLoop(&cache, keys, value, 0, n, 1)); }, MinSeconds);
    reportAgainst(QStringLiteral("disk_set"), setRate, reference, QStringLiteral("diskcache_set"), why);
    const double getRate = bench::measure([&](qint64 n) { runToEnd(getLoop(&cache, keys, 0, n, 1, &hits)); }, MinSeconds);
    reportAgainst(QStringLiteral("disk_get"), getRate, reference, QStringLiteral("diskcache_get"), why);
    const double manyRate = bench::measure([&](qint64 n) { runToEnd(getManyLoop(&cache, batches, n, &hits)); }, MinSeconds);
    reportAgainst(QStringLiteral("disk_get_many_100"), manyRate, reference, QStringLiteral("diskcache_get_many_100"), why,
                  {{QStringLiteral("keys_per_s"), qRound64(manyRate * 100)}});

    const double setConcurrent = bench::measure([&](qint64 n) {
        runToEnd(concurrently([&](qint64 from, qint64 iterations, qint64 step) {
            return setLoop(&cache, keys, value, from, iterations, step);
        }, n));
    }, MinSeconds);
    reportAgainst(QStringLiteral("disk_set_concurrent_%1").arg(InFlight), setConcurrent, reference, QStringLiteral("diskcache_set"), why);
    const double getConcurrent = bench::measure([&](qint64 n) {
        runToEnd(concurrently([&](qint64 from, qint64 iterations, qint64 step) {
            return getLoop(&cache, keys, from, iterations, step, &hits);
        }, n));
    }, MinSeconds);
    reportAgainst(QStringLiteral("disk_get_concurrent_%1").arg(InFlight), getConcurrent, reference, QStringLiteral("diskcache_get"), why);

    runToEnd(cache.close());
    return hits < 0 ? 1 : 0;
}
