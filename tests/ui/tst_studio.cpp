// The studio driven through its widgets, against mem:// and (when the redis fixture runs)
// a real Redis: browse and inspect, edit a TTL, invalidate a tag, release a lock, bulk
// delete, and the connection dialog's validation.
#include "browser/bulkdeletedialog.h"
#include "connections/connection.h"
#include "connections/connectiondialog.h"
#include "connections/connectionpage.h"
#include "corotest.h"
#include "demo/demodata.h"
#include "browser/keybrowser.h"
#include "browser/keyeditdialog.h"
#include "browser/keylistmodel.h"
#include "browser/ttldialog.h"
#include "common/confirmation.h"
#include "locks/locksmodel.h"
#include "locks/locksview.h"
#include "window/mainwindow.h"
#include "tags/tagsmodel.h"
#include "tags/tagsview.h"
#include "uitestsupport.h"
#include "inspector/valueinspector.h"

#include <cashews/cache.h>
#include <cashews/pytypes.h>

#include <QAbstractButton>
#include <QApplication>
#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QApplication>
#include <QClipboard>
#include <QMenu>
#include <QTimer>
#include <QToolButton>
#include <QTranslator>
#include <QLibraryInfo>
#include <QTreeView>

#include <algorithm>

using namespace cashews;

class StudioTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void browseAndInspect_data() { stores(); }
    void browseAndInspect();
    void editTtl_data() { stores(); }
    void editTtl();
    void keyActionsFollowTheCurrentKey_data() { stores(); }
    void keyActionsFollowTheCurrentKey();
    void invalidateTag_data() { stores(); }
    void invalidateTag();
    void releaseLock_data() { stores(); }
    void releaseLock();
    void editValueAndCreateKey_data() { stores(); }
    void editValueAndCreateKey();
    void editLeavesSetsAndPartialValuesAlone_data() { stores(); }
    void editLeavesSetsAndPartialValuesAlone();
    void bulkDelete_data() { stores(); }
    void bulkDelete();
    void filterContainsAndClears();
    void keyListFitsANarrowWindow();
    void windowFits1024x700_data();
    void windowFits1024x700();
    void openingLoadsOnePage();
    void contextMenu();
    void deleteActsOnTheSelection_data() { stores(); }
    void deleteActsOnTheSelection();
    void renameAsksBeforeReplacing_data() { stores(); }
    void renameAsksBeforeReplacing();
    void tagsArriveInPages();
    void windowPanels_data() { stores(); }
    void windowPanels();
    void largeValuePreview_data() { stores(); }
    void largeValuePreview();
    void connectionDialogValidates();
    void closingWaitsForTheStoreToClose();

private:
    void stores();
    // Opens the data row's store in a fresh window, filled with the demo data.
    ConnectionPage *openStore();
    // Opens an empty mem:// store (with the demo data when `seeded`) in the window.
    bool openMemory(bool seeded);
    bool exists(const QString &key);
    // Makes `index` of the browser's view the current, only selected row.
    static void selectRow(KeyBrowser *browser, const QModelIndex &index);
    // Answers the next confirmation: Enter (its default button) or Yes; `text` gets its question.
    static void answerNextConfirmation(bool yes, QString *text = nullptr);

    std::unique_ptr<MainWindow> m_window;
    Connection *m_connection = nullptr;
};

void StudioTest::stores()
{
    QTest::addColumn<QString>("store");
    QTest::newRow("mem") << QStringLiteral("mem://");
    QTest::newRow("redis") << QStringLiteral("redis");
}

void StudioTest::init()
{
    m_window = std::make_unique<MainWindow>();
    m_window->show();
}

void StudioTest::cleanup()
{
    m_window.reset();
    m_connection = nullptr;
}

ConnectionPage *StudioTest::openStore()
{
    QFETCH(QString, store);
    const QString url = test::storeUrl(store, 9);
    if (url.isEmpty())
        return nullptr;
    ConnectionConfig config;
    config.name = store;
    config.url = url;
    m_connection = m_window->openConnection(config);
    if (!m_connection)
        return nullptr;
    const bool seeded = test::runCoro([](std::shared_ptr<Cache> cache) -> QCoro::Task<> {
        co_await cache->clear();
        co_await DemoData::seed(cache);
    }(m_connection->cache()), std::chrono::seconds(15), __FILE__, __LINE__);
    if (!seeded)
        return nullptr;
    ConnectionPage *page = m_window->pageOf(m_connection);
    page->refresh();
    return page;
}

bool StudioTest::openMemory(bool seeded)
{
    ConnectionConfig config;
    config.name = QStringLiteral("mem");
    config.url = QStringLiteral("mem://");
    m_connection = m_window->openConnection(config);
    if (!m_connection || !seeded)
        return m_connection != nullptr;
    return test::runCoro([](std::shared_ptr<Cache> cache) -> QCoro::Task<> { co_await DemoData::seed(cache); }(m_connection->cache()),
                         std::chrono::seconds(15), __FILE__, __LINE__);
}

bool StudioTest::exists(const QString &key)
{
    bool found = false;
    const bool ran = test::runCoro([](std::shared_ptr<Cache> cache, QString k, bool *out) -> QCoro::Task<> {
        *out = co_await cache->exists(k);
    }(m_connection->cache(), key, &found), std::chrono::seconds(5), __FILE__, __LINE__);
    return ran && found;
}

#define OPEN_STORE(page)                                                                   \
    ConnectionPage *page = openStore();                                                    \
    if (!page) {                                                                           \
        QFETCH(QString, store);                                                            \
        if (store == QLatin1StringView("redis"))                                           \
            QSKIP("no redis fixture (CASHEWS_REDIS_URL_FILE)");                            \
        QFAIL("the store could not be opened");                                           \
    }

