// The value inspector driven as the studio shows it, on mem:// and (with the redis fixture)
// Redis: entries of every Redis type in pages, the Text tab showing decoded values, figures
// that count down until the key expires, early/soft states as the strategies behave, the
// re-sign confirmation of the editor and saving decoded or raw.
#include "backends/redis/redispool.h"
#include "browser/keyeditdialog.h"
#include "common/ttlformat.h"
#include "connections/connection.h"
#include "corotest.h"
#include "inspector/cashewsdetails.h"
#include "inspector/membermodel.h"
#include "inspector/valueinspector.h"
#include "uitestsupport.h"

#include <cashews/cache.h>
#include <cashews/clock.h>
#include <cashews/pytypes.h>
#include <cashews/settings.h>

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QFile>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace cashews;

class ValueInspectorTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void entriesOfSetsAndWindows_data() { stores(); }
    void entriesOfSetsAndWindows();
    void entriesOfRedisTypes();
    void textShowsTheDecodedValue_data() { stores(); }
    void textShowsTheDecodedValue();
    void figuresCountDownUntilExpiry();
    void earlyAndSoftStates();
    void percentagesAreLocalized();
    void editorConfirmsResigning();
    void saveDecodedOrRaw_data() { stores(); }
    void saveDecodedOrRaw();

private:
    void stores();
    // Opens the data row's store (database 10 of the fixture), cleared.
    bool open();
    // Shows `key` and waits until the inspector has loaded it.
    bool show(const QString &key);
    QPushButton *button(const QString &text) const;

    std::unique_ptr<Connection> m_connection;
    std::unique_ptr<ValueInspector> m_inspector;
};

void ValueInspectorTest::stores()
{
    QTest::addColumn<QString>("store");
    QTest::newRow("mem") << QStringLiteral("mem://");
    QTest::newRow("redis") << QStringLiteral("redis");
}

void ValueInspectorTest::cleanup()
{
    setClock({});
    m_inspector.reset();
    m_connection.reset();
    QLocale::setDefault(QLocale::c());
    KeyEditDialog::setConfirm({});
}

bool ValueInspectorTest::open()
{
    QString store = QStringLiteral("mem://");
    if (QTest::currentDataTag() && QTest::currentDataTag() == QByteArray("redis"))
        store = QStringLiteral("redis");
    const QString url = test::storeUrl(store, 10);
    if (url.isEmpty())
        return false;
    ConnectionConfig config;
    config.name = store;
    config.url = url;
    m_connection = std::make_unique<Connection>(config);
    m_inspector = std::make_unique<ValueInspector>();
    m_inspector->show();
    return test::runCoro([](std::shared_ptr<Cache> cache) -> QCoro::Task<> { co_await cache->clear(); }(m_connection->cache()),
                         std::chrono::seconds(10), __FILE__, __LINE__);
}

bool ValueInspectorTest::show(const QString &key)
{
    QSignalSpy loaded(m_inspector.get(), &ValueInspector::loaded);
    m_inspector->showKey(m_connection.get(), key);
    // mem:// answers at once: the signal may have come already.
    return !loaded.isEmpty() || loaded.wait(10000);
}

QPushButton *ValueInspectorTest::button(const QString &text) const
{
    for (QPushButton *candidate : m_inspector->findChildren<QPushButton *>()) {
        if (candidate->text() == text)
            return candidate;
    }
    return nullptr;
}

#define OPEN_OR_SKIP()                                                                     \
    if (!open()) {                                                                         \
        if (QTest::currentDataTag() && QByteArray(QTest::currentDataTag()) == "redis")     \
            QSKIP("no redis fixture (CASHEWS_REDIS_URL_FILE)");                            \
        QFAIL("the store could not be opened");                                           \
    }

