// The pickle reader on pickles of every protocol, on objects it cannot rebuild, and on
// hostile bytes: truncated, oversized, deeply nested, self-referencing, expanding, garbage.
#include "valuecompare.h"

#include <cashews/errors.h>
#include <cashews/pytypes.h>
#include <cashews/serializer.h>
#include <cashews/typedjson.h>

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

using namespace cashews;

namespace {

// The same list pickled by CPython 3.11 with protocols 0 to 4 (pickle.dumps(v, protocol=p)):
// [1, -2, 3.5, "é", b"\x00\xff", (1, 2), {"a": None, 1: True}, {1, 2}, frozenset({3}),
//  datetime(2020, 1, 2, 3, 4, 5, 6000, tzinfo=timezone.utc), date(2020, 1, 2),
//  Decimal("1.10"), 2**70, -2**70]
const char *const ProtocolPickles[] = {
    "286c70300a49310a61492d320a6146332e350a6156e90a70310a61635f636f646563730a656e636f64650a70320a28565c7530303030ff0a70330a566c6174696e310a70340a7470350a5270360a612849310a49320a7470370a61286470380a56610a70390a4e7349310a4930310a7361635f5f6275696c74696e5f5f0a7365740a7031300a28286c7031310a49310a6149320a61747031320a527031330a61635f5f6275696c74696e5f5f0a66726f7a656e7365740a7031340a28286c7031350a49330a61747031360a527031370a61636461746574696d650a6461746574696d650a7031380a2867320a285607e401020304055c753030303017700a7031390a67340a747032300a527032310a636461746574696d650a74696d657a6f6e650a7032320a28636461746574696d650a74696d6564656c74610a7032330a2849300a49300a49300a747032340a527032350a747032360a527032370a747032380a527032390a61636461746574696d650a646174650a7033300a2867320a285607e401020a7033310a67340a747033320a527033330a747033340a527033350a6163646563696d616c0a446563696d616c0a7033360a2856312e31300a7033370a747033380a527033390a614c313138303539313632303731373431313330333432344c0a614c2d313138303539313632303731373431313330333432344c0a612e",
    "5d7100284b014afeffffff47400c0000000000005802000000c3a97101635f636f646563730a656e636f64650a710228580300000000c3bf710358060000006c6174696e317104747105527106284b014b027471077d71082858010000006171094e4b014930310a75635f5f6275696c74696e5f5f0a7365740a710a285d710b284b014b026574710c52710d635f5f6275696c74696e5f5f0a66726f7a656e7365740a710e285d710f4b0361747110527111636461746574696d650a6461746574696d650a711228680228580b00000007c3a4010203040500177071136804747114527115636461746574696d650a74696d657a6f6e650a711628636461746574696d650a74696d6564656c74610a7117284b004b004b0074711852711974711a52711b74711c52711d636461746574696d650a646174650a711e28680228580500000007c3a40102711f680474712052712174712252712363646563696d616c0a446563696d616c0a7124285804000000312e313071257471265271274c313138303539313632303731373431313330333432344c0a4c2d313138303539313632303731373431313330333432344c0a652e",
    "80025d7100284b014afeffffff47400c0000000000005802000000c3a97101635f636f646563730a656e636f64650a7102580300000000c3bf710358060000006c6174696e3171048671055271064b014b028671077d71082858010000006171094e4b018875635f5f6275696c74696e5f5f0a7365740a710a5d710b284b014b026585710c52710d635f5f6275696c74696e5f5f0a66726f7a656e7365740a710e5d710f4b0361857110527111636461746574696d650a6461746574696d650a71126802580b00000007c3a4010203040500177071136804867114527115636461746574696d650a74696d657a6f6e650a7116636461746574696d650a74696d6564656c74610a71174b004b004b0087711852711985711a52711b86711c52711d636461746574696d650a646174650a711e6802580500000007c3a40102711f680486712052712185712252712363646563696d616c0a446563696d616c0a71245804000000312e313071258571265271278a090000000000000000408a090000000000000000c0652e",
    "80035d7100284b014afeffffff47400c0000000000005802000000c3a97101430200ff71024b014b028671037d71042858010000006171054e4b018875636275696c74696e730a7365740a71065d7107284b014b0265857108527109636275696c74696e730a66726f7a656e7365740a710a5d710b4b036185710c52710d636461746574696d650a6461746574696d650a710e430a07e40102030405001770710f636461746574696d650a74696d657a6f6e650a7110636461746574696d650a74696d6564656c74610a71114b004b004b00877112527113857114527115867116527117636461746574696d650a646174650a7118430407e40102711985711a52711b63646563696d616c0a446563696d616c0a711c5804000000312e3130711d85711e52711f8a090000000000000000408a090000000000000000c0652e",
    "800495e1000000000000005d94284b014afeffffff47400c0000000000008c02c3a994430200ff944b014b0286947d94288c0161944e4b0188758f94284b014b0290284b0391948c086461746574696d65948c086461746574696d65949394430a07e401020304050017709468088c0874696d657a6f6e6594939468088c0974696d6564656c74619493944b004b004b0087945294859452948694529468088c0464617465949394430407e4010294859452948c07646563696d616c948c07446563696d616c9493948c04312e313094859452948a090000000000000000408a090000000000000000c0652e",
};

const char ProtocolValue[] = R"([1, -2, {"$float": "3.5"}, "é", {"$bytes": "AP8="}, {"$tuple": [1, 2]}, {"$dict": [["a", null], [1, true]]}, {"$set": [1, 2]}, {"$frozenset": [3]}, {"$datetime": "2020-01-02T03:04:05.006000+00:00"}, {"$date": "2020-01-02"}, {"$decimal": "1.10"}, 1180591620717411303424, -1180591620717411303424])";

QByteArray pickle(QByteArrayView body)
{
    return QByteArrayLiteral("\x80\x05") + body.toByteArray();
}

} // namespace

class PickleTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void readsEveryProtocol_data();
    void readsEveryProtocol();
    void opaqueObjects_data();
    void opaqueObjects();
    void otherTimezones();
    void zoneInfoDateTimes_data();
    void zoneInfoDateTimes();
    void zoneInfoSharedAndSkipped();
    void loneSurrogates();
    void unhashableMembersRejected_data();
    void unhashableMembersRejected();
    void microsecondDateTimes_data();
    void microsecondDateTimes();
    void truncatedInputs();
    void oversizedLengths_data();
    void oversizedLengths();
    void deepNesting();
    void selfReference();
    void exponentialSharing();
    void garbage();
    void fuzzCrashers();

private:
    QVariant load(const QByteArray &bytes) const { return m_pickle->decodeStrict(QStringLiteral("k"), bytes); }

    SerializerPtr m_pickle;
};

void PickleTest::initTestCase()
{
    m_pickle = Serializer::create({});
}

void PickleTest::readsEveryProtocol_data()
{
    QTest::addColumn<QByteArray>("bytes");
    for (int protocol = 0; protocol <= 4; ++protocol)
        QTest::addRow("protocol %d", protocol) << QByteArray::fromHex(ProtocolPickles[protocol]);
}

void PickleTest::readsEveryProtocol()
{
    QFETCH(QByteArray, bytes);
    QCOMPARE(test::canonicalJson(load(bytes)), test::canonicalJson(fromTypedJson(ProtocolValue)));
}

