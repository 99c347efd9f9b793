// The studio's connections tell failures from an empty store: an unreachable port, a wrong
// password and a server stopped mid-session are errors (dialog, page header, tree, status),
// never "complete" or "Created"; the client name is the studio's own; read-only connections
// grey out writes and ask before becoming writable; disk stores say where their data is;
// the locks tab scans once per visit; tree, tags and locks have context menus.
#include "browser/keybrowser.h"
#include "browser/keyeditdialog.h"
#include "browser/keylistmodel.h"
#include "connections/connection.h"
#include "connections/connectiondialog.h"
#include "connections/connectionpage.h"
#include "corotest.h"
#include "demo/demodata.h"
#include "demo/demorefresher.h"
#include "inspector/valueinspector.h"
#include "locks/locksmodel.h"
#include "locks/locksview.h"
#include "redisserver.h"
#include "tags/tagsmodel.h"
#include "tags/tagsview.h"
#include "uitestsupport.h"
#include "window/mainwindow.h"

#include <cashews/cache.h>
#include <cashews/errors.h>

#include <QAbstractButton>
#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHostAddress>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace cashews;

class ConnectionTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void unreachablePortIsAnError();
    void wrongPasswordIsAnError();
    void serverStoppedMidSession();
    void clientNameIsTheStudios();
    void readOnlyGreysOutWritesAndAsksBeforeWritable();
    void diskHeaderSaysWhereTheDataIs();
    void locksScanOncePerVisit();
    void contextMenus();
    void windowRemembersLayoutAndNamesTheConnection();
    void demoDataStaysAlive();
    void mnemonicsAreUnique();

private:
    Connection *open(const QString &url, bool readOnly = false);
    // Starts `server` and opens its database 0: the connection once connected, otherwise
    // nullptr and a warning saying why (the caller's QVERIFY then fails the test).
    Connection *connectTo(test::RedisServer &server);
    // Drives the new-key dialog of the current page's browser; returns the status messages.
    QStringList createKey(const QString &key);
    // Checks `url` in a connection dialog; returns the error shown (empty when it connected).
    static QString checkInDialog(const QString &url);

    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_settingsDir;
};

namespace {

quint16 unusedPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort(); // closed again when `probe` goes: nothing listens there
}

// Fills `dialog` with a connection to `url`, everything else at its defaults.
void enterUrl(ConnectionDialog &dialog, const QString &url)
{
    ConnectionConfig config;
    config.url = url;
    dialog.setConfig(config);
}

} // namespace

