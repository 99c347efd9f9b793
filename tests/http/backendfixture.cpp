#include "backendfixture.h"

#include "backendurl.h"
#include "corotest.h"

#include <cashews/clock.h>

#include <QCoreApplication>
#include <QDateTime>

namespace cashews::test {

namespace {

qint64 s_now = 0;

QString redisUrl(int db)
{
    const QString server = redisFixtureUrl();
    if (server.isEmpty())
        return {};
    return server + QLatin1Char('/') + QString::number(db);
}

QCoro::Task<> clearCache(std::shared_ptr<Cache> cache)
{
    co_await cache->clear();
}

} // namespace

void addBackendRows(const QString &diskDirectory, int redisDb)
{
    QTest::addColumn<QString>("url");
    QTest::newRow("memory") << QStringLiteral("mem://");
    QTest::newRow("disk") << QStringLiteral("disk://?shards=1&directory=") + diskDirectory;
    QTest::newRow("redis") << redisUrl(redisDb);
}

std::shared_ptr<Cache> openBackend(const QString &url)
{
    if (!url.startsWith(QLatin1String("redis"))) {
        s_now = QDateTime::currentMSecsSinceEpoch();
        setClock([] { return s_now; });
    }
    auto cache = std::make_shared<Cache>();
    cache->setup(url);
    runCoro(clearCache(cache), std::chrono::seconds(20), __FILE__, __LINE__);
    return cache;
}

void advanceClock(qint64 ms)
{
    s_now += ms;
}

void closeBackend(std::shared_ptr<Cache> &cache)
{
    QCoreApplication::processEvents();
    cache.reset();
    setClock({});
}

} // namespace cashews::test