void PickleTest::opaqueObjects_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("typedJson");
    // pickle.dumps(..., protocol=5) of: geometry.Point() with x=1, y="a"; ValueError("boom");
    // OrderedDict(a=1, b=2); timedelta(days=1, seconds=5).
    QTest::newRow("user class") << QByteArray::fromHex("8005952c000000000000008c0867656f6d65747279948c05506f696e749493942981947d94288c0178944b018c0179948c01619475622e")
                                << QByteArray(R"({"$object": {"module": "geometry", "name": "Point", "construction": "newobj", "state": {"$dict": [["x", 1], ["y", "a"]]}}})");
    QTest::newRow("exception") << QByteArray::fromHex("80059526000000000000008c086275696c74696e73948c0a56616c75654572726f729493948c04626f6f6d94859452942e")
                               << QByteArray(R"({"$object": {"module": "builtins", "name": "ValueError", "construction": "reduce", "args": ["boom"]}})");
    QTest::newRow("OrderedDict") << QByteArray::fromHex("80059530000000000000008c0b636f6c6c656374696f6e73948c0b4f72646572656444696374949394295294288c0161944b018c0162944b02752e")
                                 << QByteArray(R"({"$object": {"module": "collections", "name": "OrderedDict", "construction": "reduce", "dictitems": {"$dict": [["a", 1], ["b", 2]]}}})");
    QTest::newRow("timedelta") << QByteArray::fromHex("80059524000000000000008c086461746574696d65948c0974696d6564656c74619493944b014b054b00879452942e")
                               << QByteArray(R"({"$object": {"module": "datetime", "name": "timedelta", "construction": "reduce", "args": [1, 5, 0]}})");
}

void PickleTest::opaqueObjects()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, typedJson);
    const QVariant value = load(bytes);
    QCOMPARE(value.metaType(), QMetaType::fromType<OpaqueObject>());
    QCOMPARE(toTypedJson(value), typedJson);
    // Written back exactly as Python wrote it, so a Python reader gets its object back.
    QCOMPARE(m_pickle->encode(QStringLiteral("k"), value).toHex(), bytes.toHex());
    QCOMPARE(fromTypedJson(typedJson), value);
}

void PickleTest::otherTimezones()
{
    // datetime(2020, 1, 1, 12, 0, tzinfo=timezone(timedelta(hours=-2))), protocol 5.
    const QByteArray bytes = QByteArray::fromHex("8005955d000000000000008c086461746574696d65948c086461746574696d65949394430a07e401010c00000000009468008c0874696d657a6f6e6594939468008c0974696d6564656c74619493944affffffff4a603501004b008794529485945294869452942e");
    const QVariant value = load(bytes);
    QCOMPARE(value.toDateTime(), QDateTime(QDate(2020, 1, 1), QTime(12, 0), Qt::OffsetFromUTC, -7200));
    QCOMPARE(toTypedJson(value), QByteArray(R"({"$datetime": "2020-01-01T12:00:00-02:00"})"));
    QCOMPARE(m_pickle->encode(QStringLiteral("k"), value).toHex(), bytes.toHex());
}

namespace {

// pickle.dumps(datetime(..., tzinfo=ZoneInfo("Europe/Berlin")), protocol=5) is this prefix, the
// 10 state bytes, then getattr(zoneinfo.ZoneInfo, "_unpickle")("Europe/Berlin", 1) and REDUCE.
QByteArray berlinPickle(const char *stateHex)
{
    return QByteArray::fromHex(QByteArray("8005957f000000000000008c086461746574696d65948c086461746574696d65949394430a") + stateHex + "948c086275696c74696e73948c07676574617474729493948c087a6f6e65696e666f948c085a6f6e65496e666f9493948c095f756e7069636b6c6594869452948c0d4575726f70652f4265726c696e944b0186945294869452942e");
}

} // namespace

void PickleTest::zoneInfoDateTimes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("typedJson");
    QTest::addColumn<QDateTime>("toMillisecond");
    QTest::addColumn<int>("offset");
    const QTimeZone berlin("Europe/Berlin");
    QTest::newRow("summer") << berlinPickle("07e807010c0000000000")
                            << QByteArray(R"({"$datetime": "2024-07-01T12:00:00+02:00[Europe/Berlin]"})")
                            << QDateTime(QDate(2024, 7, 1), QTime(12, 0), berlin) << 7200;
    // The repeated hour of 2024-10-27: fold=0 is the first 02:30 (+02:00), fold=1 the second.
    QTest::newRow("fold 0") << berlinPickle("07e80a1b021e0501e078")
                            << QByteArray(R"({"$datetime": "2024-10-27T02:30:05.123000+02:00[Europe/Berlin]"})")
                            << QDateTime::fromMSecsSinceEpoch(QDateTime(QDate(2024, 10, 27), QTime(0, 30, 5, 123), Qt::UTC).toMSecsSinceEpoch(), berlin)
                            << 7200;
    QTest::newRow("fold 1, microseconds") << berlinPickle("07e88a1b021e0501e240")
                                          << QByteArray(R"({"$datetime": "2024-10-27T02:30:05.123456+01:00[Europe/Berlin]"})")
                                          << QDateTime::fromMSecsSinceEpoch(QDateTime(QDate(2024, 10, 27), QTime(1, 30, 5, 123), Qt::UTC).toMSecsSinceEpoch(), berlin)
                                          << 3600;
}

