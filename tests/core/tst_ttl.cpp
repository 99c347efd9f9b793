#include <cashews/errors.h>
#include <cashews/ttl.h>

#include <QTest>

using namespace cashews;
using namespace std::chrono_literals;

class TtlTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("ms");
        QTest::newRow("bare number") << QStringLiteral("80") << qint64(80000);
        QTest::newRow("full") << QStringLiteral("1d2h3m50s") << qint64(93830000);
        QTest::newRow("any order") << QStringLiteral("5s10m") << qint64(605000);
        QTest::newRow("upper case, spaces around") << QStringLiteral(" 3H ") << qint64(3 * 3600000);
        QTest::newRow("zero") << QStringLiteral("0s") << qint64(0);
        QTest::newRow("empty") << QString() << qint64(0);
    }
    void parses()
    {
        QFETCH(QString, text);
        QFETCH(qint64, ms);
        QCOMPARE(Ttl::parse(text).milliseconds(), ms);
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("fraction") << QStringLiteral("1.5h");
        QTest::newRow("unknown unit") << QStringLiteral("10x");
        QTest::newRow("negative") << QStringLiteral("-1");
        QTest::newRow("week") << QStringLiteral("1w");
        QTest::newRow("inner space") << QStringLiteral("1 h");
        QTest::newRow("unit without number") << QStringLiteral("h");
        QTest::newRow("trailing digits") << QStringLiteral("10s5");
        QTest::newRow("huge") << QStringLiteral("99999999999999999999s");
        // Found by fuzz_ttl (tests/fuzz/crashers/fuzz_ttl): a sum past qint64 overflowed, and a
        // total past qint64 milliseconds came out as a 1 ms TTL.
        QTest::newRow("sum overflows") << QStringLiteral("1099511627776d").repeated(100);
        QTest::newRow("milliseconds overflow") << QStringLiteral("1099511627776d");
    }
    void rejects()
    {
        QFETCH(QString, text);
        try {
            Ttl::parse(text);
            QFAIL("no error");
        } catch (const ValueError &e) {
            // The message names the bad string.
            QVERIFY2(e.message().contains(text), qPrintable(e.message()));
        }
    }

    void numbersAndDurations()
    {
        QCOMPARE(Ttl(2).milliseconds(), qint64(2000));
        QCOMPARE(Ttl(0.05).milliseconds(), qint64(50));
        QCOMPARE(Ttl(1500ms).milliseconds(), qint64(1500));
        QCOMPARE(Ttl(2min).milliseconds(), qint64(120000));
        QVERIFY(!Ttl(0).hasExpiry());
        QVERIFY(!Ttl().hasExpiry());
        QVERIFY(Ttl("1s").hasExpiry());
        QVERIFY_THROWS_EXCEPTION(ValueError, Ttl(-1));
        // Past qint64 milliseconds; this used to come out as a 1 ms TTL.
        QVERIFY_THROWS_EXCEPTION(ValueError, Ttl(1e300));
        // Just past the bound, where seconds * 1000 rounds to 2^63.
        QVERIFY_THROWS_EXCEPTION(ValueError, Ttl(9223372036854775.0));
        QCOMPARE(Ttl(double(qint64(1) << 53)).milliseconds(), (qint64(1) << 53) * 1000);
        QVERIFY_THROWS_EXCEPTION(ValueError, Ttl::fromMilliseconds(-5));
    }
};

QTEST_GUILESS_MAIN(TtlTest)
#include "tst_ttl.moc"