void StudioTest::browseAndInspect()
{
    OPEN_STORE(page);
    KeyBrowser *browser = page->keyBrowser();
    browser->model()->loadAll();
    QTRY_VERIFY(browser->model()->isComplete());
    const int row = browser->model()->rowOf(QStringLiteral("early:v2:app.prices:get_price:sku:A100"));
    QVERIFY(row >= 0);
    QTreeView *view = browser->view();
    const QModelIndex index = view->model()->index(row, 0);
    view->scrollTo(index);
    QSignalSpy loaded(browser->inspector(), &ValueInspector::loaded);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    QTRY_VERIFY(!loaded.isEmpty());
    const DecodedValue &decoded = browser->inspector()->decoded();
    QCOMPARE(decoded.format, QStringLiteral("pickle protocol 5"));
    QCOMPARE(decoded.value.toList().size(), 2);
    QCOMPARE(decoded.value.toList().at(1).toDouble(), 12.5);
    QVERIFY(browser->inspector()->remainingMs() > 0);
    const QString details = browser->inspector()->detailsText();
    QVERIFY2(details.contains(QStringLiteral("Fresh until")), qPrintable(details));

    // Switching to the cashews tree keeps the data; the same key is found under its group.
    browser->setViewMode(KeyBrowser::ViewMode::Cashews);
    // Open namespaces stay open across a reload.
    const QModelIndex early = view->model()->match(view->model()->index(0, 0), Qt::ToolTipRole, QStringLiteral("early:v2"),
                                                   1, Qt::MatchExactly).value(0);
    QVERIFY(early.isValid());
    view->expand(early);
    browser->reload();
    QTRY_VERIFY(browser->model()->isComplete() || browser->model()->rowCount() > 0);
    QTRY_VERIFY(view->isExpanded(view->model()->match(view->model()->index(0, 0), Qt::ToolTipRole, QStringLiteral("early:v2"),
                                                      1, Qt::MatchExactly).value(0)));
    loaded.clear();
    browser->selectKey(QStringLiteral("hit:app.stats:top_products:limit:10"));
    QTRY_VERIFY(!loaded.isEmpty());
    QCOMPARE(browser->inspector()->key(), QStringLiteral("hit:app.stats:top_products:limit:10"));
    QVERIFY(browser->inspector()->detailsText().contains(QStringLiteral("37")));
}

// Edit, Set TTL and Rename in the Keys menu act on the current key: once it has expired they
// are disabled, while the actions on the whole store stay enabled.
void StudioTest::keyActionsFollowTheCurrentKey()
{
    OPEN_STORE(page);
    QVERIFY(test::runCoro([](std::shared_ptr<Cache> cache) -> QCoro::Task<> {
        co_await cache->set(QStringLiteral("short:lived"), QStringLiteral("soon gone"), 0.6);
    }(m_connection->cache()), std::chrono::seconds(5), __FILE__, __LINE__));
    page->refresh();
    KeyBrowser *browser = page->keyBrowser();
    QTRY_VERIFY(browser->model()->rowOf(QStringLiteral("short:lived")) >= 0);
    browser->selectKey(QStringLiteral("short:lived"));
    const auto action = [this](const QString &text) -> QAction * {
        for (QAction *a : m_window->findChildren<QAction *>()) {
            if (a->text() == text)
                return a;
        }
        return nullptr;
    };
    QAction *edit = action(QStringLiteral("&Edit value…"));
    QAction *ttl = action(QStringLiteral("Set &TTL…"));
    QAction *rename = action(QStringLiteral("Re&name…"));
    QVERIFY(edit && ttl && rename);
    QTRY_VERIFY(edit->isEnabled() && ttl->isEnabled() && rename->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!edit->isEnabled() && !ttl->isEnabled() && !rename->isEnabled(), 5000);
    QVERIFY(m_window->newKeyAction()->isEnabled());
}