void ConnectionTest::initTestCase()
{
    // Window settings go to a temporary directory, never the user's.
    QVERIFY(m_settingsDir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
}

void ConnectionTest::init()
{
    m_window = std::make_unique<MainWindow>();
    m_window->show();
}

void ConnectionTest::cleanup()
{
    m_window.reset();
}

Connection *ConnectionTest::open(const QString &url, bool readOnly)
{
    ConnectionConfig config;
    config.name = url;
    config.url = url;
    config.readOnly = readOnly;
    return m_window->openConnection(config);
}

Connection *ConnectionTest::connectTo(test::RedisServer &server)
{
    if (!server.start()) {
        qWarning("redis-server did not start: %s", qPrintable(server.errorString()));
        return nullptr;
    }
    Connection *connection = open(server.url() + QStringLiteral("/0"));
    if (!connection) {
        qWarning("the window opened no connection to %s", qPrintable(server.url()));
        return nullptr;
    }
    if (!QTest::qWaitFor([connection] { return connection->state() == Connection::State::Connected; }, 15000)) {
        qWarning("not connected to %s after 15 s: %s", qPrintable(server.url()), qPrintable(connection->stateError()));
        return nullptr;
    }
    return connection;
}

QStringList ConnectionTest::createKey(const QString &key)
{
    ConnectionPage *page = m_window->currentPage();
    QSignalSpy status(page, &ConnectionPage::statusMessage);
    test::onNextModal([key](QWidget *modal) {
        auto *dialog = qobject_cast<KeyEditDialog *>(modal);
        QVERIFY(dialog);
        const QList<QLineEdit *> lines = dialog->findChildren<QLineEdit *>();
        lines.at(0)->setText(key);
        dialog->findChild<QPlainTextEdit *>()->setPlainText(QStringLiteral("\"value\""));
        dialog->accept();
    });
    page->keyBrowser()->newKey();
    // A store that fails at once (the pool waiting out a back-off) reports before newKey() returns.
    if (status.isEmpty() && !status.wait(15000))
        return {};
    QStringList messages;
    for (const QList<QVariant> &args : status)
        messages << args.at(0).toString();
    return messages;
}

QString ConnectionTest::checkInDialog(const QString &url)
{
    ConnectionDialog dialog;
    enterUrl(dialog, url);
    QSignalSpy checked(&dialog, &ConnectionDialog::checked);
    dialog.check();
    if (!checked.wait(15000))
        return QStringLiteral("no answer");
    return checked.first().at(0).toString();
}

void ConnectionTest::unreachablePortIsAnError()
{
    const QString url = QStringLiteral("redis://127.0.0.1:%1/0").arg(unusedPort());

    // The dialog's Check connects, and OK keeps the dialog open with the error.
    const QString error = checkInDialog(url);
    QVERIFY2(!error.isEmpty(), "Check reported an unreachable store as reachable");
    {
        ConnectionDialog dialog;
        enterUrl(dialog, url);
        QSignalSpy checked(&dialog, &ConnectionDialog::checked);
        dialog.show();
        dialog.accept();
        QVERIFY(checked.wait(15000));
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    Connection *connection = open(url);
    QVERIFY(connection);
    ConnectionPage *page = m_window->pageOf(connection);
    QSignalSpy failed(page->keyBrowser()->model(), &KeyListModel::errorOccurred);
    QTRY_COMPARE_WITH_TIMEOUT(connection->state(), Connection::State::Disconnected, 15000);
    QVERIFY(!connection->stateError().isEmpty());
    QVERIFY2(page->headerText().contains(QStringLiteral("DISCONNECTED")), qPrintable(page->headerText()));
    QVERIFY(page->headerText().contains(connection->stateError()));
    QVERIFY(page->reconnectButton()->isVisibleTo(page));
    QVERIFY(!m_window->newKeyAction()->isEnabled());
    // The key list says the listing failed; it never claims an empty, complete store.
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 15000);
    QVERIFY(!page->keyBrowser()->model()->isComplete());
}

void ConnectionTest::wrongPasswordIsAnError()
{
    test::RedisServer server;
    server.setArguments({QStringLiteral("--requirepass"), QStringLiteral("s3cret")});
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const QString wrong = QStringLiteral("redis://:wrong@127.0.0.1:%1/0").arg(server.port());

    const QString error = checkInDialog(wrong);
    QVERIFY2(error.contains(QStringLiteral("WRONGPASS")), qPrintable(error));
    QCOMPARE(checkInDialog(QStringLiteral("redis://:s3cret@127.0.0.1:%1/0").arg(server.port())), QString());

    Connection *connection = open(wrong);
    QVERIFY(connection);
    QTRY_COMPARE_WITH_TIMEOUT(connection->state(), Connection::State::Disconnected, 15000);
    QVERIFY2(connection->stateError().contains(QStringLiteral("WRONGPASS")), qPrintable(connection->stateError()));
    // A write is an error, not a silent no-op.
    CASHEWS_RUN([](std::shared_ptr<Cache> cache) -> QCoro::Task<> {
        CORO_VERIFY_THROWS(cache->set(QStringLiteral("k"), 1), CacheBackendInteractionError);
    }(connection->cache()));
}

void ConnectionTest::serverStoppedMidSession()
{
    test::RedisServer server;
    Connection *connection = connectTo(server);
    QVERIFY(connection);
    ConnectionPage *page = m_window->pageOf(connection);
    QVERIFY(page->reconnectButton()->isHidden());
    QVERIFY(m_window->newKeyAction()->isEnabled());
    const QStringList created = createKey(QStringLiteral("before"));
    QVERIFY2(created.join(QLatin1Char('\n')).contains(QStringLiteral("Created")), qPrintable(created.join(QLatin1Char('\n'))));

    server.stop();
    page->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(connection->state(), Connection::State::Disconnected, 15000);
    QVERIFY2(page->headerText().contains(QStringLiteral("DISCONNECTED")), qPrintable(page->headerText()));
    QVERIFY(!page->keyBrowser()->model()->isComplete());
    QVERIFY(!m_window->newKeyAction()->isEnabled());
    // Even when a write is started anyway, it reports the failure, not "Created".
    const QStringList attempt = createKey(QStringLiteral("after"));
    const QString messages = attempt.join(QLatin1Char('\n'));
    QVERIFY2(!messages.contains(QStringLiteral("Created")) && messages.contains(QStringLiteral("failed")), qPrintable(messages));

    // Back up: Reconnect brings the connection back (the pool may wait out a back-off first).
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT((connection->reconnect(), connection->isConnected()), 20000);
    QVERIFY(m_window->newKeyAction()->isEnabled());
    QVERIFY(!page->headerText().contains(QStringLiteral("DISCONNECTED")));
}

void ConnectionTest::clientNameIsTheStudios()
{
    test::RedisServer server;
    Connection *connection = connectTo(server);
    QVERIFY(connection);
    QProcess cli;
    cli.start(QStringLiteral("redis-cli"), {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                                            QString::number(server.port()), QStringLiteral("CLIENT"), QStringLiteral("LIST")});
    QVERIFY(cli.waitForFinished(10000));
    const QString clients = QString::fromUtf8(cli.readAllStandardOutput());
    QVERIFY2(clients.contains(QStringLiteral("name=cashews-studio ")), qPrintable(clients));

    // A name the user gave wins.
    const QVariantMap options = Connection::studioOptions(server.url() + QStringLiteral("/0?client_name=mine"), {});
    QVERIFY(!options.contains(QStringLiteral("client_name")));
    QCOMPARE(options.value(QStringLiteral("suppress")), QVariant(false));
    // suppress=true in the URL is overridden: the studio never hides a store failure.
    QCOMPARE(Connection::studioOptions(server.url() + QStringLiteral("/0?suppress=true"), {}).value(QStringLiteral("suppress")),
             QVariant(false));
}

void ConnectionTest::readOnlyGreysOutWritesAndAsksBeforeWritable()
{
    Connection *connection = open(QStringLiteral("mem://"), true);
    QVERIFY(connection);
    QTRY_COMPARE(connection->state(), Connection::State::Connected);
    ConnectionPage *page = m_window->pageOf(connection);
    QVERIFY(!m_window->newKeyAction()->isEnabled());
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("mem://")));
    auto *tree = m_window->findChild<QTreeView *>();
    QVERIFY(tree);
    QVERIFY(tree->model()->index(0, 0).data().toString().contains(QStringLiteral("read-only")));
    QPushButton *acquire = nullptr;
    for (QPushButton *button : page->locksView()->findChildren<QPushButton *>()) {
        if (button->text().remove(QLatin1Char('&')) == QStringLiteral("Acquire…"))
            acquire = button;
    }
    QVERIFY(acquire);
    QVERIFY(!acquire->isEnabled());
    // A string key the editor can edit once the connection is writable (written around the gate).
    connection->setReadOnly(false);
    CASHEWS_RUN([](std::shared_ptr<Cache> cache) -> QCoro::Task<> {
        co_await cache->set(QStringLiteral("some:key"), QStringLiteral("value"));
    }(connection->cache()));
    connection->setReadOnly(true);
    ValueInspector *inspector = page->keyBrowser()->inspector();
    inspector->showKey(connection, QStringLiteral("some:key"));
    QPushButton *edit = nullptr;
    for (QPushButton *button : inspector->findChildren<QPushButton *>()) {
        if (button->text().remove(QLatin1Char('&')) == QStringLiteral("Edit…"))
            edit = button;
    }
    QVERIFY(edit);
    QVERIFY(!edit->isEnabled());

    // Becoming writable asks, with No as the default; No keeps it read-only.
    test::onNextModal([](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY(box);
        QCOMPARE(box->defaultButton(), box->button(QMessageBox::No));
        box->button(QMessageBox::No)->click();
    });
    QVERIFY(m_window->setCurrentReadOnly(false));
    QVERIFY(connection->isReadOnly());
    test::onNextModal([](QWidget *modal) { qobject_cast<QMessageBox *>(modal)->button(QMessageBox::Yes)->click(); });
    QVERIFY(!m_window->setCurrentReadOnly(false));
    QVERIFY(!connection->isReadOnly());
    QVERIFY(m_window->newKeyAction()->isEnabled());
    QVERIFY(acquire->isEnabled());
    QTRY_VERIFY(edit->isEnabled());
    QVERIFY(!tree->model()->index(0, 0).data().toString().contains(QStringLiteral("read-only")));
    // Back to read-only needs no question.
    QVERIFY(m_window->setCurrentReadOnly(true));
    QVERIFY(!m_window->newKeyAction()->isEnabled());
}

