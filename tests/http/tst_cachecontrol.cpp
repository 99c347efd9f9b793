// CacheControl: the request directives cashews' CacheRequestControlMiddleware acts on, and
// cacheControlTtl reading them from a call's arguments.
#include <cashews/http/cachecontrol.h>
#include <cashews/http/request.h>

#include <QTest>

using namespace cashews;
using namespace cashews::http;

class CacheControlTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<bool>("noCache");
        QTest::addColumn<bool>("noStore");
        QTest::addColumn<qint64>("maxAge"); // -1: unset
        QTest::addColumn<bool>("bypass");
        QTest::newRow("empty") << QByteArray() << false << false << qint64(-1) << false;
        QTest::newRow("no-cache") << QByteArray("no-cache") << true << false << qint64(-1) << false;
        QTest::newRow("no-store") << QByteArray("no-store") << false << true << qint64(-1) << true;
        QTest::newRow("list, case") << QByteArray(" Private , No-Cache,max-age=5") << true << false << qint64(5) << false;
        QTest::newRow("max-age=0") << QByteArray("max-age=0") << false << false << qint64(0) << true;
        QTest::newRow("quoted") << QByteArray("max-age=\"12\"") << false << false << qint64(12) << false;
        QTest::newRow("spaces") << QByteArray("max-age = 7") << false << false << qint64(7) << false;
        QTest::newRow("first wins") << QByteArray("max-age=3, max-age=9") << false << false << qint64(3) << false;
        QTest::newRow("capped") << QByteArray("max-age=99999999999999999999999") << false << false << (qint64(1) << 31) << false;
        QTest::newRow("letters") << QByteArray("max-age=abc") << false << false << qint64(-1) << false;
        QTest::newRow("negative") << QByteArray("max-age=-5") << false << false << qint64(-1) << false;
        QTest::newRow("plus") << QByteArray("max-age=+5") << false << false << qint64(-1) << false;
        QTest::newRow("no value") << QByteArray("max-age") << false << false << qint64(-1) << false;
        QTest::newRow("empty value") << QByteArray("max-age=") << false << false << qint64(-1) << false;
        QTest::newRow("lone quote") << QByteArray("max-age=\"") << false << false << qint64(-1) << false;
        QTest::newRow("prefix") << QByteArray("no-cachex, xno-store, s-max-age=4") << false << false << qint64(-1) << false;
        QTest::newRow("separators") << QByteArray(",,=,=") << false << false << qint64(-1) << false;
    }

    void parse()
    {
        QFETCH(QByteArray, value);
        QFETCH(bool, noCache);
        QFETCH(bool, noStore);
        QFETCH(qint64, maxAge);
        QFETCH(bool, bypass);
        const CacheControl control = CacheControl::parse(value);
        QCOMPARE(control.noCache(), noCache);
        QCOMPARE(control.noStore(), noStore);
        QCOMPARE(control.maxAge().value_or(-1), maxAge);
        QCOMPARE(control.bypass(), bypass);
    }

    void ttlFromTheRequestArgument()
    {
        const TtlSpec ttl = cacheControlTtl(60);
        const Request withAge("GET", QUrl(QStringLiteral("/a")), {{"cache-control", "max-age=30"}});
        const Request without("GET", QUrl(QStringLiteral("/a")));
        const Request bad("GET", QUrl(QStringLiteral("/a")), {{"Cache-Control", "max-age=x"}});
        QCOMPARE(ttl.resolve({QStringLiteral("GET"), QVariant::fromValue(withAge)}).milliseconds(), 30000);
        QCOMPARE(ttl.resolve({QVariant::fromValue(without)}).milliseconds(), 60000);
        QCOMPARE(ttl.resolve({QVariant::fromValue(bad)}).milliseconds(), 60000);
        QCOMPARE(ttl.resolve({}).milliseconds(), 60000);
    }
};

QTEST_GUILESS_MAIN(CacheControlTest)
#include "tst_cachecontrol.moc"
