#include "demo/demodata.h"

#include "common/pipeline.h"

#include <cashews/cache.h>
#include <cashews/clock.h>
#include <cashews/keycodec.h>
#include <cashews/pytypes.h>
#include <cashews/serializer.h>

#include <QDateTime>
#include <QUuid>

#include <utility>

namespace cashews {

namespace {

QString uuidText()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Dict userRecord(int id)
{
    Dict user;
    user.insert(QStringLiteral("id"), qlonglong(id));
    user.insert(QStringLiteral("name"), QStringLiteral("user %1").arg(id));
    user.insert(QStringLiteral("email"), QStringLiteral("user%1@example.org").arg(id));
    user.insert(QStringLiteral("active"), id % 3 != 0);
    user.insert(QStringLiteral("created"), QDateTime::fromMSecsSinceEpoch(1700000000000LL + id * 86400000LL, Qt::UTC));
    return user;
}

} // namespace

QString DemoData::signingSecret()
{
    return QStringLiteral("demo-secret");
}

QCoro::Task<> DemoData::seed(std::shared_ptr<Cache> cache)
{
    const SerializerPtr plain = Pipeline::build({});
    const SerializerPtr gzip = Pipeline::build({{QStringLiteral("compress_type"), QStringLiteral("gzip")}});
    const SerializerPtr signer = Pipeline::build({{QStringLiteral("secret"), signingSecret()}});
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC);
    const Ttl noExpiry;

    // @cache(ttl="1h") def get_user(user_id) -> app.users:get_user:user_id:<id>
    QStringList userKeys;
    for (int id = 1; id <= 40; ++id) {
        const QString key = QStringLiteral("app.users:get_user:user_id:%1").arg(id);
        userKeys << key;
        const QVariant user = QVariant::fromValue(userRecord(id));
        co_await cache->setRaw(key, plain->encode(key, user), Ttl(600 + id * 60));
    }
    for (int page = 1; page <= 5; ++page) {
        const QString key = QStringLiteral("app.catalog:list_items:page:%1").arg(page);
        QVariantList items;
        for (int i = 0; i < 3; ++i)
            items << QVariant::fromValue(Tuple{{qlonglong(page * 10 + i), QStringLiteral("item %1").arg(page * 10 + i), 9.5 + i}});
        co_await cache->setRaw(key, plain->encode(key, items), Ttl(1800));
    }