void PickleTest::zoneInfoDateTimes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, typedJson);
    QFETCH(QDateTime, toMillisecond);
    QFETCH(int, offset);
    // Python >= 3.9 services use zoneinfo: the zone name and fold survive a read and a write.
    const QVariant value = load(bytes);
    const auto dateTime = toDateTime(value);
    QVERIFY(dateTime.has_value());
    QCOMPARE(dateTime->timeSpec(), Qt::TimeZone);
    QCOMPARE(dateTime->timeZone().id(), QByteArray("Europe/Berlin"));
    QCOMPARE(dateTime->toMSecsSinceEpoch(), toMillisecond.toMSecsSinceEpoch());
    QCOMPARE(dateTime->offsetFromUtc(), offset);
    QCOMPARE(toTypedJson(value), typedJson);
    QCOMPARE(m_pickle->encode(QStringLiteral("k"), value).toHex(), bytes.toHex());
    const QVariant typed = fromTypedJson(typedJson);
    QCOMPARE(toDateTime(typed)->toMSecsSinceEpoch(), toMillisecond.toMSecsSinceEpoch());
    QCOMPARE(m_pickle->encode(QStringLiteral("k"), typed).toHex(), bytes.toHex());
}

void PickleTest::zoneInfoSharedAndSkipped()
{
    // pickle.dumps([datetime(2024, 10, 27, 2, 30, 5, 123000, tzinfo=berlin, fold=1),
    //               datetime(2024, 7, 1, 12, 0, tzinfo=berlin),
    //               datetime(2024, 1, 1, tzinfo=ZoneInfo("America/New_York"))], protocol=5):
    // one zone object referenced twice, a second zone with a fresh "_unpickle" string.
    const QByteArray list = QByteArray::fromHex(
        "800595d8000000000000005d94288c086461746574696d65948c086461746574696d65949394430a07e88a1b021e0501e078948c08"
        "6275696c74696e73948c07676574617474729493948c087a6f6e65696e666f948c085a6f6e65496e666f9493948c095f756e7069"
        "636b6c6594869452948c0d4575726f70652f4265726c696e944b0186945294869452946803430a07e807010c0000000000946810"
        "869452946803430a07e80101000000000000946807680a8c095f756e7069636b6c6594869452948c10416d65726963612f4e6577"
        "5f596f726b944b018694529486945294652e");
    const QVariant value = load(list);
    QCOMPARE(toDateTime(value.toList().at(2))->timeZone().id(), QByteArray("America/New_York"));
    QCOMPARE(m_pickle->encode(QStringLiteral("k"), value).toHex(), list.toHex());
    // 2024-03-31 02:30 does not exist in Berlin (QDateTime would move it): kept as the opaque
    // datetime Python wrote, not a miss, and written back unchanged.
    const QByteArray skipped = berlinPickle("07e8031f021e00000000");
    const QVariant gap = load(skipped);
    QCOMPARE(gap.metaType(), QMetaType::fromType<OpaqueObject>());
    QCOMPARE(m_pickle->encode(QStringLiteral("k"), gap).toHex(), skipped.toHex());
    // fold=1 at a wall time that is not repeated: kept the same way.
    const QByteArray meaninglessFold = berlinPickle("07e887010c0000000000");
    QCOMPARE(m_pickle->encode(QStringLiteral("k"), load(meaninglessFold)).toHex(), meaninglessFold.toHex());
    QVERIFY_THROWS_EXCEPTION(ValueError, fromTypedJson(R"({"$datetime": "2024-07-01T12:00:00+01:00[Europe/Berlin]"})"));
    QVERIFY_THROWS_EXCEPTION(ValueError, fromTypedJson(R"({"$datetime": "2024-07-01T12:00:00+01:00[No/Such_Zone]"})"));
}

