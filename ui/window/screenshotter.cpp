#include "window/screenshotter.h"

#include "connections/connection.h"
#include "connections/connectionpage.h"
#include "browser/keybrowser.h"
#include "browser/keylistmodel.h"
#include "locks/locksview.h"
#include "tags/tagsview.h"
#include "window/mainwindow.h"
#include "inspector/valueinspector.h"

#include <cashews/keycodec.h>

#include <QApplication>
#include <QTimer>
#include <QTreeView>

#include <cstdio>

namespace cashews {

namespace {

// Time for asynchronous loads and repaints between steps.
constexpr int SettleMs = 700;

} // namespace

Screenshotter::Screenshotter(MainWindow *window, const QString &directory)
    : QObject(window)
    , m_window(window)
    , m_directory(directory)
{
    m_directory.mkpath(QStringLiteral("."));
    connect(window, &MainWindow::demoReady, this, &Screenshotter::start);
}

void Screenshotter::inspect(const QString &key)
{
    ConnectionPage *page = m_window->pageOf(m_connection);
    m_window->showPage(page, static_cast<int>(ConnectionPage::Tab::Keys));
    page->keyBrowser()->selectKey(key);
}

void Screenshotter::start(Connection *connection)
{
    if (!m_steps.isEmpty() || !m_window)
        return;
    m_connection = connection;
    auto browser = [this] { return m_window->pageOf(m_connection)->keyBrowser(); };
    m_steps = {
        {QStringLiteral("01-keys-list.png"), [this, browser] {
             browser()->setViewMode(KeyBrowser::ViewMode::List);
             browser()->view()->sortByColumn(KeyListModel::KeyColumn, Qt::AscendingOrder);
             inspect(QStringLiteral("early:v2:app.prices:get_price:sku:A100"));
         }},
        {QStringLiteral("02-keys-namespaces.png"), [this, browser] {
             browser()->setViewMode(KeyBrowser::ViewMode::Namespaces);
             browser()->view()->expandToDepth(0);
             inspect(QStringLiteral("app.users:get_user:user_id:1"));
         }},
        {QStringLiteral("03-keys-cashews.png"), [this, browser] {
             browser()->setViewMode(KeyBrowser::ViewMode::Cashews);
             browser()->view()->expandToDepth(1);
             inspect(QStringLiteral("circuit_breaker:app.payments:charge:open"));
         }},
        {QStringLiteral("04-inspector-signed.png"), [this] { inspect(QStringLiteral("app.secure:token:user:7")); }},
        {QStringLiteral("05-inspector-compressed.png"), [this] { inspect(QStringLiteral("app.reports:monthly:month:2026-10")); }},
        {QStringLiteral("06-inspector-large.png"), [this] { inspect(QStringLiteral("app.export:dump:format:csv")); }},
        {QStringLiteral("07-inspector-binary-key.png"), [this] { inspect(keyFromBytes(QByteArrayLiteral("bin:\xff\xfe\x01raw"))); }},
        {QStringLiteral("08-inspector-lock.png"), [this] { inspect(QStringLiteral("lock:app.jobs:rebuild_index")); }},
        {QStringLiteral("09-tags.png"), [this] {
             ConnectionPage *page = m_window->pageOf(m_connection);
             m_window->showPage(page, static_cast<int>(ConnectionPage::Tab::Tags));
             QTimer::singleShot(SettleMs / 2, this, [page] { page->tagsView()->view()->expandAll(); });
         }},
        {QStringLiteral("10-locks.png"), [this] {
             m_window->showPage(m_window->pageOf(m_connection), static_cast<int>(ConnectionPage::Tab::Locks));
         }},
        {QStringLiteral("11-bulk-delete.png"), [this, browser] {
             m_window->showPage(m_window->pageOf(m_connection), static_cast<int>(ConnectionPage::Tab::Keys));
             browser()->setFilter(QStringLiteral("app.users:"));
             browser()->bulkDelete();
         }},
        {QStringLiteral("12-disconnected-read-only.png"), [this] {
             if (QWidget *modal = QApplication::activeModalWidget())
                 modal->close();
             // Port 1 on the loopback: nothing listens, the store is shown as not connected.
             ConnectionConfig unreachable;
             unreachable.name = QStringLiteral("redis://127.0.0.1:1/0");
             unreachable.url = unreachable.name;
             unreachable.readOnly = true;
             m_window->openConnection(unreachable);
         }},
        {QStringLiteral("13-connection-dialog.png"), [this] {
             QTimer::singleShot(0, m_window, [window = m_window] { window->newConnection(); });
         }},
    };
    QTimer::singleShot(SettleMs, this, [this] { runStep(0); });
}

void Screenshotter::runStep(int index)
{
    if (!m_window || !m_connection)
        return;
    if (index >= m_steps.size()) {
        // The last step may have left a modal dialog running its own event loop.
        if (QWidget *modal = QApplication::activeModalWidget())
            modal->close();
        QTimer::singleShot(0, qApp, &QApplication::quit);
        return;
    }
    m_steps.at(index).prepare();
    QTimer::singleShot(SettleMs, this, [this, index] {
        if (!m_window)
            return;
        QWidget *target = QApplication::activeModalWidget() ? QApplication::activeModalWidget() : m_window.data();
        const QString path = m_directory.filePath(m_steps.at(index).file);
        if (!target->grab().save(path))
            std::fprintf(stderr, "could not save %s\n", qPrintable(path));
        runStep(index + 1);
    });
}

} // namespace cashews