void ConnectionTest::diskHeaderSaysWhereTheDataIs()
{
    Connection *temporary = open(QStringLiteral("disk://"));
    QVERIFY(temporary);
    const QString header = m_window->pageOf(temporary)->headerText();
    QVERIFY2(header.contains(QStringLiteral("temporary store")), qPrintable(header));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Connection *kept = open(QStringLiteral("disk://?directory=") + dir.path());
    QVERIFY(kept);
    const QString keptHeader = m_window->pageOf(kept)->headerText();
    QVERIFY2(keptHeader.contains(dir.path()) && !keptHeader.contains(QStringLiteral("temporary")), qPrintable(keptHeader));
    // mem:// and Redis say nothing about directories.
    Connection *memory = open(QStringLiteral("mem://"));
    QVERIFY(memory);
    QCOMPARE(memory->storageDescription(), QString());
}

void ConnectionTest::locksScanOncePerVisit()
{
    Connection *connection = open(QStringLiteral("mem://"));
    QVERIFY(connection);
    CASHEWS_RUN([](std::shared_ptr<Cache> cache) -> QCoro::Task<> { co_await DemoData::seed(cache); }(connection->cache()));
    auto scans = std::make_shared<QStringList>();
    connection->cache()->addMiddleware([scans](NextCall next, Command command, Backend *, CommandArgs args) {
        if (command == Command::Scan)
            scans->append(args.value(QStringLiteral("pattern")).toString());
        return next(std::move(args));
    });
    ConnectionPage *page = m_window->pageOf(connection);
    LocksView *locks = page->locksView();
    QSignalSpy updated(locks, &LocksView::updated);
    // The key list's own first page is in.
    QTRY_VERIFY(page->keyBrowser()->model()->rowCount() > 0 && !page->keyBrowser()->model()->isLoading());
    scans->clear();
    page->showTab(ConnectionPage::Tab::Locks);
    QTRY_COMPARE(updated.size(), 1);
    QVERIFY(locks->model()->rowCount() >= 3);
    QCOMPARE(scans->size(), 1);

    // Leaving and coming back shows what was loaded; an explicit refresh reads again.
    page->showTab(ConnectionPage::Tab::Keys);
    page->showTab(ConnectionPage::Tab::Locks);
    QTest::qWait(50);
    QCOMPARE(updated.size(), 1);
    QCOMPARE(scans->size(), 1);
    page->refresh();
    QTRY_COMPARE(updated.size(), 2);
    QCOMPARE(scans->size(), 2);
}