void PickleTest::loneSurrogates()
{
    // pickle.dumps(["\ud800x", "\udfff", "a\udc80b"], protocol=5): Python writes str with
    // "surrogatepass", so lone surrogates are their 3-byte forms (ED A0 80 ...).
    const QByteArray bytes = QByteArray::fromHex("8005951a000000000000005d94288c04eda08078948c03edbfbf948c0561edb2806294652e");
    const QVariantList expected{QString(QChar(0xd800)) + u'x', QString(QChar(0xdfff)), u'a' + QString(QChar(0xdc80)) + u'b'};
    QCOMPARE(load(bytes), QVariant(expected));
    QCOMPARE(m_pickle->encode(QStringLiteral("k"), expected).toHex(), bytes.toHex());
    // Typed JSON "\ud800" survives a write and a read.
    const QVariant typed = fromTypedJson(R"("\ud800")");
    QCOMPARE(load(m_pickle->encode(QStringLiteral("k"), typed)), typed);
    // Other invalid UTF-8 stays an error.
    QVERIFY_THROWS_EXCEPTION(DecodeError, load(QByteArray::fromHex("80058c02eda02e")));
    QVERIFY_THROWS_EXCEPTION(DecodeError, load(QByteArray::fromHex("80058c03c0af802e")));
}

void PickleTest::unhashableMembersRejected_data()
{
    QTest::addColumn<QByteArray>("typedJson");
    QTest::addColumn<QString>("named");
    QTest::newRow("list in a set") << QByteArray(R"({"$set": [1, [1]]})") << QStringLiteral("[1]");
    QTest::newRow("dict in a frozenset") << QByteArray(R"({"$frozenset": [{"$dict": [[1, 2]]}]})") << QStringLiteral("dict");
    QTest::newRow("list as a dict key") << QByteArray(R"({"$dict": [[[1, 2], "v"]]})") << QStringLiteral("[1, 2]");
    QTest::newRow("set in a tuple key") << QByteArray(R"({"$dict": [[{"$tuple": [1, {"$set": [2]}]}, "v"]]})") << QStringLiteral("tuple");
    QTest::newRow("nested") << QByteArray(R"([{"a": {"$set": [[3]]}}])") << QStringLiteral("[3]");
}

void PickleTest::unhashableMembersRejected()
{
    QFETCH(QByteArray, typedJson);
    QFETCH(QString, named);
    // Python cannot unpickle a set member or dict key that is unhashable: refuse to write it.
    try {
        m_pickle->encode(QStringLiteral("k"), fromTypedJson(typedJson));
        QFAIL("an unhashable member was pickled");
    } catch (const ValueError &error) {
        QVERIFY2(error.message().contains(named), qPrintable(error.message()));
        QVERIFY2(error.message().contains(u"unhashable"), qPrintable(error.message()));
    }
}

void PickleTest::microsecondDateTimes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("typedJson");
    QTest::addColumn<QDateTime>("toMillisecond");
    QTest::addColumn<int>("extra");
    // pickle.dumps(datetime(2024, 1, 2, 3, 4, 5, 123456, tzinfo=timezone.utc), protocol=5)
    QTest::newRow("aware") << QByteArray::fromHex("80059557000000000000008c086461746574696d65948c086461746574696d65949394430a07e8010203040501e2409468008c0874696d657a6f6e6594939468008c0974696d6564656c74619493944b004b004b008794529485945294869452942e")
                           << QByteArray(R"({"$datetime": "2024-01-02T03:04:05.123456+00:00"})")
                           << QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5, 123), Qt::UTC) << 456;
    // pickle.dumps(datetime(2024, 1, 2, 3, 4, 5, 7), protocol=5)
    QTest::newRow("naive") << QByteArray::fromHex("8005952a000000000000008c086461746574696d65948c086461746574696d65949394430a07e8010203040500000794859452942e")
                           << QByteArray(R"({"$datetime": "2024-01-02T03:04:05.000007"})")
                           << QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5), Qt::LocalTime) << 7;
}

