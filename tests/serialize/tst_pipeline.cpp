// The serializer pipeline: integers, custom types, the JSON and qdatastream picklers,
// compression with its fall-back, option handling.
#include "valuecompare.h"

#include <cashews/errors.h>
#include <cashews/pytypes.h>
#include <cashews/serializer.h>
#include <cashews/settings.h>
#include <cashews/typedjson.h>
#include <cashews/typeregistry.h>
#include <cashews/value.h>

#include <QDateTime>
#include <QTest>
#include <QUrl>
#include <QUuid>

#include <zlib.h>

using namespace cashews;

namespace {

SerializerPtr make(const QString &pickleType, const QString &compressType = QStringLiteral("null"))
{
    SerializerOptions options;
    options.pickleType = pickleType;
    options.compressType = compressType;
    return Serializer::create(options);
}

const QString Key = QStringLiteral("k");

} // namespace

class PipelineTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void integersAsDigits_data();
    void integersAsDigits();
    void customTypes();
    void jsonPickler();
    void dataStreamRoundTrip();
    void dataStreamRejectsGarbage();
    void compression_data();
    void compression();
    void compressionFallsBackToRawBytes();
    void gzipMembers();
    void decompressionBombIsAMiss();
    void options();
};

void PipelineTest::integersAsDigits_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QByteArray>("stored");
    QTest::newRow("int") << QVariant(7) << QByteArray("7");
    QTest::newRow("negative") << QVariant(qlonglong(-300)) << QByteArray("-300");
    QTest::newRow("uint64") << QVariant(qulonglong(18446744073709551615ull)) << QByteArray("18446744073709551615");
    QTest::newRow("big") << fromTypedJson("-1180591620717411303424") << QByteArray("-1180591620717411303424");
}

void PipelineTest::integersAsDigits()
{
    QFETCH(QVariant, value);
    QFETCH(QByteArray, stored);
    const auto serializer = make(QStringLiteral("pickle"), QStringLiteral("zlib"));
    QCOMPARE(serializer->encode(Key, value), stored);
    // Read back as integers, negative ones too (cashews reads those as a miss).
    QCOMPARE(test::canonicalJson(serializer->decode(Key, stored)), test::canonicalJson(fromTypedJson(stored)));
    // bool is not an int here, as in cashews.
    QVERIFY(serializer->encode(Key, true).startsWith("x\x9c"));
}

void PipelineTest::customTypes()
{
    const auto serializer = make(QStringLiteral("pickle"));
    QCOMPARE(serializer->encode(Key, QByteArray("raw\0bytes", 9)), QByteArray("bytes:raw\0bytes", 15));
    registerType<QUuid>("UUID", [](const QVariant &value, const QString &) { return value.toUuid().toByteArray(QUuid::WithoutBraces); },
                        [](const QByteArray &payload, const QString &) {
                            const QUuid uuid = QUuid::fromString(QLatin1String(payload));
                            if (uuid.isNull())
                                throw DecodeError(QStringLiteral("not a uuid"));
                            return QVariant(uuid);
                        });
    const QUuid uuid = QUuid::createUuid();
    const QByteArray stored = serializer->encode(Key, uuid);
    QCOMPARE(stored, "UUID:" + uuid.toByteArray(QUuid::WithoutBraces));
    QCOMPARE(serializer->decode(Key, stored), QVariant(uuid));
    // A decoder's DecodeError and an unregistered name are misses.
    QVERIFY(!serializer->decode(Key, "UUID:nonsense").isValid());
    QVERIFY(!serializer->decode(Key, "Unknown:payload").isValid());
    QVERIFY_THROWS_EXCEPTION(ValueError, registerType<QUrl>("not a name", {}, {}));
}