    // @cache.early(ttl="10m"): [fresh-until (aware UTC), result], plus a refresh lock.
    for (const char *sku : {"A100", "B200", "C300"}) {
        const QString key = QStringLiteral("early:v2:app.prices:get_price:sku:%1").arg(QLatin1StringView(sku));
        const QVariantList pair{now.addSecs(200), 12.5};
        co_await cache->setRaw(key, plain->encode(key, pair), Ttl(600));
    }
    {
        const QString lockKey = QStringLiteral("early:v2:app.prices:get_price:sku:A100:lock");
        co_await cache->setRaw(lockKey, plain->encode(lockKey, QStringLiteral("1")), Ttl(200));
    }
    // @cache.soft(ttl="1h", soft_ttl="5m"), stale already (fresh-until in the past).
    {
        const QString key = QStringLiteral("soft:app.search:query:q:qt widgets");
        const QVariantList pair{now.addSecs(-30), QVariantList{QStringLiteral("QTreeView"), QStringLiteral("QTableView")}};
        co_await cache->setRaw(key, plain->encode(key, pair), Ttl(3600));
    }
    // @cache.failover(ttl="1d")
    {
        const QString key = QStringLiteral("fail:app.weather:forecast:city:paris");
        Dict forecast;
        forecast.insert(QStringLiteral("city"), QStringLiteral("Paris"));
        forecast.insert(QStringLiteral("celsius"), 14.5);
        forecast.insert(QStringLiteral("when"), now);
        co_await cache->setRaw(key, plain->encode(key, QVariant::fromValue(forecast)), Ttl(86400));
    }
    // @cache.hit(ttl="1h", cache_hits=100): the value and its counter.
    {
        const QString key = QStringLiteral("hit:app.stats:top_products:limit:10");
        const QVariantList top{QStringLiteral("A100"), QStringLiteral("B200")};
        co_await cache->setRaw(key, plain->encode(key, top), Ttl(3600));
        co_await cache->incr(key + QStringLiteral(":counter"), 37, Ttl(3600));
    }
    co_await seedLive(cache);
    // @bloom(capacity=100): the whole filter is one bit field named after the template.
    {
        const QList<qint64> bits{3, 17, 101, 230, 512, 700, 958};
        co_await cache->incrBits(QStringLiteral("bloom:email:{email}:959"), bits, 1, 1);
    }
    // Tags: a set per tag; "users" also names a key that has expired since (dangling).
    {
        QStringList members = userKeys.mid(0, 10);
        members << QStringLiteral("app.users:get_user:user_id:999");
        co_await cache->setAdd(QStringLiteral("_tag:users"), members, Ttl(3600));
        QStringList catalog;
        for (int page = 1; page <= 5; ++page)
            catalog << QStringLiteral("app.catalog:list_items:page:%1").arg(page);
        co_await cache->setAdd(QStringLiteral("_tag:catalog"), catalog, Ttl(1800));
    }
    // Client-side mode stores keys under "cashews:".
    {
        const QString key = QStringLiteral("cashews:app.config:feature_flags");
        Dict flags;
        flags.insert(QStringLiteral("dark_mode"), true);
        flags.insert(QStringLiteral("beta"), false);
        co_await cache->setRaw(key, plain->encode(key, QVariant::fromValue(flags)), noExpiry);
    }
    // A signed value, a gzip-compressed one, a binary key, bytes, a big value, a plain int.
    {
        const QString key = QStringLiteral("app.secure:token:user:7");
        co_await cache->setRaw(key, signer->encode(key, QStringLiteral("opaque-session-token")), Ttl(900));
    }
    {
        const QString key = QStringLiteral("app.reports:monthly:month:2026-10");
        QVariantList rows;
        for (int i = 0; i < 200; ++i)
            rows << QVariant::fromValue(Tuple{{qlonglong(i), QStringLiteral("row %1").arg(i), i * 1.25}});
        co_await cache->setRaw(key, gzip->encode(key, rows), Ttl(7200));
    }
    {
        const QString key = keyFromBytes(QByteArrayLiteral("bin:\xff\xfe\x01raw"));
        co_await cache->setRaw(key, plain->encode(key, QByteArrayLiteral("raw\0bytes")), noExpiry);
    }
    {
        const QString key = QStringLiteral("app.export:dump:format:csv");
        QByteArray big;
        big.reserve(320 * 1024);
        for (int i = 0; big.size() < 320 * 1024; ++i)
            big += QByteArrayLiteral("line ") + QByteArray::number(i) + QByteArrayLiteral(",value,") + QByteArray::number(i * 7) + '\n';
        co_await cache->setRaw(key, plain->encode(key, QString::fromLatin1(big)), Ttl(3600));
    }
    co_await cache->incr(QStringLiteral("app.metrics:visits"), 1024, noExpiry);
}

QCoro::Task<> DemoData::seedLive(std::shared_ptr<Cache> cache)
{
    // Locks: lock=True, @locked, a transaction lock.
    co_await cache->setLock(QStringLiteral("lock:app.jobs:rebuild_index"), uuidText().toUtf8(), Ttl(300));
    co_await cache->setLock(QStringLiteral("locked:app.billing:charge:invoice:2024-117"), uuidText().toUtf8(), Ttl(45));
    co_await cache->setLock(QStringLiteral(":tx_lock:app.users:get_user:user_id:1"),
                            QUuid::createUuid().toByteArray(QUuid::Id128), Ttl(10));
    // @rate_limit(limit=10, period="1m"): a fixed-window counter.
    // Counters are written only when their window has ended, so a refresh does not count up.
    for (const auto &[ip, calls] : {std::pair{"10.0.0.7", 7}, std::pair{"10.0.0.9", 11}}) {
        const QString key = QStringLiteral("rate_limit:app.api:call:ip:") + QLatin1StringView(ip);
        if (!co_await cache->exists(key))
            co_await cache->incr(key, calls, Ttl(60));
    }
    // @slice_rate_limit(limit=5, period="1m"): a sliding log (zset of timestamps).
    const double seconds = static_cast<double>(nowMs()) / 1000.0;
    for (int i = 0; i < 3; ++i)
        co_await cache->sliceIncr(QStringLiteral("srl:app.api:search:user:42"), seconds - 60, seconds - 10 + i, 6, Ttl(60));
    // @circuit_breaker(errors_rate=50, period="1m", ttl="30s"): total/fails windows and an open flag.
    const QString breaker = QStringLiteral("circuit_breaker:app.payments:charge");
    for (int i = 0; i < 8; ++i)
        co_await cache->sliceIncr(breaker + QStringLiteral(":total"), seconds - 60, seconds - 8 + i, 9999, Ttl(60));
    for (int i = 0; i < 5; ++i)
        co_await cache->sliceIncr(breaker + QStringLiteral(":fails"), seconds - 60, seconds - 5 + i, 9999, Ttl(60));
    co_await cache->setLock(breaker + QStringLiteral(":open"), QByteArrayLiteral("1"), Ttl(30));
}

} // namespace cashews