void PickleTest::microsecondDateTimes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, typedJson);
    QFETCH(QDateTime, toMillisecond);
    QFETCH(int, extra);
    // Python's microseconds survive a read and a write: same bytes, same typed JSON.
    const QVariant value = load(bytes);
    QCOMPARE(value.metaType(), QMetaType::fromType<PyDateTime>());
    QCOMPARE(toDateTime(value), std::optional<QDateTime>(toMillisecond));
    QCOMPARE(toDateTime(value)->timeSpec(), toMillisecond.timeSpec());
    QCOMPARE(extraMicroseconds(value), extra);
    QCOMPARE(toTypedJson(value), typedJson);
    QCOMPARE(fromTypedJson(typedJson), value);
    QCOMPARE(m_pickle->encode(QStringLiteral("k"), value).toHex(), bytes.toHex());
    QCOMPARE(pythonTypeName(value), QStringLiteral("datetime"));
    // Not equal to the same datetime cut to the millisecond, in Python's sense too.
    const QVariant cut = toMillisecond;
    QVERIFY(!pyEquals(value, cut));
    QVERIFY(hashValue(value, 0) != hashValue(makeDateTime(toMillisecond, extra + 1), 0));
    QCOMPARE(makeDateTime(toMillisecond, 0).metaType().id(), QMetaType::QDateTime);
}

void PickleTest::truncatedInputs()
{
    // Every proper prefix of every protocol's pickle is an error, never a crash or a value.
    for (const char *hex : ProtocolPickles) {
        const QByteArray full = QByteArray::fromHex(hex);
        for (qsizetype size = 0; size < full.size(); ++size)
            QVERIFY_THROWS_EXCEPTION(DecodeError, load(full.first(size)));
    }
}

void PickleTest::oversizedLengths_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("BINUNICODE 2 GiB") << pickle(QByteArrayLiteral("X\xff\xff\xff\x7f" "abc."));
    QTest::newRow("BINUNICODE8 2^63") << pickle(QByteArrayLiteral("\x8d\x00\x00\x00\x00\x00\x00\x00\x80" "abc."));
    QTest::newRow("BINBYTES8 2^64-1") << pickle(QByteArrayLiteral("\x8e\xff\xff\xff\xff\xff\xff\xff\xff" "abc."));
    QTest::newRow("BYTEARRAY8 huge") << pickle(QByteArrayLiteral("\x96\xff\xff\xff\xff\xff\xff\xff\x7f."));
    QTest::newRow("LONG4 huge") << pickle(QByteArrayLiteral("\x8b\xff\xff\xff\x7f\x01."));
    QTest::newRow("LONG4 negative") << pickle(QByteArrayLiteral("\x8b\xff\xff\xff\xff\x01."));
    QTest::newRow("BINSTRING negative") << pickle(QByteArrayLiteral("T\xff\xff\xff\xff" "a."));
    QTest::newRow("FRAME beyond input") << pickle(QByteArrayLiteral("\x95\xff\xff\xff\xff\x00\x00\x00\x00N."));
    QTest::newRow("LONG4 beyond 4300 digits") << pickle(QByteArrayLiteral("\x8b\x88\x13\x00\x00") + QByteArray(5000, '\x01') + ".");
    QTest::newRow("undefined memo") << pickle(QByteArrayLiteral("h\x05."));
    QTest::newRow("empty stack STOP") << pickle(QByteArrayLiteral("."));
    QTest::newRow("APPEND to int") << pickle(QByteArrayLiteral("K\x01K\x02" "a."));
    QTest::newRow("unknown protocol") << QByteArrayLiteral("\x80\x06N.");
    QTest::newRow("persistent id") << pickle(QByteArrayLiteral("N\x51."));
}