void PipelineTest::jsonPickler()
{
    const auto serializer = make(QStringLiteral("json"));
    // json.dumps output, byte for byte.
    const QVariant value = fromTypedJson(R"({"$dict": [["a", {"$tuple": [1, {"$float": "2.5"}]}], [1, "é"], [null, {"$float": "inf"}]]})");
    QCOMPARE(serializer->encode(Key, value), QByteArray(R"({"a": [1, 2.5], "1": "\u00e9", "null": Infinity})"));
    QCOMPARE(toTypedJson(serializer->decode(Key, serializer->encode(Key, value))),
             QByteArray(R"({"$dict": [["a", [1, {"$float": "2.5"}]], ["1", "é"], ["null", {"$float": "inf"}]]})"));
    // What json.dumps rejects (TypeError in Python).
    QVERIFY_THROWS_EXCEPTION(ValueError, serializer->encode(Key, QVariantList{QByteArray("x")}));
    QVERIFY_THROWS_EXCEPTION(ValueError, serializer->encode(Key, fromTypedJson(R"({"$set": [1]})")));
    QVERIFY(!serializer->decode(Key, "{not json").isValid());
}

void PipelineTest::dataStreamRoundTrip()
{
    const auto serializer = make(QStringLiteral("qdatastream"));
    QVariantList values = fromTypedJson(R"([null, true, -5, 12345678901234567890123, {"$float": "nan"}, "é", {"$bytes": "AAE="},
        {"$tuple": [1]}, {"$set": ["a"]}, {"$frozenset": []}, {"$dict": [[{"$tuple": [1]}, []]]}, {"$date": "2020-02-29"},
        {"$decimal": "-0.5"}, {"$datetime": "2020-02-29T01:02:03.000456-05:00"}, {"$object": {"module": "m", "name": "C", "construction": "reduce", "state": 1}}])").toList();
    // Qt types and full QDateTime precision, which Python has no equivalent for.
    values.append(QUrl(QStringLiteral("urn:isbn:0451450523")));
    values.append(QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 678), Qt::OffsetFromUTC, 3600));
    const QByteArray stored = serializer->encode(Key, values);
    QVERIFY(stored.startsWith("CQDS"));
    const QVariantList back = serializer->decode(Key, stored).toList();
    QCOMPARE(back.size(), values.size());
    for (qsizetype i = 0; i < values.size() - 2; ++i)
        QCOMPARE(test::canonicalJson(back.at(i)), test::canonicalJson(values.at(i)));
    QCOMPARE(back.at(values.size() - 2), values.at(values.size() - 2));
    QCOMPARE(back.last().toDateTime(), values.last().toDateTime());
    QCOMPARE(back.last().toDateTime().offsetFromUtc(), 3600);
    QVERIFY_THROWS_EXCEPTION(ValueError, serializer->encode(Key, QVariant::fromValue(QObjectList{})));
}

void PipelineTest::dataStreamRejectsGarbage()
{
    const auto serializer = make(QStringLiteral("qdatastream"));
    const QByteArray stored = serializer->encode(Key, QVariantList{1, QStringLiteral("two")});
    for (qsizetype size = 0; size < stored.size(); ++size)
        QVERIFY_THROWS_EXCEPTION(DecodeError, serializer->decodeStrict(Key, stored.first(size)));
    // A list claiming 2^32-1 items in a few bytes allocates nothing.
    QVERIFY_THROWS_EXCEPTION(DecodeError, serializer->decodeStrict(Key, QByteArrayLiteral("CQDS\x01\x08\xff\xff\xff\xff\x00")));
    QVERIFY_THROWS_EXCEPTION(DecodeError, serializer->decodeStrict(Key, QByteArrayLiteral("CQDS\x01\x11\x00\x00\x00\x07QObject")));
}

void PipelineTest::compression_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QByteArray>("magic");
    QTest::newRow("gzip") << QStringLiteral("gzip") << QByteArray("\x1f\x8b\x08\x00", 4);
    QTest::newRow("zlib") << QStringLiteral("zlib") << QByteArray("x\x9c");
    QTest::newRow("zstd") << QStringLiteral("zstd") << QByteArray("\x28\xb5\x2f\xfd");
}

void PipelineTest::compression()
{
    QFETCH(QString, type);
    QFETCH(QByteArray, magic);
    const auto serializer = make(QStringLiteral("pickle"), type);
    const QVariant value = QString(5000, QLatin1Char('x'));
    const QByteArray stored = serializer->encode(Key, value);
    QVERIFY(stored.startsWith(magic));
    QVERIFY(stored.size() < 200);
    QCOMPARE(serializer->decode(Key, stored), value);
}