void ConnectionTest::contextMenus()
{
    Connection *connection = open(QStringLiteral("mem://"));
    QVERIFY(connection);
    CASHEWS_RUN([](std::shared_ptr<Cache> cache) -> QCoro::Task<> { co_await DemoData::seed(cache); }(connection->cache()));
    ConnectionPage *page = m_window->pageOf(connection);
    const auto actionTexts = [](QMenu *menu) {
        QStringList texts;
        for (QAction *action : menu->actions()) {
            if (!action->isSeparator())
                texts << action->text().remove(QLatin1Char('&'));
        }
        return texts;
    };

    // Tags: "Open in inspector" on a member shows it in the key browser.
    TagsView *tags = page->tagsView();
    QSignalSpy tagsUpdated(tags, &TagsView::updated);
    page->showTab(ConnectionPage::Tab::Tags);
    QTRY_VERIFY(!tagsUpdated.isEmpty());
    QModelIndex users;
    for (int row = 0; row < tags->model()->rowCount(); ++row) {
        if (tags->model()->index(row, 0).data().toString() == QLatin1StringView("users"))
            users = tags->model()->index(row, 0);
    }
    QVERIFY(users.isValid());
    const QModelIndex member = tags->model()->index(0, 0, users);
    const QString memberKey = member.data(TagsModel::KeyRole).toString();
    tags->view()->setCurrentIndex(member);
    std::unique_ptr<QMenu> tagMenu(tags->contextMenu(member));
    QCOMPARE(actionTexts(tagMenu.get()), (QStringList{QStringLiteral("Copy key"), QStringLiteral("Open in inspector"),
                                                      QStringLiteral("Invalidate tag…")}));
    QSignalSpy loaded(page->keyBrowser()->inspector(), &ValueInspector::loaded);
    tagMenu->actions().at(1)->trigger();
    QCOMPARE(page->currentTab(), ConnectionPage::Tab::Keys);
    QTRY_VERIFY(!loaded.isEmpty());
    QCOMPARE(page->keyBrowser()->inspector()->key(), memberKey);

    // Locks: copy, open, release, force release (disabled on a read-only connection).
    LocksView *locks = page->locksView();
    QSignalSpy locksUpdated(locks, &LocksView::updated);
    page->showTab(ConnectionPage::Tab::Locks);
    QTRY_VERIFY(!locksUpdated.isEmpty());
    locks->view()->selectRow(0);
    connection->setReadOnly(true);
    std::unique_ptr<QMenu> lockMenu(locks->contextMenu());
    QCOMPARE(actionTexts(lockMenu.get()), (QStringList{QStringLiteral("Copy key"), QStringLiteral("Open in inspector"),
                                                       QStringLiteral("Release"), QStringLiteral("Force release…")}));
    QVERIFY(!lockMenu->actions().at(3)->isEnabled());
    QVERIFY(!lockMenu->actions().at(4)->isEnabled());

    // Connection tree: reconnect, copy URL (without secrets), read-only, close.
    std::unique_ptr<QMenu> treeMenu(m_window->connectionMenu(page));
    QCOMPARE(actionTexts(treeMenu.get()), (QStringList{QStringLiteral("Reconnect"), QStringLiteral("Copy URL"),
                                                       QStringLiteral("Read-only"), QStringLiteral("Close")}));
    QVERIFY(treeMenu->actions().at(2)->isChecked());

    // "Copy URL" leaves the password out.
    Connection *secret = open(QStringLiteral("redis://:pa55word@127.0.0.1:%1/0").arg(unusedPort()));
    QVERIFY(secret);
    std::unique_ptr<QMenu> secretMenu(m_window->connectionMenu(m_window->pageOf(secret)));
    secretMenu->actions().at(1)->trigger();
    const QString copied = QGuiApplication::clipboard()->text();
    QVERIFY2(copied.contains(QStringLiteral("127.0.0.1")) && !copied.contains(QStringLiteral("pa55word")), qPrintable(copied));
}

