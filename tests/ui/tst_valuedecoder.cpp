// The value inspector's decoding (signature, compression, formats) through the core
// pipeline, and the value / tags / locks models under QAbstractItemModelTester.
#include "locks/locksmodel.h"
#include "common/pipeline.h"
#include "tags/tagsmodel.h"
#include "inspector/valuedecoder.h"
#include "inspector/valuetreemodel.h"

#include <cashews/clock.h>
#include <cashews/pytypes.h>
#include <cashews/typedjson.h>

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QTest>

using namespace cashews;

namespace {

QVariantMap options(std::initializer_list<std::pair<const char *, const char *>> pairs)
{
    QVariantMap map;
    for (const auto &[name, value] : pairs)
        map.insert(QString::fromLatin1(name), QString::fromLatin1(value));
    return map;
}

} // namespace

class ValueDecoderTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void integers();
    void pickledValue();
    void signatures_data();
    void signatures();
    void compression_data();
    void compression();
    void rawLockOwner();
    void neverSignedKeys_data();
    void neverSignedKeys();
    void jsonPickler();
    void liveObject();
    void missingKey();
    void valueTree();
    void tagsModel();
    void locksModel();
};

void ValueDecoderTest::integers()
{
    const DecodedValue decoded = ValueDecoder::decode(QStringLiteral("k"), QByteArrayLiteral("-42"), {});
    QCOMPARE(decoded.format, QStringLiteral("int"));
    QCOMPARE(decoded.value.toLongLong(), qint64(-42));
}

void ValueDecoderTest::pickledValue()
{
    // Bytes measured from Python cashews: pickle protocol 5 of "hello".
    const QByteArray hello = QByteArrayLiteral("\x80\x05\x95\t\0\0\0\0\0\0\0\x8c\x05hello\x94.");
    const DecodedValue decoded = ValueDecoder::decode(QStringLiteral("k"), hello, {});
    QCOMPARE(decoded.format, QStringLiteral("pickle protocol 5"));
    QCOMPARE(decoded.value.toString(), QStringLiteral("hello"));
    QCOMPARE(decoded.signature, DecodedValue::Signature::NotSigned);
    QVERIFY(decoded.error.isEmpty());
}

void ValueDecoderTest::signatures_data()
{
    QTest::addColumn<QVariantMap>("writer");
    QTest::addColumn<QVariantMap>("reader");
    QTest::addColumn<int>("signature");
    QTest::addColumn<QString>("digestmod");
    QTest::newRow("valid md5") << options({{"secret", "s3"}}) << options({{"secret", "s3"}}) << int(DecodedValue::Signature::Valid) << "md5";
    QTest::newRow("valid sha256") << options({{"secret", "s3"}, {"digestmod", "sha256"}})
                                  << options({{"secret", "s3"}, {"digestmod", "sha256"}}) << int(DecodedValue::Signature::Valid)
                                  << "sha256";
    // Only the configured digestmod is accepted (Python cashews takes the one the value names).
    QTest::newRow("other digest") << options({{"secret", "s3"}, {"digestmod", "sha256"}}) << options({{"secret", "s3"}})
                                  << int(DecodedValue::Signature::OtherDigest) << "sha256";
    QTest::newRow("sum forgery") << options({{"secret", "s3"}, {"digestmod", "sum"}})
                                 << options({{"secret", "s3"}, {"digestmod", "sha256"}})
                                 << int(DecodedValue::Signature::OtherDigest) << "sum";
    QTest::newRow("wrong secret") << options({{"secret", "s3"}}) << options({{"secret", "other"}}) << int(DecodedValue::Signature::Wrong) << "md5";
    QTest::newRow("missing") << QVariantMap() << options({{"secret", "s3"}}) << int(DecodedValue::Signature::Missing) << "";
    QTest::newRow("unverified") << options({{"secret", "s3"}}) << QVariantMap() << int(DecodedValue::Signature::Unverified) << "md5";
}

void ValueDecoderTest::signatures()
{
    QFETCH(QVariantMap, writer);
    QFETCH(QVariantMap, reader);
    QFETCH(int, signature);
    QFETCH(QString, digestmod);
    const QString key = QStringLiteral("app:token");
    const QByteArray stored = Pipeline::build(writer)->encode(key, QStringLiteral("payload"));
    const DecodedValue decoded = ValueDecoder::decode(key, stored, reader);
    QCOMPARE(int(decoded.signature), signature);
    QCOMPARE(decoded.digestmod, digestmod);
    // Whatever the signature state, the value itself is shown.
    QCOMPARE(decoded.value.toString(), QStringLiteral("payload"));
    const bool refused = signature == int(DecodedValue::Signature::Wrong) || signature == int(DecodedValue::Signature::OtherDigest);
    QCOMPARE(decoded.error.isEmpty(), !refused);
    // A weaker digest that Python cashews would accept is called a forgery; a stronger one is not.
    QCOMPARE(decoded.signatureText().contains(QStringLiteral("forgery")), digestmod == QStringLiteral("sum"));
}

