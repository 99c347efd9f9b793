// The key browser on a 1,000,000-key store: time to the first rows on screen, time to load
// every key, the longest event-loop stall while loading (a 1 ms probe timer), and the model's
// memory per key, unsorted and sorted by key from the start (each page merged into the order).
// Reference measured in the same run: the bare paged scan without a model.
// The store is mem://, plus the Redis server named by CASHEWS_REDIS_URL_FILE when that is set.
#include "benchsupport.h"
#include "store/cachekeyoperations.h"
#include "corotest.h"
#include "browser/keylistmodel.h"

#include <cashews/cache.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTimer>

#include <malloc.h>

using namespace cashews;

namespace {

constexpr int KeyCount = 1'000'000;

// Heap bytes in use (malloc's own count, so memory freed by an earlier run does not hide
// what the model allocates, as a resident-size delta would).
qint64 heapBytes()
{
    const struct mallinfo2 info = mallinfo2();
    return static_cast<qint64>(info.uordblks + info.hblkhd);
}

// Hands the model freshly allocated key strings, as a network store does; mem:// would
// otherwise share its own strings with the model and hide their cost.
class CopyingScan : public KeyScan
{
public:
    explicit CopyingScan(std::shared_ptr<KeyScan> inner) : m_inner(std::move(inner)) {}
    qint64 scanned() const override { return m_inner->scanned(); }

protected:
    QCoro::Task<std::optional<QStringList>> fetchNext() override
    {
        const std::shared_ptr<KeyScan> inner = m_inner;
        std::optional<QStringList> page = co_await KeyScan::next(inner);
        if (page) {
            for (QString &key : *page)
                key = QString(key.constData(), key.size());
        }
        co_return page;
    }

private:
    std::shared_ptr<KeyScan> m_inner;
};

class CopyingOperations : public CacheKeyOperations
{
public:
    using CacheKeyOperations::CacheKeyOperations;
    std::shared_ptr<KeyScan> scan(QString pattern, int pageSize) override
    {
        return std::make_shared<CopyingScan>(CacheKeyOperations::scan(std::move(pattern), pageSize));
    }
};

QCoro::Task<> fill(std::shared_ptr<Cache> cache)
{
    co_await cache->clear();
    for (int start = 0; start < KeyCount; start += 10000) {
        KeyValueList pairs;
        pairs.reserve(10000);
        // Names in a scrambled order (7919 is prime to KeyCount), so that no store hands them
        // out sorted and a sorted load really merges every page into the whole list.
        for (int i = start; i < start + 10000; ++i) {
            const int id = static_cast<int>((qint64(i) * 7919) % KeyCount);
            pairs.append({QStringLiteral("app.users:get_user:user_id:%1").arg(id, 7, 10, QLatin1Char('0')), i});
        }
        co_await cache->setMany(pairs, Ttl(3600));
    }
}

QCoro::Task<> scanAll(std::shared_ptr<Cache> cache, qint64 *count)
{
    auto pages = cache->scanBatches(QStringLiteral("*"), 1000);
    for (auto it = co_await pages.begin(); it != pages.end(); co_await ++it)
        *count += (*it).size();
}

// Loads every key into a KeyListModel (sorted by `sortColumn` from the start when >= 0),
// reporting first rows, load time, the longest stall and the model's memory per key.
void loadModel(std::shared_ptr<Cache> cache, const QString &name, double scanSeconds, int sortColumn)
{
    QElapsedTimer timer;
    const qint64 heapBefore = heapBytes();
    auto model = std::make_unique<KeyListModel>(std::make_shared<CopyingOperations>(cache));
    QEventLoop loop;
    qint64 firstRowsNs = -1;
    qint64 longestStallNs = 0;
    QElapsedTimer probeClock;
    QTimer probe;
    probe.setInterval(1);
    QObject::connect(&probe, &QTimer::timeout, &loop, [&] {
        longestStallNs = qMax(longestStallNs, probeClock.nsecsElapsed());
        probeClock.restart();
    });
    QObject::connect(model.get(), &QAbstractItemModel::rowsInserted, &loop, [&] {
        if (firstRowsNs < 0)
            firstRowsNs = timer.nsecsElapsed();
    });
    QObject::connect(model.get(), &KeyListModel::progressChanged, &loop, [&] {
        if (model->isComplete())
            loop.quit();
    });
    QObject::connect(model.get(), &KeyListModel::errorOccurred, &loop, [&](const QString &message) {
        qWarning("%s", qPrintable(message));
        loop.quit();
    });
    timer.start();
    probeClock.start();
    probe.start();
    if (sortColumn >= 0)
        model->sort(sortColumn); // before the first page: every page is merged into the order
    model->reload();
    model->loadAll();
    loop.exec();
    probe.stop();
    const double loadSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    const qint64 rows = model->rowCount();
    const qint64 heapAfter = heapBytes();
    bench::report(name, static_cast<double>(rows) / loadSeconds,
                  {{QStringLiteral("keys"), rows},
                   {QStringLiteral("first_rows_ms"), static_cast<double>(firstRowsNs) / 1e6},
                   {QStringLiteral("load_all_ms"), loadSeconds * 1000},
                   {QStringLiteral("longest_stall_ms"), static_cast<double>(longestStallNs) / 1e6},
                   {QStringLiteral("model_bytes_per_key"), static_cast<double>(heapAfter - heapBefore) / static_cast<double>(rows)},
                   {QStringLiteral("ratio_vs_raw_scan"), scanSeconds / loadSeconds}});
}

void run(const QString &store, const QString &url)
{
    auto cache = std::make_shared<Cache>();
    cache->setup(url);
    QElapsedTimer timer;
    timer.start();
    if (!test::runCoro(fill(cache), std::chrono::minutes(5), __FILE__, __LINE__))
        return;
    const double fillSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    bench::report(QStringLiteral("ui_fill_%1").arg(store), KeyCount / fillSeconds, {{QStringLiteral("keys"), KeyCount}});

    // Reference: the bare paged scan, no model.
    qint64 scanned = 0;
    timer.restart();
    if (!test::runCoro(scanAll(cache, &scanned), std::chrono::minutes(5), __FILE__, __LINE__))
        return;
    const double scanSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    bench::report(QStringLiteral("ui_raw_scan_%1").arg(store), static_cast<double>(scanned) / scanSeconds,
                  {{QStringLiteral("keys"), scanned}, {QStringLiteral("seconds"), scanSeconds}});

    loadModel(cache, QStringLiteral("ui_model_load_all_%1").arg(store), scanSeconds, -1);
    loadModel(cache, QStringLiteral("ui_model_load_all_sorted_%1").arg(store), scanSeconds, KeyListModel::KeyColumn);
    test::runCoro(cache->close(), std::chrono::seconds(10), __FILE__, __LINE__);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    run(QStringLiteral("mem"), QStringLiteral("mem://?size=2000000&check_interval=3600"));
    QFile urlFile(qEnvironmentVariable("CASHEWS_REDIS_URL_FILE"));
    if (urlFile.open(QIODevice::ReadOnly))
        run(QStringLiteral("redis"), QString::fromUtf8(urlFile.readAll()).trimmed() + QStringLiteral("/10"));
    return 0;
}
