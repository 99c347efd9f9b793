// Byte-level interoperability with Python cashews through Redis, using the serialization
// vectors (tests/vectors): bytes written raw are read back through the backend as the
// serializer decodes them, and what the backend writes is exactly what a raw GET returns.
#include "corotest.h"
#include "redisserver.h"

#include <cashews/cache.h>
#include <cashews/errors.h>
#include <cashews/serializer.h>
#include <cashews/settings.h>
#include <cashews/typedjson.h>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace cashews;

namespace {

// The serializer options of one vector, as setup() keyword options.
QVariantMap serializerOptions(const QJsonObject &vector)
{
    QVariantMap options;
    options.insert(QStringLiteral("pickle_type"), vector.value(QStringLiteral("pickle_type")).toString());
    options.insert(QStringLiteral("compress_type"), vector.value(QStringLiteral("compress_type")).toString());
    if (!vector.value(QStringLiteral("secret")).isNull()) {
        options.insert(QStringLiteral("secret"), vector.value(QStringLiteral("secret")).toString());
        options.insert(QStringLiteral("digestmod"), vector.value(QStringLiteral("digestmod")).toString());
    }
    return options;
}

// The typed JSON text of the line's "value", cut from the text itself: QJsonDocument holds
// numbers as doubles and would round the big integers of the vectors.
QByteArray valueText(const QByteArray &line)
{
    const QByteArray start("\"value\": ");
    const qsizetype from = line.indexOf(start);
    const qsizetype to = line.indexOf(", \"raw\": ", from);
    if (from < 0 || to < 0)
        return {};
    return line.mid(from + start.size(), to - from - start.size());
}

// What the serializer itself makes of `raw` ("throws" when it throws).
QVariant directDecode(const QJsonObject &vector, const QByteArray &raw, bool *throws)
{
    Settings settings = Settings::parse(QStringLiteral("redis://"), serializerOptions(vector));
    const auto serializer = Serializer::fromSettings(settings, QStringLiteral("pickle"));
    *throws = false;
    try {
        return serializer->decode(vector.value(QStringLiteral("key")).toString(), raw);
    } catch (const CacheError &) {
        *throws = true;
    }
    return {};
}

} // namespace

class RedisInteropTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void vectors_data();
    void vectors();

private:
    QString m_url;
};

void RedisInteropTest::initTestCase()
{
    m_url = test::RedisServer::fixtureUrl();
    if (m_url.isEmpty())
        QSKIP("CASHEWS_REDIS_URL_FILE names no fixture URL (run through ctest)");
    if (!QFile::exists(QStringLiteral(CASHEWS_VECTORS_FILE)))
        QSKIP("the serialization vectors are not available");
}

void RedisInteropTest::vectors_data()
{
    QTest::addColumn<QJsonObject>("vector");
    QTest::addColumn<QByteArray>("valueJson");
    QFile file(QStringLiteral(CASHEWS_VECTORS_FILE));
    QVERIFY(file.open(QIODevice::ReadOnly));
    int line = 0;
    while (!file.atEnd()) {
        const QByteArray text = file.readLine().trimmed();
        ++line;
        if (text.isEmpty())
            continue;
        const QJsonObject vector = QJsonDocument::fromJson(text).object();
        QVERIFY2(!vector.isEmpty(), qPrintable(QStringLiteral("line %1 is not a JSON object").arg(line)));
        const QByteArray value = valueText(text);
        QVERIFY2(!value.isEmpty(), qPrintable(QStringLiteral("line %1 has no \"value\" before \"raw\"").arg(line)));
        QTest::addRow("%d %s", line, qPrintable(vector.value(QStringLiteral("key")).toString())) << vector << value;
    }
}

void RedisInteropTest::vectors()
{
    QFETCH(QJsonObject, vector);
    QFETCH(QByteArray, valueJson);
    const QByteArray raw = QByteArray::fromBase64(vector.value(QStringLiteral("raw")).toString().toLatin1());
    bool decodeThrows = false;
    const QVariant expected = directDecode(vector, raw, &decodeThrows);
    // Where Python reads back the stored value unchanged, so must we.
    const QJsonValue python = vector.value(QStringLiteral("python_decoded"));
    const bool pythonSame = python == vector.value(QStringLiteral("value"));
    const bool orderFree = valueJson.contains("\"$set\"") || valueJson.contains("\"$frozenset\"");
    if (pythonSame && !orderFree) {
        QVERIFY(!decodeThrows);
        QCOMPARE(toTypedJson(expected), toTypedJson(fromTypedJson(valueJson)));
    }

    CASHEWS_RUN([](QString url, QJsonObject row, QByteArray bytes, QVariant want, bool wantThrow) -> QCoro::Task<> {
        Cache cache;
        BackendPtr backend = cache.setup(url + QStringLiteral("/7?suppress=false"), serializerOptions(row));
        const QString key = row.value(QStringLiteral("key")).toString();
        // Read: the vector's bytes, stored raw (as Python cashews left them), through get().
        CORO_VERIFY(co_await backend->setRaw(key, QVariant(bytes), 60));
        CORO_COMPARE((co_await backend->getRaw(key)).toByteArray(), bytes);
        bool getThrows = false;
        QVariant got;
        try {
            got = co_await backend->get(key);
        } catch (const CacheError &) {
            getThrows = true;
        }
        CORO_COMPARE(getThrows, wantThrow);
        CORO_COMPARE(got.isValid(), want.isValid());
        if (!want.isValid())
            co_return;
        CORO_COMPARE(toTypedJson(got), toTypedJson(want));
        // Write: what set() stores is exactly the serializer's bytes, and reads back the same.
        Settings settings = Settings::parse(QStringLiteral("redis://"), serializerOptions(row));
        const auto serializer = Serializer::fromSettings(settings, QStringLiteral("pickle"));
        const QString writeKey = key + QStringLiteral(":written");
        CORO_VERIFY(co_await backend->set(writeKey, want, 60, Exist::Always));
        const QByteArray written = (co_await backend->getRaw(writeKey)).toByteArray();
        // gzip stamps the current second into its header (and a signature covers it), so
        // only the other encodings can be compared byte for byte with a second encode().
        if (row.value(QStringLiteral("compress_type")).toString() != u"gzip")
            CORO_COMPARE(written, serializer->encode(writeKey, want));
        CORO_COMPARE(toTypedJson(serializer->decode(writeKey, written)), toTypedJson(want));
        co_await backend->close();
    }(m_url, vector, raw, expected, decodeThrows));
}

QTEST_GUILESS_MAIN(RedisInteropTest)
#include "tst_redisinterop.moc"
