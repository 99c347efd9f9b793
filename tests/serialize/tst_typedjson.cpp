// Typed JSON (the CLI's and GUI's text form of values) and Python's float repr.
#include "valuecompare.h"

#include <cashews/errors.h>
#include <cashews/pytypes.h>
#include <cashews/typedjson.h>
#include <cashews/value.h>

#include <QDateTime>
#include <QTest>
#include <QUrl>

#include <cmath>
#include <limits>

using namespace cashews;

class TypedJsonTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void floatRepr_data();
    void floatRepr();
    void bigIntegers();
    void valueTypes();
    void plainObjectsAndFloats();
    void errorsNamePosition_data();
    void errorsNamePosition();
    void deepDocumentRejected();
    void pythonEquality();
};

void TypedJsonTest::roundTrip_data()
{
    QTest::addColumn<QByteArray>("text");
    const char *const texts[] = {
        "null", "true", "false", "0", "-7", "123456789012345678901234567890", "\"h\\u00e9\\\"llo\\n\"",
        "[1, [2, [3]], []]", R"({"$float": "-0.0"})", R"({"$float": "nan"})", R"({"$float": "1e+300"})",
        R"({"$bytes": "AAEC/w=="})", R"({"$tuple": []})", R"({"$set": [1, "a"]})", R"({"$frozenset": [{"$tuple": [1, 2]}]})",
        R"({"$dict": [[{"$tuple": [1, 2]}, null], [1, "x"], ["a", {"$dict": []}]]})",
        R"({"$datetime": "2026-11-24T17:30:05.123000+00:00"})", R"({"$datetime": "2001-02-03T04:05:06"})",
        R"({"$datetime": "2001-02-03T04:05:06-05:30"})", R"({"$date": "2026-01-31"})", R"({"$decimal": "1.10"})", R"({"$decimal": "-1E+5"})", R"({"$decimal": "sNaN"})",
        R"({"$object": {"module": "m", "name": "C", "construction": "newobj", "args": [1], "state": {"$dict": [["x", 1]]}}})",
    };
    for (const char *text : texts)
        QTest::newRow(text) << QByteArray(text);
}

void TypedJsonTest::roundTrip()
{
    QFETCH(QByteArray, text);
    const QVariant value = fromTypedJson(text);
    QCOMPARE(toTypedJson(value), QString::fromUtf8(text).replace(QStringLiteral("\\u00e9"), QStringLiteral("é")).toUtf8());
}

void TypedJsonTest::floatRepr_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QByteArray>("repr");
    // Python's repr(float).
    QTest::newRow("1.5") << 1.5 << QByteArray("1.5");
    QTest::newRow("integral") << 3.0 << QByteArray("3.0");
    QTest::newRow("1e16") << 1e16 << QByteArray("1e+16");
    QTest::newRow("1e15") << 1e15 << QByteArray("1000000000000000.0");
    QTest::newRow("0.0001") << 0.0001 << QByteArray("0.0001");
    QTest::newRow("1e-05") << 1e-05 << QByteArray("1e-05");
    QTest::newRow("0.1+0.2") << 0.1 + 0.2 << QByteArray("0.30000000000000004");
    QTest::newRow("-inf") << -std::numeric_limits<double>::infinity() << QByteArray("-inf");
    QTest::newRow("min") << 5e-324 << QByteArray("5e-324");
    QTest::newRow("max") << 1.7976931348623157e308 << QByteArray("1.7976931348623157e+308");
}

void TypedJsonTest::floatRepr()
{
    QFETCH(double, value);
    QFETCH(QByteArray, repr);
    QCOMPARE(toTypedJson(value), R"({"$float": ")" + repr + R"("})");
    QCOMPARE(fromTypedJson(R"({"$float": ")" + repr + R"("})").toDouble(), value);
}

void TypedJsonTest::bigIntegers()
{
    QCOMPARE(fromTypedJson("9223372036854775807").metaType().id(), QMetaType::LongLong);
    QCOMPARE(fromTypedJson("-9223372036854775808").toLongLong(), std::numeric_limits<qint64>::min());
    const QVariant big = fromTypedJson("9223372036854775808");
    QCOMPARE(big.metaType(), QMetaType::fromType<BigInt>());
    QCOMPARE(big.value<BigInt>().toDecimal(), QByteArray("9223372036854775808"));
    // Python's pickle bytes of 2**63 and -2**70.
    QCOMPARE(big.value<BigInt>().toLittleEndian().toHex(), QByteArray("000000000000008000"));
    QCOMPARE(fromTypedJson("-1180591620717411303424").value<BigInt>().toLittleEndian().toHex(), QByteArray("0000000000000000c0"));
    QCOMPARE(BigInt::fromLittleEndian(QByteArray::fromHex("0000000000000000c0")).toDecimal(), QByteArray("-1180591620717411303424"));
    QVERIFY_THROWS_EXCEPTION(ValueError, fromTypedJson(QByteArray(5000, '7')));
}