void ConnectionTest::demoDataStaysAlive()
{
    Connection *connection = open(QStringLiteral("mem://"));
    QVERIFY(connection);
    const QString lock = QStringLiteral(":tx_lock:app.users:get_user:user_id:1");
    const QString limit = QStringLiteral("rate_limit:app.api:call:ip:10.0.0.7");
    CASHEWS_RUN([](std::shared_ptr<Cache> cache, QString lockKey, QString limitKey) -> QCoro::Task<> {
        co_await DemoData::seed(cache);
        // As if their TTLs (10 s, 60 s) had run out.
        CORO_VERIFY(co_await cache->remove(lockKey));
        CORO_VERIFY(co_await cache->remove(limitKey));
    }(connection->cache(), lock, limit));
    auto *refresher = new DemoRefresher(connection);
    refresher->refresh();
    QTRY_VERIFY(!refresher->isRunning());
    const auto read = [](std::shared_ptr<Cache> cache, QString lockKey, QString limitKey, QByteArray *owner,
                         qint64 *calls) -> QCoro::Task<> {
        *owner = (co_await cache->getRaw(lockKey)).toByteArray();
        *calls = (co_await cache->get(limitKey)).toLongLong();
    };
    QByteArray owner;
    qint64 calls = 0;
    CASHEWS_RUN(read(connection->cache(), lock, limit, &owner, &calls));
    QVERIFY(!owner.isEmpty());
    QCOMPARE(calls, 7);
    // Another refresh leaves a held lock with its owner (what the Locks tab lists stays
    // valid for Release) and a running window's counter as it is.
    refresher->refresh();
    QTRY_VERIFY(!refresher->isRunning());
    QByteArray ownerAfter;
    CASHEWS_RUN(read(connection->cache(), lock, limit, &ownerAfter, &calls));
    QCOMPARE(ownerAfter, owner);
    QCOMPARE(calls, 7);
}