void ValueInspectorTest::entriesOfSetsAndWindows()
{
    OPEN_OR_SKIP();
    QVERIFY(test::runCoro([](std::shared_ptr<Cache> cache) -> QCoro::Task<> {
        QStringList members;
        for (int i = 0; i < 450; ++i)
            members.append(QStringLiteral("app:item:%1").arg(i));
        co_await cache->setAdd(QStringLiteral("_tag:items"), members, 600);
        for (int i = 1; i <= 3; ++i)
            co_await cache->sliceIncr(QStringLiteral("srl:api"), 0, 1000.0 * i, 10, 600);
    }(m_connection->cache()), std::chrono::seconds(10), __FILE__, __LINE__));

    // A tag set: its members, page by page, read-only; Edit says why it is not offered.
    QVERIFY(show(QStringLiteral("_tag:items")));
    QAbstractItemModelTester tester(const_cast<MemberModel *>(m_inspector->members()));
    QCOMPARE(m_inspector->type(), QStringLiteral("set"));
    QCOMPARE(m_inspector->currentView(), m_inspector->membersView());
    QVERIFY(m_inspector->hasMoreMembers());
    QVERIFY(m_inspector->members()->rowCount() < 450);
    while (m_inspector->hasMoreMembers()) {
        const int before = m_inspector->members()->rowCount();
        m_inspector->loadMoreMembers();
        QTRY_VERIFY(m_inspector->members()->rowCount() > before || !m_inspector->hasMoreMembers());
    }
    QSet<QString> seen;
    for (int row = 0; row < m_inspector->members()->rowCount(); ++row)
        seen.insert(m_inspector->members()->index(row, 0).data().toString());
    QCOMPARE(seen.size(), 450);
    QVERIFY(seen.contains(QStringLiteral("app:item:449")));
    QVERIFY(!m_inspector->editBlockedReason().isEmpty());
    QVERIFY(!button(QStringLiteral("&Edit…"))->isEnabled());
    QVERIFY(!button(QStringLiteral("&Edit…"))->toolTip().isEmpty());

    // A sliding window: its timestamps with their scores.
    QVERIFY(show(QStringLiteral("srl:api")));
    QCOMPARE(m_inspector->type(), QStringLiteral("zset"));
    QCOMPARE(m_inspector->members()->rowCount(), 3);
    QCOMPARE(m_inspector->members()->index(2, MemberModel::ValueColumn).data().toString(), QStringLiteral("3000"));
    QVERIFY(!button(QStringLiteral("&Edit…"))->isEnabled());
}

void ValueInspectorTest::entriesOfRedisTypes()
{
    const QString url = test::storeUrl(QStringLiteral("redis"), 10);
    if (url.isEmpty())
        QSKIP("no redis fixture (CASHEWS_REDIS_URL_FILE)");
    ConnectionConfig config;
    config.url = url;
    m_connection = std::make_unique<Connection>(config);
    m_inspector = std::make_unique<ValueInspector>();
    QVERIFY(test::runCoro([](std::shared_ptr<Cache> cache, QString redisUrl) -> QCoro::Task<> {
        co_await cache->clear();
        // Written by other clients: cashews never writes these types.
        Settings settings = Settings::parse(redisUrl);
        RedisPool raw(RedisOptions::fromSettings(settings));
        const QList<QList<QByteArray>> writes{{"HSET", "session:1", "user", "ann", "role", "admin"},
                                              {"RPUSH", "queue:jobs", "a", "b", "c"},
                                              {"XADD", "events", "1-1", "kind", "login"}};
        for (const auto &command : writes)
            CORO_VERIFY(!(co_await raw.execute(command)).isError());
        raw.close();
    }(m_connection->cache(), url), std::chrono::seconds(10), __FILE__, __LINE__));

    const QList<std::tuple<QString, QString, int>> keys{{QStringLiteral("session:1"), QStringLiteral("hash"), 2},
                                                         {QStringLiteral("queue:jobs"), QStringLiteral("list"), 3},
                                                         {QStringLiteral("events"), QStringLiteral("stream"), 1}};
    for (const auto &[key, type, count] : keys) {
        QVERIFY(show(key));
        QCOMPARE(m_inspector->type(), type);
        QVERIFY2(!m_inspector->isGone(), qPrintable(key));
        QCOMPARE(m_inspector->members()->rowCount(), count);
        QVERIFY(!m_inspector->editBlockedReason().isEmpty());
    }
    QCOMPARE(m_inspector->members()->index(0, MemberModel::ValueColumn).data().toString(), QStringLiteral("kind=login"));
}

void ValueInspectorTest::textShowsTheDecodedValue()
{
    OPEN_OR_SKIP();
    QVERIFY(test::runCoro([](std::shared_ptr<Cache> cache) -> QCoro::Task<> {
        co_await cache->set(QStringLiteral("greeting"), QStringLiteral("grüß dich"));
        QVariantMap user{{QStringLiteral("name"), QStringLiteral("Ann")},
                         {QStringLiteral("email"), QStringLiteral("ann@example.com")},
                         {QStringLiteral("city"), QStringLiteral("Berlin")},
                         {QStringLiteral("tags"), QVariantList{qint64(1), qint64(2)}}};
        co_await cache->set(QStringLiteral("user"), user);
        co_await cache->set(QStringLiteral("blob"), QByteArray("\x00\x01\x02", 3));
    }(m_connection->cache()), std::chrono::seconds(10), __FILE__, __LINE__));

    // A pickled string: the text, not the pickle bytes; those are in Hex.
    QVERIFY(show(QStringLiteral("greeting")));
    QCOMPARE(m_inspector->shownText(), QStringLiteral("grüß dich"));
    QVERIFY(m_inspector->editBlockedReason().isEmpty());

    // Other values: indented typed JSON.
    QVERIFY(show(QStringLiteral("user")));
    QVERIFY2(m_inspector->shownText().contains(QStringLiteral("\n  ")), qPrintable(m_inspector->shownText()));
    QVERIFY(m_inspector->shownText().contains(QStringLiteral("\"Ann\"")));
    QVariant parsed;
    QCOMPARE(KeyEditDialog::parseValue(m_inspector->shownText(), &parsed), QString());

    // Bytes open on Hex.
    QVERIFY(show(QStringLiteral("blob")));
    QCOMPARE(m_inspector->currentView(), m_inspector->hexView());
}