void ValueDecoderTest::compression_data()
{
    QTest::addColumn<QString>("type");
    QTest::newRow("gzip") << "gzip";
    QTest::newRow("zlib") << "zlib";
}

void ValueDecoderTest::compression()
{
    QFETCH(QString, type);
    const QVariantList rows{1, 2, 3, QStringLiteral("four")};
    const QByteArray stored = Pipeline::build({{QStringLiteral("compress_type"), type}})->encode(QStringLiteral("k"), rows);
    const DecodedValue decoded = ValueDecoder::decode(QStringLiteral("k"), stored, {});
    QCOMPARE(decoded.compression, type);
    QCOMPARE(decoded.value.toList().size(), 4);
    QCOMPARE(decoded.value.toList().at(3).toString(), QStringLiteral("four"));
}

void ValueDecoderTest::rawLockOwner()
{
    const QByteArray uuid = QByteArrayLiteral("f3a9c1de-0b6e-4d1c-9a7e-2f4b8c1d0e55");
    const DecodedValue decoded = ValueDecoder::decode(QStringLiteral("lock:x"), uuid, {});
    QCOMPARE(decoded.format, QStringLiteral("raw"));
    QCOMPARE(decoded.value.toString(), QString::fromLatin1(uuid));
    QVERIFY(decoded.error.isEmpty());
}

void ValueDecoderTest::neverSignedKeys_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QByteArray>("stored");
    QTest::addColumn<int>("signature");
    QTest::addColumn<QString>("format");
    const int never = int(DecodedValue::Signature::NeverSigned);
    // cashews writes lock owners raw (set_lock) and ints as bare digits: never signed.
    QTest::newRow("lock owner") << "lock:app:job" << QByteArray("0f6c8e1a-2d4b-4f9e-9a7c-3b5d6e7f8a9b") << never << "raw";
    QTest::newRow("locked") << "locked:app:rebuild" << QByteArray("0f6c8e1a-2d4b-4f9e-9a7c-3b5d6e7f8a9b") << never << "raw";
    QTest::newRow("transaction") << ":tx_lock:user:1" << QByteArray("0f6c8e1a2d4b4f9e9a7c3b5d6e7f8a9b") << never << "raw";
    QTest::newRow("counter") << "rate_limit:app:api" << QByteArray("17") << never << "int";
    QTest::newRow("big int") << "app:big" << QByteArray("123456789012345678901234567890") << never << "int";
    // Early's refresh lock is a plain set() of "1": unsigned there means what it means elsewhere.
    QTest::newRow("early lock") << "early:v2:app:report:lock" << QByteArray("plain") << int(DecodedValue::Signature::Missing) << "raw";
}

void ValueDecoderTest::neverSignedKeys()
{
    QFETCH(QString, key);
    QFETCH(QByteArray, stored);
    QFETCH(int, signature);
    QFETCH(QString, format);
    const DecodedValue decoded = ValueDecoder::decode(key, stored, options({{"secret", "s3"}}));
    QCOMPARE(int(decoded.signature), signature);
    QCOMPARE(decoded.format, format);
    QVERIFY(decoded.value.isValid());
    if (format == QLatin1StringView("int"))
        QCOMPARE(QString::fromUtf8(toTypedJson(decoded.value)), QString::fromLatin1(stored));
}

void ValueDecoderTest::jsonPickler()
{
    const DecodedValue decoded = ValueDecoder::decode(QStringLiteral("k"), QByteArrayLiteral("[1, \"a\"]"), {});
    QCOMPARE(decoded.format, QStringLiteral("json"));
    QCOMPARE(decoded.value.toList().size(), 2);
}

void ValueDecoderTest::liveObject()
{
    const DecodedValue decoded = ValueDecoder::decode(QStringLiteral("k"), QVariantList{1, 2}, {});
    QVERIFY(decoded.liveObject);
    QCOMPARE(decoded.value.toList().size(), 2);
}

void ValueDecoderTest::missingKey()
{
    const DecodedValue decoded = ValueDecoder::decode(QStringLiteral("k"), QVariant(), {});
    QVERIFY(!decoded.value.isValid());
    QVERIFY(!decoded.error.isEmpty());
}