void TypedJsonTest::valueTypes()
{
    QCOMPARE(fromTypedJson("null"), none());
    // Microseconds below the millisecond are kept (a PyDateTime), whole milliseconds are a QDateTime.
    const QVariant micro = fromTypedJson(R"({"$datetime": "2026-11-24T17:30:05.123456Z"})");
    QCOMPARE(toDateTime(micro), std::optional<QDateTime>(QDateTime(QDate(2026, 11, 24), QTime(17, 30, 5, 123), Qt::UTC)));
    QCOMPARE(extraMicroseconds(micro), 456);
    QCOMPARE(toTypedJson(micro), QByteArray(R"({"$datetime": "2026-11-24T17:30:05.123456+00:00"})"));
    QCOMPARE(fromTypedJson(R"({"$datetime": "2026-11-24T17:30:05.123Z"})").metaType().id(), QMetaType::QDateTime);
    QCOMPARE(fromTypedJson(R"({"$datetime": "2026-11-24T17:30:05"})").toDateTime().timeSpec(), Qt::LocalTime);
    const Dict dict = fromTypedJson(R"({"$dict": [["b", 1], ["a", 2], ["b", 3]]})").value<Dict>();
    QCOMPARE(dict.size(), 2);
    QCOMPARE(dict.items().front().first, QVariant(QStringLiteral("b"))); // first position, last value
    QCOMPARE(dict.value(QStringLiteral("b")), QVariant(qlonglong(3)));
    QCOMPARE(toTypedJson(QVariant::fromValue(QUrl(QStringLiteral("urn:isbn:0451450523")))),
             QByteArray(R"({"$qt": ["QUrl", "urn:isbn:0451450523"]})"));
    QCOMPARE(fromTypedJson(R"({"$qt": ["QUrl", "urn:isbn:0451450523"]})"), QVariant(QUrl(QStringLiteral("urn:isbn:0451450523"))));
    QVERIFY_THROWS_EXCEPTION(ValueError, toTypedJson(QVariant()));
}

void TypedJsonTest::plainObjectsAndFloats()
{
    const QVariant value = fromTypedJson(R"({"a": 1.5, "b": [true]})");
    QCOMPARE(value.metaType(), QMetaType::fromType<Dict>());
    QCOMPARE(value.value<Dict>().value(QStringLiteral("a")), QVariant(1.5));
    QCOMPARE(toTypedJson(value), QByteArray(R"({"$dict": [["a", {"$float": "1.5"}], ["b", [true]]]})"));
}

void TypedJsonTest::errorsNamePosition_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("trailing comma") << QByteArray("[1, ]") << QStringLiteral("position 4");
    QTest::newRow("unterminated") << QByteArray("\"abc") << QStringLiteral("unterminated string");
    QTest::newRow("extra data") << QByteArray("1 2") << QStringLiteral("position 2");
    QTest::newRow("leading zero") << QByteArray("012") << QStringLiteral("leading zeros");
    QTest::newRow("unknown tag") << QByteArray(R"({"$nope": 1})") << QStringLiteral("$nope");
    QTest::newRow("bad base64") << QByteArray(R"({"$bytes": "!!"})") << QStringLiteral("base64");
    QTest::newRow("bad date") << QByteArray(R"({"$date": "2026-02-30"})") << QStringLiteral("2026-02-30");
    QTest::newRow("bad decimal") << QByteArray(R"({"$decimal": "1.2.3"})") << QStringLiteral("not a decimal");
    QTest::newRow("bad pair") << QByteArray(R"({"$dict": [[1]]})") << QStringLiteral("pairs");
}

void TypedJsonTest::errorsNamePosition()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, message);
    try {
        fromTypedJson(text);
        QFAIL("no error");
    } catch (const ValueError &error) {
        QVERIFY2(error.message().contains(message), qPrintable(error.message()));
    }
}

void TypedJsonTest::deepDocumentRejected()
{
    QVERIFY_THROWS_EXCEPTION(ValueError, fromTypedJson(QByteArray(100000, '[') + QByteArray(100000, ']')));
    QCOMPARE(fromTypedJson(QByteArray(100, '[') + QByteArray(100, ']')).toList().size(), 1);
}

void TypedJsonTest::pythonEquality()
{
    // Numbers compare across bool/int/float as in Python; "1" is not 1 (QVariant says it is).
    QVERIFY(pyEquals(true, qlonglong(1)));
    QVERIFY(pyEquals(1.0, 1));
    QVERIFY(!pyEquals(QStringLiteral("1"), 1));
    QVERIFY(QVariant(QStringLiteral("1")) == QVariant(1));
    QVERIFY(!pyEquals(QVariant(qulonglong(18446744073709551615ull)), qlonglong(-1)));
    QVERIFY(fromTypedJson(R"({"$dict": [["a", "1"]]})") != fromTypedJson(R"({"$dict": [["a", 1]]})"));
    QVERIFY(fromTypedJson(R"({"$tuple": ["1"]})") != fromTypedJson(R"({"$tuple": [1]})"));
    QVERIFY(fromTypedJson(R"({"$set": [1, "a"]})") == fromTypedJson(R"({"$set": ["a", 1]})"));
    QVERIFY(fromTypedJson(R"({"$dict": [["a", 1], ["b", 2]]})") == fromTypedJson(R"({"$dict": [["b", 2], ["a", 1]]})"));
    // A dict keeps one key for equal keys of different number types, like Python's {1: "a", 1.0: "b"}.
    QCOMPARE(fromTypedJson(R"({"$dict": [[1, "a"], [{"$float": "1.0"}, "b"], ["1", "c"]]})").value<Dict>().size(), 2);
}

QTEST_GUILESS_MAIN(TypedJsonTest)
#include "tst_typedjson.moc"