void StudioTest::editTtl()
{
    OPEN_STORE(page);
    KeyBrowser *browser = page->keyBrowser();
    QSignalSpy loaded(browser->inspector(), &ValueInspector::loaded);
    browser->selectKey(QStringLiteral("app.metrics:visits"));
    QTRY_VERIFY(!loaded.isEmpty());
    QCOMPARE(browser->inspector()->remainingMs(), qint64(-1));
    loaded.clear();
    QSignalSpy status(browser, &KeyBrowser::statusMessage);
    // Without expiry, "No expiry" is the prefilled choice; an empty input is refused in the
    // dialog (it stays open with the error), so is a bad TTL, whose text is kept.
    test::onNextModal([](QWidget *modal) {
        auto *dialog = qobject_cast<TtlDialog *>(modal);
        QVERIFY(dialog);
        auto *noExpiry = dialog->findChild<QCheckBox *>();
        auto *input = dialog->findChild<QLineEdit *>();
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(noExpiry->isChecked());
        noExpiry->click();
        QVERIFY(input->text().isEmpty());
        ok->click();
        QVERIFY(dialog->isVisible());
        input->setText(QStringLiteral("1.5h"));
        ok->click();
        QVERIFY(dialog->isVisible());
        QCOMPARE(input->text(), QStringLiteral("1.5h"));
        const QStringList errors = [dialog] {
            QStringList texts;
            for (const QLabel *label : dialog->findChildren<QLabel *>())
                if (label->isVisible())
                    texts << label->text();
            return texts;
        }();
        QVERIFY2(errors.join(QLatin1Char(' ')).contains(QStringLiteral("1.5h")), qPrintable(errors.join(QLatin1Char(' '))));
        input->setText(QStringLiteral("1h30m"));
        ok->click();
        QVERIFY(!dialog->isVisible());
    });
    browser->editTtl();
    QTRY_VERIFY(!loaded.isEmpty());
    QCOMPARE(status.count(), 1);
    const qint64 left = browser->inspector()->remainingMs();
    QVERIFY2(left > 5300000 && left <= 5400000, qPrintable(QString::number(left)));

    // The current TTL is prefilled; "No expiry" persists the key.
    loaded.clear();
    test::onNextModal([](QWidget *modal) {
        auto *dialog = qobject_cast<TtlDialog *>(modal);
        QVERIFY(dialog);
        const QString prefilled = dialog->findChild<QLineEdit *>()->text();
        QVERIFY2(prefilled.startsWith(QStringLiteral("1h29m")) || prefilled == QStringLiteral("1h30m"), qPrintable(prefilled));
        dialog->findChild<QCheckBox *>()->click();
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    browser->editTtl();
    QTRY_VERIFY(!loaded.isEmpty());
    QCOMPARE(browser->inspector()->remainingMs(), qint64(-1));
}

void StudioTest::invalidateTag()
{
    OPEN_STORE(page);
    m_window->showPage(page, static_cast<int>(ConnectionPage::Tab::Tags));
    TagsView *tags = page->tagsView();
    QTRY_COMPARE(tags->model()->rowCount(), 2);
    int usersRow = -1;
    for (int row = 0; row < tags->model()->rowCount(); ++row) {
        if (tags->model()->index(row, 0).data().toString() == QLatin1StringView("users"))
            usersRow = row;
    }
    QVERIFY(usersRow >= 0);
    QCOMPARE(tags->model()->index(usersRow, TagsModel::DanglingColumn).data().toInt(), 1);
    tags->view()->setCurrentIndex(tags->model()->index(usersRow, 0));
    QVERIFY(exists(QStringLiteral("app.users:get_user:user_id:3")));
    QSignalSpy updated(tags, &TagsView::updated);
    test::onNextModal([](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY(box);
        QVERIFY(box->informativeText().contains(QStringLiteral("app.users:get_user:user_id:3")));
        box->button(QMessageBox::Yes)->click();
    });
    QPushButton *invalidate = nullptr;
    for (QPushButton *button : tags->findChildren<QPushButton *>()) {
        if (button->text().contains(QStringLiteral("Invalidate")))
            invalidate = button;
    }
    QVERIFY(invalidate);
    QTest::mouseClick(invalidate, Qt::LeftButton);
    QTRY_VERIFY(!updated.isEmpty());
    QTRY_COMPARE(tags->model()->rowCount(), 1);
    QVERIFY(!exists(QStringLiteral("app.users:get_user:user_id:3")));
    QVERIFY(!exists(QStringLiteral("_tag:users")));
    // Keys outside the tag survive.
    QVERIFY(exists(QStringLiteral("app.users:get_user:user_id:30")));
}

void StudioTest::releaseLock()
{
    OPEN_STORE(page);
    m_window->showPage(page, static_cast<int>(ConnectionPage::Tab::Locks));
    LocksView *locks = page->locksView();
    QTRY_VERIFY(locks->model()->rowCount() >= 3);
    auto rowOf = [locks](const QString &key) {
        for (int row = 0; row < locks->model()->rowCount(); ++row) {
            if (locks->model()->index(row, 0).data(LocksModel::KeyRole).toString() == key)
                return row;
        }
        return -1;
    };
    auto clickButton = [locks](const QString &text) {
        for (QPushButton *button : locks->findChildren<QPushButton *>()) {
            if (button->text().remove(QLatin1Char('&')) == text)
                QTest::mouseClick(button, Qt::LeftButton);
        }
    };
    const QString key = QStringLiteral("lock:app.jobs:rebuild_index");
    QVERIFY(rowOf(key) >= 0);

    // Someone else took the lock since it was listed: compare-and-delete must not remove it.
    CASHEWS_RUN([](std::shared_ptr<Cache> cache, QString k) -> QCoro::Task<> {
        co_await cache->remove(k);
        CORO_VERIFY(co_await cache->setLock(k, QByteArrayLiteral("new-owner"), 60));
    }(m_connection->cache(), key));
    locks->view()->selectRow(rowOf(key));
    QSignalSpy updated(locks, &LocksView::updated);
    clickButton(QStringLiteral("Release"));
    QTRY_VERIFY(!updated.isEmpty());
    QVERIFY(exists(key));
    QCOMPARE(locks->model()->index(rowOf(key), LocksModel::OwnerColumn).data().toString(), QStringLiteral("new-owner"));

    // Listed with the current owner now: release works.
    updated.clear();
    locks->view()->selectRow(rowOf(key));
    clickButton(QStringLiteral("Release"));
    QTRY_VERIFY(!updated.isEmpty());
    QVERIFY(!exists(key));
    QCOMPARE(rowOf(key), -1);

    // Force release asks first, with No as the default; "No" keeps the lock.
    const QString other = QStringLiteral("locked:app.billing:charge:invoice:2024-117");
    updated.clear();
    locks->view()->selectRow(rowOf(other));
    test::onNextModal([](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY(box);
        QCOMPARE(box->defaultButton(), box->button(QMessageBox::No));
        box->button(QMessageBox::No)->click();
    });
    clickButton(QStringLiteral("Force release…"));
    QVERIFY(exists(other));
    test::onNextModal([](QWidget *modal) { qobject_cast<QMessageBox *>(modal)->button(QMessageBox::Yes)->click(); });
    clickButton(QStringLiteral("Force release…"));
    QTRY_VERIFY(!updated.isEmpty());
    QVERIFY(!exists(other));

    // Acquire by hand.
    updated.clear();
    locks->acquire(QStringLiteral("lock:manual"), QStringLiteral("30"), QByteArrayLiteral("me"));
    QTRY_VERIFY(rowOf(QStringLiteral("lock:manual")) >= 0);
    QCOMPARE(locks->model()->index(rowOf(QStringLiteral("lock:manual")), LocksModel::OwnerColumn).data().toString(), QStringLiteral("me"));
}

void StudioTest::editValueAndCreateKey()
{
    OPEN_STORE(page);
    KeyBrowser *browser = page->keyBrowser();
    QSignalSpy loaded(browser->inspector(), &ValueInspector::loaded);
    browser->selectKey(QStringLiteral("app.users:get_user:user_id:5"));
    QTRY_VERIFY(!loaded.isEmpty());
    const qint64 ttlBefore = browser->inspector()->remainingMs();
    QVERIFY(ttlBefore > 0);

    // Invalid typed JSON is refused in the dialog; a valid edit is stored and keeps the TTL.
    loaded.clear();
    test::onNextModal([](QWidget *modal) {
        auto *dialog = qobject_cast<KeyEditDialog *>(modal);
        QVERIFY(dialog);
        auto *editor = dialog->findChild<QPlainTextEdit *>();
        editor->setPlainText(QStringLiteral("{\"$tuple\": [1,"));
        dialog->accept();
        QVERIFY(dialog->isVisible());
        editor->setPlainText(QStringLiteral("{\"$tuple\": [1, \"two\"]}"));
        dialog->accept();
    });
    browser->editValue();
    QTRY_VERIFY(!loaded.isEmpty());
    const QVariant edited = browser->inspector()->decoded().value;
    QCOMPARE(edited.metaType(), QMetaType::fromType<Tuple>());
    QCOMPARE(edited.value<Tuple>().items.at(1).toString(), QStringLiteral("two"));
    const qint64 ttlAfter = browser->inspector()->remainingMs();
    QVERIFY2(ttlAfter > 0 && ttlAfter <= ttlBefore, qPrintable(QString::number(ttlAfter)));

    // A new key shows up in the list and in the inspector.
    loaded.clear();
    test::onNextModal([](QWidget *modal) {
        auto *dialog = qobject_cast<KeyEditDialog *>(modal);
        QVERIFY(dialog);
        const QList<QLineEdit *> lines = dialog->findChildren<QLineEdit *>();
        lines.at(0)->setText(QStringLiteral("app.created:by_hand"));
        lines.at(1)->setText(QStringLiteral("10m"));
        dialog->findChild<QPlainTextEdit *>()->setPlainText(QStringLiteral("[true, null, 3]"));
        dialog->accept();
    });
    browser->newKey();
    QTRY_VERIFY(!loaded.isEmpty());
    QCOMPARE(browser->inspector()->key(), QStringLiteral("app.created:by_hand"));
    QVERIFY(browser->model()->rowOf(QStringLiteral("app.created:by_hand")) >= 0);
    QCOMPARE(browser->inspector()->decoded().value.toList().size(), 3);
    QVERIFY(browser->inspector()->remainingMs() > 590000);
}

void StudioTest::editLeavesSetsAndPartialValuesAlone()
{
    OPEN_STORE(page);
    KeyBrowser *browser = page->keyBrowser();
    const QString tag = QStringLiteral("_tag:edit-check");
    const QString big = QStringLiteral("edit-check:big");
    const QString window = QStringLiteral("srl:edit-check");
    QVERIFY(test::runCoro([](std::shared_ptr<Cache> cache, QString t, QString b, QString w) -> QCoro::Task<> {
        const QStringList members{QStringLiteral("user:1"), QStringLiteral("user:2")};
        co_await cache->setAdd(t, members, 600);
        co_await cache->set(b, QString(2 * ValueInspector::PreviewBytes, QLatin1Char('x')), 600);
        co_await cache->sliceIncr(w, 0, 100, 10, 600);
    }(m_connection->cache(), tag, big, window), std::chrono::seconds(10), __FILE__, __LINE__));

    // Ctrl+E on a set, a window or a value read only in part opens no editor: saving what
    // it would show (nothing) replaced the set with a string, or the value with its preview.
    // (mem:// keeps the large value as an object, read whole: only Redis has a partial read.)
    QFETCH(QString, store);
    QStringList keys{tag, window};
    if (store == QLatin1StringView("redis"))
        keys.append(big);
    for (const QString &key : keys) {
        QSignalSpy loaded(browser->inspector(), &ValueInspector::loaded);
        browser->selectKey(key);
        QTRY_VERIFY(!loaded.isEmpty());
        bool opened = false;
        QTimer::singleShot(0, browser, [&opened] {
            if (auto *dialog = qobject_cast<KeyEditDialog *>(QApplication::activeModalWidget())) {
                opened = true;
                dialog->findChild<QPlainTextEdit *>()->setPlainText(QStringLiteral("\"replaced\""));
                dialog->accept();
            }
        });
        browser->editValue();
        QCoreApplication::processEvents();
        QVERIFY2(!opened, qPrintable(key));
        QString type;
        QVERIFY(test::runCoro([](std::shared_ptr<Cache> cache, QString k, QString *out) -> QCoro::Task<> {
            *out = co_await cache->keyType(k);
        }(m_connection->cache(), key, &type), std::chrono::seconds(5), __FILE__, __LINE__));
        QCOMPARE(type, key == big ? QStringLiteral("string") : (key == tag ? QStringLiteral("set") : QStringLiteral("zset")));
    }
    QVariant value;
    QVERIFY(test::runCoro([](std::shared_ptr<Cache> cache, QString k, QVariant *out) -> QCoro::Task<> {
        *out = co_await cache->get(k);
    }(m_connection->cache(), big, &value), std::chrono::seconds(5), __FILE__, __LINE__));
    QCOMPARE(value.toString().size(), 2 * ValueInspector::PreviewBytes);
}

void StudioTest::bulkDelete()
{
    OPEN_STORE(page);
    BulkDeleteDialog dialog(m_connection);
    QSignalSpy preview(&dialog, &BulkDeleteDialog::previewReady);
    QSignalSpy deleted(&dialog, &BulkDeleteDialog::deleted);
    dialog.setPattern(QStringLiteral("app.users:get_user:user_id:1*"));
    dialog.preview();
    QTRY_VERIFY(!preview.isEmpty());
    // 1 and 10..19.
    QCOMPARE(preview.first().at(0).toInt(), 11);
    // The confirmation restates what goes and defaults to No: Enter keeps the keys.
    QString question;
    test::onNextModal([&question](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY(box);
        question = box->text() + QLatin1Char('\n') + box->informativeText();
        QTest::keyClick(box, Qt::Key_Return);
    });
    dialog.startDelete();
    // It lists the first Confirmation::ListedKeys of the 11 in scan order, which Redis does not
    // fix: count the matching keys listed instead of naming one.
    QStringList matching{QStringLiteral("app.users:get_user:user_id:1")};
    for (int i = 10; i < 20; ++i)
        matching.append(QStringLiteral("app.users:get_user:user_id:%1").arg(i));
    const QStringList lines = question.split(QLatin1Char('\n'));
    const auto listed = std::count_if(lines.cbegin(), lines.cend(), [&matching](const QString &line) { return matching.contains(line.trimmed()); });
    QVERIFY2(question.contains(QStringLiteral("11")) && listed == Confirmation::ListedKeys, qPrintable(question));
    QVERIFY(exists(QStringLiteral("app.users:get_user:user_id:15")));
    test::onNextModal([](QWidget *modal) { qobject_cast<QMessageBox *>(modal)->button(QMessageBox::Yes)->click(); });
    dialog.startDelete();
    QTRY_VERIFY(!deleted.isEmpty());
    QCOMPARE(deleted.first().at(0).toLongLong(), qint64(11));
    QVERIFY(!exists(QStringLiteral("app.users:get_user:user_id:15")));
    QVERIFY(exists(QStringLiteral("app.users:get_user:user_id:2")));
}

void StudioTest::selectRow(KeyBrowser *browser, const QModelIndex &index)
{
    browser->view()->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void StudioTest::answerNextConfirmation(bool yes, QString *text)
{
    test::onNextModal([yes, text](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY(box);
        if (text)
            *text = box->text() + QLatin1Char('\n') + box->informativeText();
        QCOMPARE(box->defaultButton(), box->button(QMessageBox::No));
        if (yes)
            box->button(QMessageBox::Yes)->click();
        else
            QTest::keyClick(box, Qt::Key_Return);
    });
}

void StudioTest::contextMenu()
{
    QVERIFY(openMemory(true));
    KeyBrowser *browser = m_window->pageOf(m_connection)->keyBrowser();
    browser->reload();
    browser->model()->loadAll();
    QTRY_VERIFY(browser->model()->isComplete());
    const QString key = QStringLiteral("app.metrics:visits");
    QTreeView *view = browser->view();
    const QModelIndex index = view->model()->index(browser->model()->rowOf(key), 0);
    view->scrollTo(index);
    const QPoint where = view->visualRect(index).center();
    // Opens the menu on `key`'s row; `handle` gets it with the action texts (mnemonics removed).
    const auto openMenu = [view, where](std::function<void(QMenu *, const QHash<QString, QAction *> &)> handle) {
        auto *timer = new QTimer(view);
        timer->setInterval(10);
        QObject::connect(timer, &QTimer::timeout, timer, [timer, handle] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return;
            timer->stop();
            timer->deleteLater();
            QHash<QString, QAction *> actions;
            for (QAction *action : menu->actions())
                actions.insert(action->text().remove(QLatin1Char('&')), action);
            handle(menu, actions);
        });
        timer->start();
        Q_EMIT view->customContextMenuRequested(where);
    };
    openMenu([](QMenu *menu, const QHash<QString, QAction *> &actions) {
        for (const QString &text : {QStringLiteral("Copy key"), QStringLiteral("Copy value"), QStringLiteral("Copy as typed JSON"),
                                    QStringLiteral("Open"), QStringLiteral("Rename…"), QStringLiteral("Set TTL…"),
                                    QStringLiteral("Delete…")}) {
            QVERIFY2(actions.contains(text), qPrintable(text));
            QVERIFY2(actions.value(text)->isEnabled(), qPrintable(text));
        }
        menu->setActiveAction(actions.value(QStringLiteral("Copy key")));
        QTest::keyClick(menu, Qt::Key_Return);
    });
    QTRY_COMPARE(QGuiApplication::clipboard()->text(), key);
    QSignalSpy status(browser, &KeyBrowser::statusMessage);
    openMenu([](QMenu *menu, const QHash<QString, QAction *> &actions) {
        menu->setActiveAction(actions.value(QStringLiteral("Copy as typed JSON")));
        QTest::keyClick(menu, Qt::Key_Return);
    });
    QTRY_VERIFY(!status.isEmpty());
    QVERIFY2(!QGuiApplication::clipboard()->text().isEmpty() && QGuiApplication::clipboard()->text() != key,
             qPrintable(QGuiApplication::clipboard()->text()));

    // Read-only: the write actions are disabled, the reading ones are not.
    m_connection->setReadOnly(true);
    openMenu([](QMenu *menu, const QHash<QString, QAction *> &actions) {
        for (const QString &text : {QStringLiteral("Rename…"), QStringLiteral("Set TTL…"), QStringLiteral("Delete…")})
            QVERIFY2(!actions.value(text)->isEnabled(), qPrintable(text));
        QVERIFY(actions.value(QStringLiteral("Copy value"))->isEnabled());
        menu->close();
    });
    QTRY_VERIFY(!QApplication::activePopupWidget());
}

void StudioTest::openingLoadsOnePage()
{
    ConnectionConfig config;
    config.name = QStringLiteral("mem");
    config.url = QStringLiteral("mem://?size=100000");
    m_connection = m_window->openConnection(config);
    QVERIFY(m_connection);
    CASHEWS_RUN([](std::shared_ptr<Cache> cache) -> QCoro::Task<> {
        KeyValueList pairs;
        for (int i = 0; i < 5000; ++i)
            pairs.append({QStringLiteral("bulk:%1").arg(i), i});
        pairs.append({QStringLiteral("rare:one"), 1});
        co_await cache->setMany(pairs);
    }(m_connection->cache()));
    KeyBrowser *browser = m_window->pageOf(m_connection)->keyBrowser();
    KeyListModel *model = browser->model();
    const auto settle = [] {
        for (int i = 0; i < 50; ++i) {
            QCoreApplication::processEvents();
            QTest::qWait(5);
        }
    };
    browser->reload();
    QTRY_VERIFY(!model->isLoading());
    settle();
    // One page of 1000 fills the view: nothing else is scanned until asked.
    QCOMPARE(model->scannedCount(), qint64(1000));
    QCOMPARE(model->matchedCount(), qint64(1000));
    // Scrolling to the end loads the next page, and only that.
    browser->view()->scrollToBottom();
    QTRY_COMPARE(model->scannedCount(), qint64(2000));
    settle();
    QCOMPARE(model->scannedCount(), qint64(2000));
    // A sparse filter: a page without matches stops the view's automatic loading.
    browser->setFilterMode(KeyBrowser::FilterMode::Glob);
    browser->setFilter(QStringLiteral("rare:*"));
    QTRY_VERIFY(!model->isLoading());
    settle();
    QVERIFY2(model->scannedCount() < 5001, qPrintable(QString::number(model->scannedCount())));
    QVERIFY2(!model->isComplete(), qPrintable(QStringLiteral("%1 %2").arg(model->scannedCount()).arg(model->matchedCount())));
    const QList<QLabel *> progress = browser->findChildren<QLabel *>();
    QString line;
    for (const QLabel *label : progress)
        if (label->text().contains(QStringLiteral("scanned")))
            line = label->text();
    QVERIFY2(line.contains(QStringLiteral("keys scanned, ")) && line.contains(QStringLiteral("match")), qPrintable(line));
    model->loadAll();
    QTRY_VERIFY(model->isComplete());
    QCOMPARE(model->matchedCount(), qint64(1));
}

void StudioTest::keyListFitsANarrowWindow()
{
    QVERIFY(openMemory(false));
    KeyBrowser *browser = m_window->pageOf(m_connection)->keyBrowser();
    // The key list's pane (filter row, list, progress row) leaves room in a 1024 px window for
    // the connection tree and the inspector, whatever the progress line says.
    QWidget *pane = browser->view()->parentWidget();
    const int before = pane->minimumSizeHint().width();
    QVERIFY2(before <= 520, qPrintable(QString::number(before)));
    browser->model()->setPattern(QStringLiteral("*a very long filter that makes the progress line long*"));
    browser->model()->reload();
    QTRY_VERIFY(!browser->model()->isLoading());
    QCOMPARE(pane->minimumSizeHint().width(), before);
}

void StudioTest::windowFits1024x700_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QString();
    QTest::newRow("de") << QStringLiteral("de");
}

// The whole window, with a connection open and a key inspected, fits 1024x700 in English and
// in German (whose labels are longer).
void StudioTest::windowFits1024x700()
{
    QFETCH(QString, language);
    QTranslator qtbase;
    QTranslator studio;
    if (!language.isEmpty()) {
        QVERIFY(studio.load(QStringLiteral("cashews_") + language, QStringLiteral(CASHEWS_QM_DIR)));
        QCoreApplication::installTranslator(&studio);
        if (qtbase.load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&qtbase);
    }
    // A window made after the translators are in, so that every label is in the language.
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    ConnectionConfig config;
    config.name = QStringLiteral("Demo (mem://)");
    config.url = QStringLiteral("mem://");
    m_connection = m_window->openConnection(config);
    QVERIFY(m_connection);
    CASHEWS_RUN([](std::shared_ptr<Cache> cache) -> QCoro::Task<> { co_await DemoData::seed(cache); }(m_connection->cache()));
    KeyBrowser *browser = m_window->pageOf(m_connection)->keyBrowser();
    browser->model()->reload();
    QTRY_VERIFY(browser->model()->rowCount() > 0 && !browser->model()->isLoading());
    QSignalSpy loaded(browser->inspector(), &ValueInspector::loaded);
    browser->selectKey(QStringLiteral("early:v2:app.prices:get_price:sku:A100"));
    QTRY_VERIFY(!loaded.isEmpty());
    const QSize minimum = m_window->minimumSizeHint().expandedTo(m_window->minimumSize());
    QCoreApplication::removeTranslator(&studio);
    QCoreApplication::removeTranslator(&qtbase);
    QVERIFY2(minimum.width() <= 1024 && minimum.height() <= 700,
             qPrintable(QStringLiteral("%1x%2").arg(minimum.width()).arg(minimum.height())));
}

void StudioTest::filterContainsAndClears()
{
    QVERIFY(openMemory(true));
    KeyBrowser *browser = m_window->pageOf(m_connection)->keyBrowser();
    auto *filter = browser->findChild<QLineEdit *>();
    QVERIFY(filter);
    // Text without glob characters finds keys containing it.
    filter->setText(QStringLiteral("metrics:vis"));
    QTest::keyClick(filter, Qt::Key_Return);
    browser->model()->loadAll();
    QTRY_VERIFY(browser->model()->isComplete());
    QCOMPARE(browser->model()->rowCount(), 1);
    QCOMPARE(browser->model()->keyAt(0), QStringLiteral("app.metrics:visits"));
    // The clear button (×) clears the filter, not only the text.
    auto *clear = filter->findChild<QToolButton *>();
    QVERIFY(clear);
    clear->click();
    QCOMPARE(browser->model()->pattern(), QStringLiteral("*"));
    browser->model()->loadAll();
    QTRY_VERIFY(browser->model()->isComplete());
    QVERIFY(browser->model()->rowCount() > 1);
    // Glob: as typed; without specials, the exact key.
    browser->setFilterMode(KeyBrowser::FilterMode::Glob);
    browser->setFilter(QStringLiteral("metrics:vis"));
    browser->model()->loadAll();
    QTRY_VERIFY(browser->model()->isComplete());
    QCOMPARE(browser->model()->rowCount(), 0);
}

void StudioTest::deleteActsOnTheSelection()
{
    OPEN_STORE(page);
    KeyBrowser *browser = page->keyBrowser();
    const QString visits = QStringLiteral("app.metrics:visits");
    CASHEWS_RUN([](std::shared_ptr<Cache> cache) -> QCoro::Task<> {
        CORO_VERIFY(co_await cache->set(QString(), QStringLiteral("the empty key")));
    }(m_connection->cache()));
    browser->reload();
    browser->model()->loadAll();
    QTRY_VERIFY(browser->model()->isComplete());
    QSignalSpy loaded(browser->inspector(), &ValueInspector::loaded);
    browser->selectKey(visits);
    QTRY_VERIFY(!loaded.isEmpty());

    // A group row: its keys go, listed in the question, and not the key inspected before.
    browser->setViewMode(KeyBrowser::ViewMode::Namespaces);
    QAbstractItemModel *tree = browser->view()->model();
    const QModelIndex catalog = tree->match(tree->index(0, 0), Qt::ToolTipRole, QStringLiteral("app.catalog"), 1, Qt::MatchExactly).value(0);
    QVERIFY(catalog.isValid());
    selectRow(browser, catalog);
    QString question;
    answerNextConfirmation(false, &question);
    browser->deleteSelected();
    QVERIFY2(question.contains(QStringLiteral("app.catalog:list_items:page:1")), qPrintable(question));
    QVERIFY(exists(QStringLiteral("app.catalog:list_items:page:1")));
    QSignalSpy status(browser, &KeyBrowser::statusMessage);
    answerNextConfirmation(true);
    browser->deleteSelected();
    QTRY_VERIFY(!status.isEmpty());
    QVERIFY(!exists(QStringLiteral("app.catalog:list_items:page:1")));
    QVERIFY(exists(visits));

    // The empty-named key is a real key.
    browser->setViewMode(KeyBrowser::ViewMode::List);
    const int row = browser->model()->rowOf(QString());
    QVERIFY(row >= 0);
    selectRow(browser, browser->model()->index(row, 0));
    status.clear();
    answerNextConfirmation(true, &question);
    browser->deleteSelected();
    QTRY_VERIFY(!status.isEmpty());
    QVERIFY2(question.contains(QStringLiteral("empty key")), qPrintable(question));
    QVERIFY(!exists(QString()));
    QVERIFY(exists(visits));
}

void StudioTest::renameAsksBeforeReplacing()
{
    OPEN_STORE(page);
    KeyBrowser *browser = page->keyBrowser();
    const QString from = QStringLiteral("app.metrics:visits");
    const QString to = QStringLiteral("app.export:dump:format:csv");
    QSignalSpy loaded(browser->inspector(), &ValueInspector::loaded);
    browser->selectKey(from);
    QTRY_VERIFY(!loaded.isEmpty());
    const auto renameTo = [to](bool yes, QString *question) {
        test::onNextModal([to, yes, question](QWidget *modal) {
            auto *dialog = qobject_cast<QInputDialog *>(modal);
            QVERIFY(dialog);
            answerNextConfirmation(yes, question);
            dialog->setTextValue(to);
            dialog->accept();
        });
    };
    QString question;
    renameTo(false, &question);
    browser->renameKey();
    QTRY_VERIFY(!question.isEmpty());
    QVERIFY2(question.contains(to), qPrintable(question));
    QVERIFY(exists(from));

    QSignalSpy status(browser, &KeyBrowser::statusMessage);
    renameTo(true, nullptr);
    browser->renameKey();
    QTRY_VERIFY(!status.isEmpty());
    QVERIFY(!exists(from));
    QVERIFY(exists(to));
    QCOMPARE(browser->inspector()->key(), to);
}

void StudioTest::tagsArriveInPages()
{
    QVERIFY(openMemory(false));
    QVERIFY(test::runCoro([](std::shared_ptr<Cache> cache) -> QCoro::Task<> {
        for (int i = 0; i < 25; ++i) {
            const QString tag = QStringLiteral("_tag:t%1").arg(i, 2, 10, QLatin1Char('0'));
            const QStringList members{QStringLiteral("k%1").arg(i)};
            co_await cache->setAdd(tag, members);
        }
    }(m_connection->cache()), std::chrono::seconds(10), __FILE__, __LINE__));
    TagsView *tags = m_window->pageOf(m_connection)->tagsView();
    QTRY_VERIFY(!tags->isLoading());
    TagsModel *model = tags->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tags->setPageSize(4);
    int inserts = 0;
    connect(model, &QAbstractItemModel::rowsInserted, this, [&](const QModelIndex &parent) { inserts += parent.isValid() ? 0 : 1; });
    QSignalSpy updated(tags, &TagsView::updated);
    tags->refresh();
    QVERIFY(tags->isLoading());
    QVERIFY(updated.wait(10000));
    QCOMPARE(model->rowCount(), 25);
    QCOMPARE(inserts, 25);
    for (int row = 1; row < model->rowCount(); ++row)
        QVERIFY(model->index(row - 1, 0).data(TagsModel::KeyRole).toString() < model->index(row, 0).data(TagsModel::KeyRole).toString());
    QCOMPARE(model->rowCount(model->index(24, 0)), 1);
    QCOMPARE(model->index(0, 0, model->index(24, 0)).data(TagsModel::KeyRole).toString(), QStringLiteral("k24"));
    QCOMPARE(model->tagAt(model->index(0, 0, model->index(3, 0)))->key, QStringLiteral("_tag:t03"));
}

void StudioTest::windowPanels()
{
    OPEN_STORE(page);
    ValueInspector *inspector = page->keyBrowser()->inspector();
    QSignalSpy loaded(inspector, &ValueInspector::loaded);
    // The demo breaker recorded 8 calls and 5 failures in its windows; the srl key 3 calls.
    page->keyBrowser()->selectKey(QStringLiteral("circuit_breaker:app.payments:charge:open"));
    QTRY_VERIFY(!loaded.isEmpty());
    QString details = inspector->detailsText();
    QVERIFY2(details.contains(QStringLiteral("Calls in window</b></td><td>8<")), qPrintable(details));
    QVERIFY2(details.contains(QStringLiteral("Failures in window</b></td><td>5<")), qPrintable(details));
    QVERIFY2(details.contains(QStringLiteral("Failure ratio</b></td><td>62.5%<")), qPrintable(details));
    QVERIFY2(details.contains(QStringLiteral("Breaker state</b></td><td>open")), qPrintable(details));
    loaded.clear();
    page->keyBrowser()->selectKey(QStringLiteral("srl:app.api:search:user:42"));
    QTRY_VERIFY(!loaded.isEmpty());
    details = inspector->detailsText();
    QVERIFY2(details.contains(QStringLiteral("Calls in window</b></td><td>3<")), qPrintable(details));
    // Written 10 s before "now" by the demo data.
    const auto oldest = QRegularExpression(QStringLiteral("Oldest call in window</b></td><td>(\\d+)s ago")).match(details);
    QVERIFY2(oldest.hasMatch(), qPrintable(details));
    QVERIFY2(oldest.captured(1).toInt() >= 10 && oldest.captured(1).toInt() < 60, qPrintable(details));
}

void StudioTest::largeValuePreview()
{
    OPEN_STORE(page);
    KeyBrowser *browser = page->keyBrowser();
    ValueInspector *inspector = browser->inspector();
    QByteArray big(3 * ValueInspector::PreviewBytes, '\0');
    for (qsizetype i = 0; i < big.size(); ++i)
        big[i] = static_cast<char>('a' + i % 26);
    const QString key = QStringLiteral("big");
    QByteArray stored;
    QVERIFY(test::runCoro([](std::shared_ptr<Cache> cache, QString k, QByteArray value, QByteArray *out) -> QCoro::Task<> {
        co_await cache->set(k, value);
        *out = (co_await cache->getRaw(k)).toByteArray();
    }(m_connection->cache(), key, big, &stored), std::chrono::seconds(10), __FILE__, __LINE__));
    QVERIFY(stored.size() >= big.size());

    // Only the preview is read; it is shown raw, not decoded.
    QSignalSpy loaded(inspector, &ValueInspector::loaded);
    browser->selectKey(key);
    QTRY_VERIFY(!loaded.isEmpty());
    QVERIFY(inspector->isPartial());
    QCOMPARE(inspector->decoded().raw, stored.left(ValueInspector::PreviewBytes));
    QVERIFY(!inspector->decoded().value.isValid());

    // Save to file writes the whole stored value, read again for it.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.bin"));
    QSignalSpy saved(inspector, &ValueInspector::saved);
    inspector->saveTo(path);
    QTRY_COMPARE(saved.count(), 1);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), stored);

    // Load all reads and decodes everything.
    loaded.clear();
    inspector->loadAll();
    QTRY_VERIFY(!loaded.isEmpty());
    QVERIFY(!inspector->isPartial());
    QCOMPARE(inspector->decoded().value.toByteArray(), big);
}