void ValueInspectorTest::figuresCountDownUntilExpiry()
{
    QVERIFY(open());
    qint64 now = QDateTime::currentMSecsSinceEpoch();
    setClock([&now] { return now; });
    QVERIFY(test::runCoro([](std::shared_ptr<Cache> cache) -> QCoro::Task<> {
        co_await cache->setRaw(QStringLiteral("lock:report"), QByteArray("owner-1"), 60);
    }(m_connection->cache()), std::chrono::seconds(10), __FILE__, __LINE__));
    QVERIFY(show(QStringLiteral("lock:report")));
    QVERIFY2(m_inspector->detailsText().contains(QStringLiteral("1m 00s")), qPrintable(m_inspector->detailsText()));

    // The hard TTL and the lock's remaining time move with the clock, without a reload.
    now += 30000;
    QTRY_VERIFY2(m_inspector->detailsText().count(QStringLiteral("30s")) >= 2, qPrintable(m_inspector->detailsText()));
    QVERIFY(!m_inspector->detailsText().contains(QStringLiteral("1m 00s")));
    QVERIFY(button(QStringLiteral("&Delete"))->isEnabled());

    // Once expired the key is said to be gone, and nothing is offered on it.
    now += 31000;
    QTRY_VERIFY(m_inspector->isGone());
    for (const QString &text : {QStringLiteral("&Edit…"), QStringLiteral("Set &TTL…"), QStringLiteral("Re&name…"), QStringLiteral("&Delete")})
        QVERIFY2(!button(text)->isEnabled(), qPrintable(text));
}

void ValueInspectorTest::earlyAndSoftStates()
{
    QVERIFY(open());
    qint64 now = QDateTime::currentMSecsSinceEpoch();
    setClock([&now] { return now; });
    const QDateTime until = QDateTime::fromMSecsSinceEpoch(now + 10000, Qt::UTC);
    const auto details = [this](const QString &key) {
        QList<CashewsDetails::Row> rows;
        const bool ran = test::runCoro([](std::shared_ptr<Cache> cache, QString k, QList<CashewsDetails::Row> *out) -> QCoro::Task<> {
            DecodedValue decoded;
            decoded.value = co_await cache->get(k);
            *out = co_await CashewsDetails::describe(cache, k, decoded, co_await cache->getExpireMs(k), nowMs());
        }(m_connection->cache(), key, &rows), std::chrono::seconds(10), __FILE__, __LINE__);
        return ran ? rows : QList<CashewsDetails::Row>();
    };
    QVERIFY(test::runCoro([](std::shared_ptr<Cache> cache, QDateTime at) -> QCoro::Task<> {
        const QVariantList pair{at, qint64(7)};
        co_await cache->set(QStringLiteral("early:v2:app:report"), pair, 600);
        co_await cache->set(QStringLiteral("soft:app:rates"), pair, 600);
    }(m_connection->cache(), until), std::chrono::seconds(10), __FILE__, __LINE__));

    const QList<CashewsDetails::Row> early = details(QStringLiteral("early:v2:app:report"));
    QVERIFY(CashewsDetails::render(early).contains(QStringLiteral("fresh")));
    const QList<CashewsDetails::Row> soft = details(QStringLiteral("soft:app:rates"));
    // Past the fresh period: early refreshes in the background and serves the value; soft
    // recomputes in the call and falls back to the value only when that fails. No lock for soft.
    now += 20000;
    const QString staleEarly = CashewsDetails::render(early);
    QVERIFY2(staleEarly.contains(QStringLiteral("refreshes in the background")), qPrintable(staleEarly));
    QVERIFY(staleEarly.contains(QStringLiteral("Refresh lock")));
    const QString staleSoft = CashewsDetails::render(soft);
    QVERIFY2(staleSoft.contains(QStringLiteral("recomputes")), qPrintable(staleSoft));
    QVERIFY(!staleSoft.contains(QStringLiteral("lock")));
    QVERIFY(!staleSoft.contains(QStringLiteral("background")));

    // With the refresh lock taken the early value is being refreshed, and the lock row agrees.
    QVERIFY(test::runCoro([](std::shared_ptr<Cache> cache) -> QCoro::Task<> {
        co_await cache->set(QStringLiteral("early:v2:app:report:lock"), QStringLiteral("1"), 10);
    }(m_connection->cache()), std::chrono::seconds(10), __FILE__, __LINE__));
    const QString refreshing = CashewsDetails::render(details(QStringLiteral("early:v2:app:report")));
    QVERIFY2(refreshing.contains(QStringLiteral("a refresh is running")), qPrintable(refreshing));
    QVERIFY(!refreshing.contains(QStringLiteral("free")));
}