void ValueDecoderTest::valueTree()
{
    ValueTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Dict dict;
    dict.insert(QStringLiteral("when"), QDateTime::fromMSecsSinceEpoch(0, Qt::UTC));
    dict.insert(qlonglong(7), QVariant::fromValue(Tuple{{1, QStringLiteral("x")}}));
    QVariantList big;
    for (int i = 0; i < ValueTreeModel::MaxChildren + 3; ++i)
        big << i;
    dict.insert(QStringLiteral("big"), big);
    model.setValue(QVariant::fromValue(dict));
    const QModelIndex root = model.index(0, 0);
    QCOMPARE(model.rowCount(root), 3);
    QCOMPARE(model.index(0, ValueTreeModel::ValueColumn, root).data().toString(), QStringLiteral("1970-01-01T00:00:00+00:00")); // Python's isoformat()
    QCOMPARE(model.index(1, ValueTreeModel::NameColumn, root).data().toString(), QStringLiteral("7"));
    QCOMPARE(model.index(1, ValueTreeModel::TypeColumn, root).data().toString(), QStringLiteral("tuple"));
    const QModelIndex bigIndex = model.index(2, 0, root);
    // Bounded: MaxChildren items and one "more" row.
    QCOMPARE(model.rowCount(bigIndex), ValueTreeModel::MaxChildren + 1);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void ValueDecoderTest::tagsModel()
{
    TagsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTags({TagEntry{QStringLiteral("_tag:users"), {QStringLiteral("u:1"), QStringLiteral("u:2")}, {true, false}, 1000},
                   TagEntry{QStringLiteral("_tag:empty"), {}, {}, -1}});
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex users = model.index(0, 0);
    QCOMPARE(users.data().toString(), QStringLiteral("users"));
    QCOMPARE(model.index(0, TagsModel::DanglingColumn).data().toInt(), 1);
    QCOMPARE(model.rowCount(users), 2);
    QVERIFY(!model.index(0, 0, users).data(TagsModel::DanglingRole).toBool());
    QVERIFY(model.index(1, 0, users).data(TagsModel::DanglingRole).toBool());
    QCOMPARE(model.tagAt(model.index(1, 0, users))->key, QStringLiteral("_tag:users"));

    // Pages are placed in name order; member indexes keep their tag when rows go in above.
    const QPersistentModelIndex member = model.index(1, 0, users);
    model.addTags({TagEntry{QStringLiteral("_tag:accounts"), {QStringLiteral("a:1")}, {true}, -1},
                   TagEntry{QStringLiteral("_tag:zones"), {}, {}, -1}});
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.index(0, 0).data(TagsModel::KeyRole).toString(), QStringLiteral("_tag:accounts"));
    QCOMPARE(model.index(3, 0).data(TagsModel::KeyRole).toString(), QStringLiteral("_tag:zones"));
    QVERIFY(member.isValid());
    QCOMPARE(member.data(TagsModel::KeyRole).toString(), QStringLiteral("u:2"));
    QCOMPARE(member.parent().data(TagsModel::KeyRole).toString(), QStringLiteral("_tag:users"));
    QCOMPARE(model.tagAt(member)->key, QStringLiteral("_tag:users"));
    // A tag a scan returns again replaces the listed one.
    model.addTags({TagEntry{QStringLiteral("_tag:accounts"), {QStringLiteral("a:1"), QStringLiteral("a:2")}, {true, false}, -1}});
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.rowCount(model.index(0, 0)), 2);
    QCOMPARE(model.index(0, TagsModel::DanglingColumn).data().toInt(), 1);
}

void ValueDecoderTest::locksModel()
{
    qint64 now = 1'000'000;
    setClock([&now] { return now; });
    LocksModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLocks({LockEntry{QStringLiteral("lock:a"), QByteArrayLiteral("owner-1"), KeyInfo{QStringLiteral("string"), 5000, now, 7}}});
    QCOMPARE(model.index(0, LocksModel::OwnerColumn).data().toString(), QStringLiteral("owner-1"));
    QCOMPARE(model.index(0, LocksModel::TtlColumn).data().toString(), QStringLiteral("5s"));
    now += 3000;
    QCOMPARE(model.index(0, LocksModel::TtlColumn).data().toString(), QStringLiteral("2s"));
    QCOMPARE(model.index(0, LocksModel::AgeColumn).data().toString(), QStringLiteral("≥ 3s"));
    // A refresh keeps the age of the same owner and restarts it for a new one.
    model.setLocks({LockEntry{QStringLiteral("lock:a"), QByteArrayLiteral("owner-1"), KeyInfo{QStringLiteral("string"), 2000, now, 7}},
                    LockEntry{QStringLiteral("lock:b"), QByteArrayLiteral("owner-2"), KeyInfo{QStringLiteral("string"), 9000, now, 7}}});
    now += 1000;
    QCOMPARE(model.index(0, LocksModel::AgeColumn).data().toString(), QStringLiteral("≥ 4s"));
    QCOMPARE(model.index(1, LocksModel::AgeColumn).data().toString(), QStringLiteral("≥ 1s"));
    model.setLocks({LockEntry{QStringLiteral("lock:a"), QByteArrayLiteral("owner-3"), KeyInfo{QStringLiteral("string"), 2000, now, 7}}});
    QCOMPARE(model.index(0, LocksModel::AgeColumn).data().toString(), QStringLiteral("≥ 0s"));
    setClock({});
}

QTEST_MAIN(ValueDecoderTest)
#include "tst_valuedecoder.moc"