void PipelineTest::compressionFallsBackToRawBytes()
{
    // Values written before compression was switched on stay readable, as in cashews.
    const QByteArray plain = make(QStringLiteral("pickle"))->encode(Key, QStringLiteral("old"));
    QCOMPARE(make(QStringLiteral("pickle"), QStringLiteral("gzip"))->decode(Key, plain), QVariant(QStringLiteral("old")));
    QCOMPARE(make(QStringLiteral("pickle"), QStringLiteral("zstd"))->decode(Key, plain), QVariant(QStringLiteral("old")));
    // A truncated compressed value is read as is, which then is no pickle: a miss.
    const QByteArray zipped = make(QStringLiteral("pickle"), QStringLiteral("zlib"))->encode(Key, QString(100, QLatin1Char('y')));
    QVERIFY(!make(QStringLiteral("pickle"), QStringLiteral("zlib"))->decode(Key, zipped.first(zipped.size() / 2)).isValid());
}

void PipelineTest::gzipMembers()
{
    // Python: p = pickle.dumps("hello multi-member gzip", protocol=5);
    // gzip.compress(p[:10], mtime=0) + gzip.compress(p[10:], mtime=0) + b"\0\0" -- gzip.decompress
    // (and so cashews) reads the concatenated members and skips the zero padding.
    const QByteArray members = QByteArray::fromHex(
        "1f8b08000000000002036b609d2acd0006009956a14d0a0000001f8b080000000000020363e811cf48cdc9c957c82dcd29"
        "c9d4cd4dcd4d4a2d5248afca2c98a2070015b2b6621c0000000000");
    QCOMPARE(make(QStringLiteral("pickle"), QStringLiteral("gzip"))->decodeStrict(Key, members),
             QVariant(QStringLiteral("hello multi-member gzip")));
}

void PipelineTest::decompressionBombIsAMiss()
{
    // 300 MiB of zeros in about 300 KiB: refused instead of allocated.
    z_stream stream{};
    QVERIFY(deflateInit(&stream, 1) == Z_OK);
    const QByteArray zeros(1024 * 1024, '\0');
    QByteArray bomb;
    char out[64 * 1024];
    for (int i = 0; i < 300; ++i) {
        stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(zeros.constData()));
        stream.avail_in = uInt(zeros.size());
        const int flush = i == 299 ? Z_FINISH : Z_NO_FLUSH;
        do {
            stream.next_out = reinterpret_cast<Bytef *>(out);
            stream.avail_out = sizeof out;
            deflate(&stream, flush);
            bomb.append(out, qsizetype(sizeof out - stream.avail_out));
        } while (stream.avail_out == 0);
    }
    deflateEnd(&stream);
    const auto serializer = make(QStringLiteral("pickle"), QStringLiteral("zlib"));
    QVERIFY_THROWS_EXCEPTION(DecodeError, serializer->decodeStrict(Key, bomb));
    QVERIFY(!serializer->decode(Key, bomb).isValid());
}

void PipelineTest::options()
{
    Settings settings = Settings::parse(QStringLiteral("disk://?pickle_type=json&compress_type=zstd&check_repr=true"));
    const auto serializer = Serializer::fromSettings(settings, QStringLiteral("pickle"));
    settings.finish(); // every option was taken
    QCOMPARE(make(QStringLiteral("json"), QStringLiteral("zstd"))->decode(Key, serializer->encode(Key, QStringLiteral("v"))),
             QVariant(QStringLiteral("v")));
    Settings badPickler = Settings::parse(QStringLiteral("mem://?pickle_type=dill"));
    QVERIFY_THROWS_EXCEPTION(UnsupportedPicklerError, Serializer::fromSettings(badPickler, QStringLiteral("null")));
    Settings badCompressor = Settings::parse(QStringLiteral("mem://?compress_type=lzma"));
    QVERIFY_THROWS_EXCEPTION(UnsupportedCompressorError, Serializer::fromSettings(badCompressor, QStringLiteral("null")));
    Settings badDigest = Settings::parse(QStringLiteral("mem://?secret=s&digestmod=crc"));
    QVERIFY_THROWS_EXCEPTION(UnsupportedDigestmod, Serializer::fromSettings(badDigest, QStringLiteral("null")));
    QVERIFY_THROWS_EXCEPTION(ValueError, make(QStringLiteral("pickle"))->encode(Key, QVariant()));
}

QTEST_GUILESS_MAIN(PipelineTest)
#include "tst_pipeline.moc"
