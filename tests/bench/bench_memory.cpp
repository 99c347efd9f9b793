// Memory backend throughput against raw QHash operations on the same keys (same run), and the
// heap cost of one stored entry (16-byte key, int value). The machine may be shared: compare
// the ratios printed with each figure, not rates of different runs.
#include "benchsupport.h"

#include <cashews/cache.h>

#include <QCoreApplication>
#include <QHash>

#include <malloc.h>

#include <algorithm>
#include <functional>

using namespace cashews;

namespace {

constexpr int KeyCount = 10000;

QStringList makeKeys(int n, const char *prefix)
{
    QStringList keys;
    keys.reserve(n);
    for (int i = 0; i < n; ++i)
        keys.append(QStringLiteral("%1%2").arg(QLatin1String(prefix)).arg(i, 16 - int(qstrlen(prefix)), 10, QLatin1Char('0')));
    return keys;
}

// The memory backend answers synchronously, so each loop completes inside the call;
// expectReady() checks that, since nothing here runs an event loop.
QCoro::Task<> getLoop(Cache *cache, QStringList keys, qint64 iterations, qint64 *hits)
{
    for (qint64 i = 0; i < iterations; ++i) {
        const QVariant v = co_await cache->get(keys[i % keys.size()]);
        *hits += v.isValid();
    }
}

QCoro::Task<> setLoop(Cache *cache, QStringList keys, qint64 iterations)
{
    for (qint64 i = 0; i < iterations; ++i)
        co_await cache->set(keys[i % keys.size()], i);
}

QCoro::Task<> fillLoop(Cache *cache, qint64 entries)
{
    // Keys are built here so that the store holds the only copy of each string.
    for (qint64 i = 0; i < entries; ++i)
        co_await cache->set(QStringLiteral("k%1").arg(i, 15, 10, QLatin1Char('0')), 1);
}

QCoro::Task<> getManyLoop(Cache *cache, QList<QStringList> batches, qint64 iterations, qint64 *found)
{
    for (qint64 i = 0; i < iterations; ++i) {
        const QList<QVariant> values = co_await cache->getMany(batches[i % batches.size()]);
        *found += values.size();
    }
}

void expectReady(const QCoro::Task<> &task)
{
    if (!task.isReady())
        qFatal("the memory backend suspended; the benchmark expects synchronous completion");
}

qint64 heapInUse()
{
    // Large blocks (a big index array) are mmapped and counted apart from the arena.
    const struct mallinfo2 info = mallinfo2();
    return static_cast<qint64>(info.uordblks + info.hblkhd);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList keys = makeKeys(KeyCount, "bench:key:");
    const QStringList missing = makeKeys(KeyCount, "miss:key:");

    QHash<QString, QVariant> raw;
    for (int i = 0; i < KeyCount; ++i)
        raw.insert(keys[i], i);
    qint64 sink = 0;
    Cache cache;
    cache.setup(QStringLiteral("mem://?size=1000000&check_interval=0"));
    expectReady(setLoop(&cache, keys, KeyCount));
    QList<QStringList> batches;
    for (int i = 0; i + 100 <= KeyCount; i += 100)
        batches.append(keys.mid(i, 100));

    // Every figure and its reference are measured in turns, Rounds times, and each keeps its
    // best round: other processes on the machine slow single rounds down, and a ratio of two
    // rates taken seconds apart would mostly measure that. The same rule holds for both sides.
    enum Figure { RawLookup, RawInsert, Hit, Miss, Set, Many, FigureCount };
    const std::function<void(qint64)> bodies[FigureCount] = {
        [&](qint64 n) {
            for (qint64 i = 0; i < n; ++i) {
                const auto it = raw.constFind(keys[i % KeyCount]);
                sink += it != raw.cend() ? it->toLongLong() & 1 : 0;
            }
        },
        // Overwrites of existing keys, as memory_set does.
        [&](qint64 n) {
            for (qint64 i = 0; i < n; ++i)
                raw.insert(keys[i % KeyCount], i);
        },
        [&](qint64 n) { expectReady(getLoop(&cache, keys, n, &sink)); },
        [&](qint64 n) { expectReady(getLoop(&cache, missing, n, &sink)); },
        [&](qint64 n) { expectReady(setLoop(&cache, keys, n)); },
        [&](qint64 n) { expectReady(getManyLoop(&cache, batches, n, &sink)); },
    };
    constexpr int Rounds = 3;
    double rate[FigureCount] = {};
    for (int round = 0; round < Rounds; ++round) {
        for (int f = 0; f < FigureCount; ++f)
            rate[f] = std::max(rate[f], bench::measure(bodies[f]));
    }

    bench::report(QStringLiteral("qhash_lookup_reference"), rate[RawLookup]);
    bench::report(QStringLiteral("qhash_insert_reference"), rate[RawInsert]);
    bench::report(QStringLiteral("memory_get_hit"), rate[Hit],
                  {{QStringLiteral("ratio_to_qhash"), rate[Hit] / rate[RawLookup]},
                   {QStringLiteral("target_ratio"), 0.30}});
    bench::report(QStringLiteral("memory_get_miss"), rate[Miss],
                  {{QStringLiteral("ratio_to_qhash"), rate[Miss] / rate[RawLookup]}});
    bench::report(QStringLiteral("memory_set"), rate[Set],
                  {{QStringLiteral("ratio_to_qhash"), rate[Set] / rate[RawLookup]},
                   {QStringLiteral("ratio_to_qhash_insert"), rate[Set] / rate[RawInsert]},
                   {QStringLiteral("target_ratio_to_qhash_insert"), 0.2}});
    const double keyRate = rate[Many] * 100;
    bench::report(QStringLiteral("memory_get_many_100"), rate[Many],
                  {{QStringLiteral("keys_per_s"), keyRate},
                   {QStringLiteral("key_ratio_to_qhash"), keyRate / rate[RawLookup]},
                   {QStringLiteral("key_ratio_to_get_hit"), keyRate / rate[Hit]},
                   {QStringLiteral("target_key_ratio_to_get_hit"), 2.0}});

    // Heap per entry: 1,000,000 entries of a 16-character key and an int value.
    constexpr qint64 Entries = 1'000'000;
    Cache big;
    big.setup(QStringLiteral("mem://?size=2000000&check_interval=0"));
    const qint64 before = heapInUse();
    expectReady(fillLoop(&big, Entries));
    const double perEntry = double(heapInUse() - before) / Entries;
    // Overhead = everything beyond the 16 key bytes and the 8-byte integer.
    bench::report(QStringLiteral("memory_overhead_per_entry"), 0,
                  {{QStringLiteral("heap_bytes_per_entry"), perEntry},
                   {QStringLiteral("overhead_bytes"), perEntry - 24},
                   {QStringLiteral("target_overhead_bytes"), 200}});
    return sink < 0 ? 1 : 0;
}
