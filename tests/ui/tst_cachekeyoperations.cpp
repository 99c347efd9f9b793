// CacheKeyOperations::rename on mem:// and (when the redis fixture runs) Redis, plain and
// signed: an existing target is never replaced unasked, and a signed value still verifies
// under its new name with its TTL kept.
#include "connections/connection.h"
#include "corotest.h"
#include "store/keyexistserror.h"
#include "uitestsupport.h"

#include <cashews/cache.h>
#include <cashews/errors.h>
#include <cashews/typedjson.h>

#include <QTest>

#include <memory>

using namespace cashews;

class CacheKeyOperationsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void renameAsksBeforeReplacing_data() { stores(); }
    void renameAsksBeforeReplacing();
    void renameSignedValueVerifiesUnderNewKey_data() { stores(); }
    void renameSignedValueVerifiesUnderNewKey();
    void renameRefusesValueSignedForAnotherKey_data() { stores(true); }
    void renameRefusesValueSignedForAnotherKey();

private:
    // Rows for mem:// and Redis, plain and signed (only signed with `signedOnly`).
    void stores(bool signedOnly = false);
    // Opens the data row's store (signed with a secret when `secret` is set), emptied.
    bool open(bool secret);

    std::unique_ptr<Connection> m_connection;
};

void CacheKeyOperationsTest::stores(bool signedOnly)
{
    QTest::addColumn<QString>("store");
    QTest::addColumn<bool>("secret");
    if (!signedOnly)
        QTest::newRow("mem") << QStringLiteral("mem://") << false;
    QTest::newRow("mem signed") << QStringLiteral("mem://") << true;
    if (!signedOnly)
        QTest::newRow("redis") << QStringLiteral("redis") << false;
    QTest::newRow("redis signed") << QStringLiteral("redis") << true;
}

bool CacheKeyOperationsTest::open(bool secret)
{
    QFETCH(QString, store);
    ConnectionConfig config;
    config.name = store;
    config.url = test::storeUrl(store, 11);
    if (config.url.isEmpty())
        return false;
    if (secret)
        config.options.insert(QStringLiteral("secret"), QStringLiteral("s3cret"));
    m_connection = std::make_unique<Connection>(config);
    return test::runCoro([](std::shared_ptr<Cache> cache) -> QCoro::Task<> { co_await cache->clear(); }(m_connection->cache()),
                         std::chrono::seconds(10), __FILE__, __LINE__);
}

void CacheKeyOperationsTest::cleanup()
{
    m_connection.reset();
}

#define OPEN_STORE(secret)                                                                 \
    if (!open(secret)) {                                                                   \
        QFETCH(QString, store);                                                            \
        if (store == QLatin1StringView("redis"))                                           \
            QSKIP("no redis fixture (CASHEWS_REDIS_URL_FILE)");                            \
        QFAIL("the store could not be opened");                                           \
    }

void CacheKeyOperationsTest::renameAsksBeforeReplacing()
{
    QFETCH(bool, secret);
    OPEN_STORE(secret);
    CASHEWS_RUN([](std::shared_ptr<Cache> cache, KeyOperationsPtr operations) -> QCoro::Task<> {
        const QString from = QStringLiteral("user:3");
        const QString to = QStringLiteral("user:4");
        co_await cache->set(from, QStringLiteral("Ann"));
        co_await cache->set(to, QStringLiteral("Bob"));
        CORO_VERIFY_THROWS(operations->rename(from, to, false), KeyExistsError);
        CORO_COMPARE(co_await cache->get(from), QVariant(QStringLiteral("Ann")));
        CORO_COMPARE(co_await cache->get(to), QVariant(QStringLiteral("Bob")));

        CORO_VERIFY(co_await operations->rename(from, to, true));
        CORO_COMPARE(co_await cache->get(to), QVariant(QStringLiteral("Ann")));
        CORO_VERIFY(!co_await cache->exists(from));
        // A missing source is no rename.
        CORO_VERIFY(!co_await operations->rename(from, QStringLiteral("user:5"), false));
        CORO_VERIFY(!co_await cache->exists(QStringLiteral("user:5")));
    }(m_connection->cache(), m_connection->operations()));
}

void CacheKeyOperationsTest::renameSignedValueVerifiesUnderNewKey()
{
    QFETCH(bool, secret);
    OPEN_STORE(secret);
    CASHEWS_RUN([](std::shared_ptr<Cache> cache, KeyOperationsPtr operations) -> QCoro::Task<> {
        const QString from = QStringLiteral("user:3");
        const QString to = QStringLiteral("user:4");
        const QVariantMap user{{QStringLiteral("name"), QStringLiteral("Ann")}, {QStringLiteral("age"), 41}};
        co_await cache->set(from, user, 100);
        const QByteArray before = toTypedJson(co_await cache->get(from));
        CORO_VERIFY(co_await operations->rename(from, to, false));
        // Read through the cache: verified under the new key (a moved signature would throw).
        CORO_COMPARE(toTypedJson(co_await cache->get(to)), before);
        CORO_VERIFY(!co_await cache->exists(from));
        const qint64 left = co_await cache->getExpireMs(to);
        CORO_VERIFY2(left > 0 && left <= 100000, qPrintable(QString::number(left)));
    }(m_connection->cache(), m_connection->operations()));
}

void CacheKeyOperationsTest::renameRefusesValueSignedForAnotherKey()
{
    QFETCH(bool, secret);
    OPEN_STORE(secret);
    CASHEWS_RUN([](std::shared_ptr<Cache> cache, KeyOperationsPtr operations) -> QCoro::Task<> {
        // The bytes of "other" copied to "copy": their signature names the wrong key.
        co_await cache->set(QStringLiteral("other"), QStringLiteral("value"));
        const QVariant raw = co_await cache->getRaw(QStringLiteral("other"));
        co_await cache->setRaw(QStringLiteral("copy"), raw);
        CORO_VERIFY_THROWS(operations->rename(QStringLiteral("copy"), QStringLiteral("moved"), false), UnSecureDataError);
        CORO_VERIFY(co_await cache->exists(QStringLiteral("copy")));
        CORO_VERIFY(!co_await cache->exists(QStringLiteral("moved")));
    }(m_connection->cache(), m_connection->operations()));
}

QTEST_MAIN(CacheKeyOperationsTest)
#include "tst_cachekeyoperations.moc"
