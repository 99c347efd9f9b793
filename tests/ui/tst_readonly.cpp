// Read-only connections: every write command is refused by the connection's middleware
// (not by the widgets), reads still work, and the switch can be flipped at run time.
#include "connections/connection.h"
#include "corotest.h"
#include "browser/keybrowser.h"
#include "browser/keylistmodel.h"
#include "uitestsupport.h"

#include <cashews/cache.h>
#include <cashews/errors.h>

#include <QAbstractButton>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTest>

using namespace cashews;

class ReadOnlyTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesAreRefused();
    void switchAtRunTime();
    void widgetDeleteIsRefused();
};

namespace {

ConnectionConfig memConfig(bool readOnly)
{
    ConnectionConfig config;
    config.name = QStringLiteral("ro");
    config.url = QStringLiteral("mem://");
    config.readOnly = readOnly;
    return config;
}

} // namespace

void ReadOnlyTest::writesAreRefused()
{
    Connection connection(memConfig(false));
    CASHEWS_RUN([](std::shared_ptr<Cache> cache) -> QCoro::Task<> {
        CORO_VERIFY(co_await cache->set(QStringLiteral("k"), 1));
    }(connection.cache()));
    connection.setReadOnly(true);
    CASHEWS_RUN([](std::shared_ptr<Cache> cache, KeyOperationsPtr operations) -> QCoro::Task<> {
        CORO_COMPARE((co_await cache->get(QStringLiteral("k"))).toInt(), 1);
        CORO_VERIFY_THROWS(cache->set(QStringLiteral("k"), 2), ReadOnlyError);
        CORO_VERIFY_THROWS(cache->remove(QStringLiteral("k")), ReadOnlyError);
        CORO_VERIFY_THROWS(cache->expire(QStringLiteral("k"), 10), ReadOnlyError);
        CORO_VERIFY_THROWS(cache->setLock(QStringLiteral("lock:x"), QByteArrayLiteral("me"), 10), ReadOnlyError);
        CORO_VERIFY_THROWS(cache->clear(), ReadOnlyError);
        QStringList keys{QStringLiteral("k")};
        CORO_VERIFY_THROWS(operations->removeKeys(keys), ReadOnlyError);
        // The message says what was refused in words, not by cashews' command name.
        QString message;
        try {
            co_await cache->removeMany(keys);
        } catch (const ReadOnlyError &error) {
            message = error.message();
        }
        CORO_COMPARE(message, QStringLiteral("The connection is read-only: deleting keys was refused"));
        CORO_COMPARE((co_await cache->get(QStringLiteral("k"))).toInt(), 1);
        CORO_COMPARE(co_await cache->getKeysCount(), qint64(1));
    }(connection.cache(), connection.operations()));
}

void ReadOnlyTest::switchAtRunTime()
{
    Connection connection(memConfig(true));
    QSignalSpy changed(&connection, &Connection::readOnlyChanged);
    CASHEWS_RUN([](std::shared_ptr<Cache> cache) -> QCoro::Task<> {
        CORO_VERIFY_THROWS(cache->set(QStringLiteral("k"), 1), ReadOnlyError);
    }(connection.cache()));
    connection.setReadOnly(false);
    QCOMPARE(changed.count(), 1);
    CASHEWS_RUN([](std::shared_ptr<Cache> cache) -> QCoro::Task<> {
        CORO_VERIFY(co_await cache->set(QStringLiteral("k"), 1));
    }(connection.cache()));
}

void ReadOnlyTest::widgetDeleteIsRefused()
{
    Connection connection(memConfig(false));
    CASHEWS_RUN([](std::shared_ptr<Cache> cache) -> QCoro::Task<> {
        CORO_VERIFY(co_await cache->set(QStringLiteral("keep:me"), 1));
    }(connection.cache()));
    connection.setReadOnly(true);
    KeyBrowser browser(&connection);
    QSignalSpy status(&browser, &KeyBrowser::statusMessage);
    QTRY_COMPARE(browser.model()->rowCount(), 1);
    browser.selectKey(QStringLiteral("keep:me"));
    // Called directly (its button is greyed out): the command layer refuses all the same.
    test::onNextModal([](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY(box);
        box->button(QMessageBox::Yes)->click();
    });
    browser.deleteSelected();
    QTRY_VERIFY(!status.isEmpty());
    QVERIFY2(status.last().at(0).toString().contains(QStringLiteral("read-only")), qPrintable(status.last().at(0).toString()));
    QCOMPARE(browser.model()->rowCount(), 1);
    CASHEWS_RUN([](std::shared_ptr<Cache> cache) -> QCoro::Task<> {
        CORO_VERIFY(co_await cache->exists(QStringLiteral("keep:me")));
    }(connection.cache()));
}

QTEST_MAIN(ReadOnlyTest)
#include "tst_readonly.moc"