void ConnectionTest::windowRemembersLayoutAndNamesTheConnection()
{
    m_window->restoreSettings();
    Connection *connection = open(QStringLiteral("mem://"));
    QVERIFY(connection);
    QVERIFY2(m_window->windowTitle().startsWith(QStringLiteral("mem:// — ")), qPrintable(m_window->windowTitle()));
    m_window->resize(1300, 760); // above the minimum size, unlike the default 1360x820
    m_window->pageOf(connection)->keyBrowser()->setViewMode(KeyBrowser::ViewMode::Namespaces);
    auto *pageSplitter = m_window->pageOf(connection)->findChild<QSplitter *>();
    QVERIFY(pageSplitter);
    pageSplitter->setSizes({300, 700});
    const QList<int> sizes = pageSplitter->sizes();
    // The view-mode menu items are checkable and follow the browser's mode.
    QMenu *view = nullptr;
    for (QMenu *menu : m_window->findChildren<QMenu *>()) {
        if (menu->title().remove(QLatin1Char('&')) == QLatin1StringView("View"))
            view = menu;
    }
    QVERIFY(view);
    Q_EMIT view->aboutToShow();
    QStringList checked;
    for (QAction *action : view->actions()) {
        QVERIFY(action->isCheckable());
        if (action->isChecked())
            checked << action->text().remove(QLatin1Char('&'));
    }
    QCOMPARE(checked, QStringList{QStringLiteral("Keys by namespace")});
    m_window->close();

    m_window = std::make_unique<MainWindow>();
    m_window->restoreSettings();
    m_window->show();
    QCOMPARE(m_window->size(), QSize(1300, 760));
    Connection *again = open(QStringLiteral("mem://"));
    QVERIFY(again);
    QCOMPARE(m_window->pageOf(again)->keyBrowser()->viewMode(), KeyBrowser::ViewMode::Namespaces);
    QCOMPARE(m_window->pageOf(again)->findChild<QSplitter *>()->sizes(), sizes);
}

void ConnectionTest::mnemonicsAreUnique()
{
    Connection *connection = open(QStringLiteral("mem://"));
    QVERIFY(connection);
    ConnectionPage *page = m_window->pageOf(connection);
    const auto mnemonic = [](const QString &text) {
        const qsizetype at = text.indexOf(QLatin1Char('&'));
        return at >= 0 && at + 1 < text.size() ? text.at(at + 1).toLower() : QChar();
    };
    for (const auto tab : {ConnectionPage::Tab::Keys, ConnectionPage::Tab::Tags, ConnectionPage::Tab::Locks}) {
        page->showTab(tab);
        // What Alt+letter can reach at once: the menu bar, the tabs and the visible buttons.
        QStringList texts;
        for (QAction *action : m_window->menuBar()->actions())
            texts << action->text();
        auto *tabs = page->findChild<QTabWidget *>();
        for (int i = 0; i < tabs->count(); ++i)
            texts << tabs->tabText(i);
        for (QAbstractButton *button : m_window->findChildren<QAbstractButton *>()) {
            if (button->isVisible())
                texts << button->text();
        }
        QHash<QChar, QString> owners;
        for (const QString &text : std::as_const(texts)) {
            const QChar letter = mnemonic(text);
            if (letter.isNull())
                continue;
            QVERIFY2(!owners.contains(letter), qPrintable(QStringLiteral("Alt+%1: \"%2\" and \"%3\"")
                                                             .arg(letter, owners.value(letter), text)));
            owners.insert(letter, text);
        }
    }
}

QTEST_MAIN(ConnectionTest)
#include "tst_connection.moc"