void ValueInspectorTest::percentagesAreLocalized()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(TtlFormat::percent(0.125), QStringLiteral("12.5%"));
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QVERIFY2(TtlFormat::percent(0.125).startsWith(QStringLiteral("12,5")), qPrintable(TtlFormat::percent(0.125)));
}

void ValueInspectorTest::editorConfirmsResigning()
{
    DecodedValue original;
    original.value = QStringLiteral("old");
    original.signature = DecodedValue::Signature::Wrong;
    original.digestmod = QStringLiteral("md5");
    QStringList asked;
    bool answer = false;
    KeyEditDialog::setConfirm([&asked, &answer](QWidget *, const QString &text) {
        asked.append(text);
        return answer;
    });
    KeyEditDialog dialog(KeyEditDialog::Mode::Edit);
    dialog.setKey(QStringLiteral("user:4"));
    dialog.setOriginal(original);
    dialog.show();
    dialog.findChild<QPlainTextEdit *>()->setPlainText(QStringLiteral("\"new\""));
    // No (the default) keeps the dialog and the stored value.
    dialog.accept();
    QCOMPARE(asked.size(), qsizetype(1));
    QVERIFY2(asked.constFirst().contains(QStringLiteral("signed for another key")), qPrintable(asked.constFirst()));
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    answer = true;
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    // A value that verifies is saved without a question.
    original.signature = DecodedValue::Signature::Valid;
    KeyEditDialog valid(KeyEditDialog::Mode::Edit);
    valid.setKey(QStringLiteral("user:4"));
    valid.setOriginal(original);
    valid.accept();
    QCOMPARE(asked.size(), qsizetype(2));
    QCOMPARE(valid.result(), int(QDialog::Accepted));
}

void ValueInspectorTest::saveDecodedOrRaw()
{
    OPEN_OR_SKIP();
    QByteArray stored;
    QVERIFY(test::runCoro([](std::shared_ptr<Cache> cache, QByteArray *out) -> QCoro::Task<> {
        Tuple point;
        point.items = QVariantList{qint64(1), qint64(2)};
        co_await cache->set(QStringLiteral("point"), QVariant::fromValue(point));
        *out = (co_await cache->getRaw(QStringLiteral("point"))).toByteArray();
    }(m_connection->cache(), &stored), std::chrono::seconds(10), __FILE__, __LINE__));
    QVERIFY(show(QStringLiteral("point")));
    QTemporaryDir dir;
    QSignalSpy saved(m_inspector.get(), &ValueInspector::saved);
    m_inspector->saveTo(dir.filePath(QStringLiteral("point.json")), ValueInspector::SaveFormat::TypedJson);
    m_inspector->saveTo(dir.filePath(QStringLiteral("point.bin")), ValueInspector::SaveFormat::Raw);
    QTRY_COMPARE(saved.count(), 2);
    QFile json(dir.filePath(QStringLiteral("point.json")));
    QVERIFY(json.open(QIODevice::ReadOnly));
    QVariant parsed;
    QCOMPARE(KeyEditDialog::parseValue(QString::fromUtf8(json.readAll()), &parsed), QString());
    QCOMPARE(parsed.value<Tuple>().items.size(), 2);
    QFile raw(dir.filePath(QStringLiteral("point.bin")));
    QVERIFY(raw.open(QIODevice::ReadOnly));
    // mem:// keeps the tuple as an object: its raw form is the typed JSON.
    QCOMPARE(raw.readAll(), stored.isEmpty() ? KeyEditDialog::formatValue(parsed).toUtf8() : stored);
}

QTEST_MAIN(ValueInspectorTest)
#include "tst_valueinspector.moc"