void PickleTest::oversizedLengths()
{
    QFETCH(QByteArray, bytes);
    QVERIFY_THROWS_EXCEPTION(DecodeError, load(bytes));
    // The serializer's decode() turns the error into a miss.
    QVERIFY(!m_pickle->decode(QStringLiteral("k"), bytes).isValid());
}

void PickleTest::deepNesting()
{
    // 500 nested lists are fine; 100000 exceed the bound and fail instead of overflowing.
    const auto nested = [](int depth) {
        return QByteArrayLiteral("\x80\x05") + QByteArray(depth, ']') + QByteArray(depth - 1, 'a') + '.';
    };
    QVariant value = load(nested(500));
    for (int i = 0; i < 499; ++i) {
        QCOMPARE(value.toList().size(), 1);
        value = value.toList().front();
    }
    QCOMPARE(value.toList().size(), 0);
    QVERIFY_THROWS_EXCEPTION(DecodeError, load(nested(100000)));
    // Deep tuples and dict keys likewise.
    QVERIFY_THROWS_EXCEPTION(DecodeError, load(QByteArrayLiteral("\x80\x05") + ')' + QByteArray(5000, '\x85') + '.'));
}

void PickleTest::selfReference()
{
    // l = []; l.append(l): Python can pickle it, a QVariant cannot hold it.
    QVERIFY_THROWS_EXCEPTION(DecodeError, load(pickle(QByteArrayLiteral("]\x94h\x00" "a."))));
    // d = {}; d["self"] = d
    QVERIFY_THROWS_EXCEPTION(DecodeError, load(pickle(QByteArrayLiteral("}\x94\x8c\x04selfh\x00s."))));
}

void PickleTest::exponentialSharing()
{
    // x0 = ["x"]; x(n+1) = [xn, xn], 64 times: 80 bytes that would expand to 2^64 values.
    QByteArray body = "]\x94\x8c\x01x\x61";
    for (int i = 0; i < 64; ++i)
        body += "](h" + QByteArray(1, char(i)) + "h" + QByteArray(1, char(i)) + "e\x94";
    QVERIFY_THROWS_EXCEPTION(DecodeError, load(pickle(body + ".")));
    // A small shared structure is fine, and stays shared (no copies).
    QByteArray small = "]\x94\x8c\x01x\x61";
    for (int i = 0; i < 10; ++i)
        small += "](h" + QByteArray(1, char(i)) + "h" + QByteArray(1, char(i)) + "e\x94";
    QCOMPARE(load(pickle(small + ".")).toList().size(), 2);
}

void PickleTest::garbage()
{
    // Random bytes, with and without a protocol header: errors or values, nothing else.
    QRandomGenerator random(20261124);
    int values = 0;
    for (int round = 0; round < 20000; ++round) {
        QByteArray bytes(random.bounded(0, 48), Qt::Uninitialized);
        for (char &c : bytes)
            c = char(random.bounded(256));
        if (round % 2)
            bytes.prepend("\x80\x05");
        try {
            values += load(bytes).isValid() ? 1 : 0;
        } catch (const DecodeError &) {
        }
    }
    QVERIFY(values < 20000);
}

void PickleTest::fuzzCrashers()
{
    // Inputs that once crashed or hung the reader under libFuzzer (tests/fuzz/crashers/fuzz_pickle).
    const QDir dir(qEnvironmentVariable("CASHEWS_CRASHERS"));
    const QStringList files = dir.entryList(QDir::Files);
    if (files.isEmpty())
        QSKIP("no fuzz crashers recorded");
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        // As the fuzz target: a value read must print as typed JSON, read back and pickle again.
        QVariant value;
        try {
            value = load(file.readAll());
        } catch (const DecodeError &) {
            continue;
        }
        QCOMPARE(test::canonicalJson(fromTypedJson(toTypedJson(value))), test::canonicalJson(value));
        m_pickle->encode(QStringLiteral("k"), value);
    }
}

QTEST_GUILESS_MAIN(PickleTest)
#include "tst_pickle.moc"