void StudioTest::connectionDialogValidates()
{
    ConnectionDialog dialog;
    ConnectionConfig config;
    config.url = QStringLiteral("nosuch://host");
    dialog.setConfig(config);
    const QString unknownScheme = dialog.validateInput();
    QVERIFY2(unknownScheme.contains(QStringLiteral("nosuch")), qPrintable(unknownScheme));
    config.url = QStringLiteral("mem://?size=abc");
    dialog.setConfig(config);
    const QString badOption = dialog.validateInput();
    QVERIFY2(badOption.contains(QStringLiteral("size")), qPrintable(badOption));
    config.url = QStringLiteral("mem://?size=10");
    config.options.insert(QStringLiteral("pickle_type"), QStringLiteral("json"));
    dialog.setConfig(config);
    QCOMPARE(dialog.validateInput(), QString());
    QCOMPARE(dialog.config().options.value(QStringLiteral("pickle_type")).toString(), QStringLiteral("json"));
}

void StudioTest::closingWaitsForTheStoreToClose()
{
    // A disk store's WAL file exists while a shard is open and is removed by SQLite when the
    // last connection to it closes: the Connection goes only after that.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ConnectionConfig config;
    config.name = QStringLiteral("disk");
    config.url = QStringLiteral("disk://?shards=1&directory=") + dir.path();
    m_connection = m_window->openConnection(config);
    QVERIFY(m_connection);
    QVERIFY(test::runCoro([](std::shared_ptr<Cache> cache) -> QCoro::Task<> {
        co_await cache->set(QStringLiteral("k"), 1);
    }(m_connection->cache()), std::chrono::seconds(10), __FILE__, __LINE__));
    const auto walFiles = [&dir] { return QDir(dir.path()).entryList({QStringLiteral("*-wal")}, QDir::Files); };
    QVERIFY(!walFiles().isEmpty());

    // Held here, the cache outlives the Connection: only an awaited close() closes the files.
    const std::shared_ptr<Cache> cache = m_connection->cache();
    QSignalSpy destroyed(m_connection, &QObject::destroyed);
    m_window->showPage(m_window->pageOf(m_connection), 0);
    m_window->closeConnection();
    QVERIFY(m_window->connections().isEmpty());
    QVERIFY(destroyed.wait(10000));
    m_connection = nullptr;
    QCOMPARE(walFiles(), QStringList());
}

QTEST_MAIN(StudioTest)
#include "tst_studio.moc"
