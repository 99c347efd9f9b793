#include "window/mainwindow.h"

#include "connections/connection.h"
#include "connections/connectiondialog.h"
#include "connections/connectionpage.h"
#include "connections/connectionstore.h"
#include "demo/demodata.h"
#include "common/guarded.h"
#include "browser/keybrowser.h"
#include "browser/keylistmodel.h"

#include <cashews/cache.h>
#include <cashews/errors.h>
#include <cashews/version.h>

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTreeWidget>

namespace cashews {

namespace {

constexpr int PageRole = Qt::UserRole + 1;
constexpr int TabRole = Qt::UserRole + 2;

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_tree(new QTreeWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_store(new ConnectionStore(this))
{
    connect(m_store, &ConnectionStore::errorOccurred, this, &MainWindow::showStatus);
    setWindowTitle(tr("Cashews Studio"));
    m_tree->setHeaderLabel(tr("Connections"));
    m_tree->setMinimumWidth(200);
    auto *placeholder = new QLabel(tr("Open a connection with File → New connection (Ctrl+Shift+N)."), this);
    placeholder->setAlignment(Qt::AlignCenter);
    m_pages->addWidget(placeholder);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 1000});
    setCentralWidget(splitter);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) { treeClicked(item); });
    createActions();
    statusBar()->showMessage(tr("Ready"));
    resize(1360, 820);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newConn = file->addAction(tr("&New connection…"), this, &MainWindow::newConnection);
    newConn->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    QMenu *saved = file->addMenu(tr("&Saved connections"));
    connect(saved, &QMenu::aboutToShow, this, [this, saved] { fillSavedMenu(saved); });
    QAction *closeConn = file->addAction(tr("&Close connection"), this, &MainWindow::closeConnection);
    closeConn->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_W));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *keys = menuBar()->addMenu(tr("&Keys"));
    auto browserAction = [this, keys](const QString &text, const QKeySequence &shortcut, void (KeyBrowser::*method)()) {
        QAction *action = keys->addAction(text, this, [this, method] {
            if (ConnectionPage *page = currentPage()) {
                page->showTab(ConnectionPage::Tab::Keys);
                (page->keyBrowser()->*method)();
            }
        });
        action->setShortcut(shortcut);
        return action;
    };
    QAction *refresh = keys->addAction(tr("&Refresh"), this, [this] {
        if (ConnectionPage *page = currentPage())
            page->refresh();
    });
    refresh->setShortcuts({QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_R)});
    browserAction(tr("&Filter…"), QKeySequence::Find, &KeyBrowser::focusFilter);
    browserAction(tr("&New key…"), QKeySequence::New, &KeyBrowser::newKey);
    browserAction(tr("&Edit value…"), QKeySequence(Qt::CTRL | Qt::Key_E), &KeyBrowser::editValue);
    browserAction(tr("Set &TTL…"), QKeySequence(Qt::CTRL | Qt::Key_T), &KeyBrowser::editTtl);
    browserAction(tr("Re&name…"), QKeySequence(Qt::Key_F2), &KeyBrowser::renameKey);
    browserAction(tr("&Delete"), QKeySequence::Delete, &KeyBrowser::deleteSelected);
    browserAction(tr("Delete by &pattern…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete), &KeyBrowser::bulkDelete);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    const QList<QPair<QString, KeyBrowser::ViewMode>> modes{
        {tr("Keys as &list"), KeyBrowser::ViewMode::List},
        {tr("Keys by &namespace"), KeyBrowser::ViewMode::Namespaces},
        {tr("Keys by &cashews meaning"), KeyBrowser::ViewMode::Cashews},
    };
    int n = 1;
    for (const auto &[text, mode] : modes) {
        QAction *action = view->addAction(text, this, [this, mode] {
            if (ConnectionPage *page = currentPage()) {
                page->showTab(ConnectionPage::Tab::Keys);
                page->keyBrowser()->setViewMode(mode);
            }
        });
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_0 + n++)));
    }

    QMenu *connection = menuBar()->addMenu(tr("&Connection"));
    m_readOnly = connection->addAction(tr("&Read-only"));
    m_readOnly->setCheckable(true);
    m_readOnly->setToolTip(tr("Refuse every write command on this connection"));
    connect(m_readOnly, &QAction::toggled, this, [this](bool on) {
        if (ConnectionPage *page = currentPage())
            page->connection()->setReadOnly(on);
    });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Cashews Studio"), this, [this] {
        QMessageBox::about(this, tr("About Cashews Studio"),
                           tr("Cashews Studio %1\nBrowse and manage cashews caches.").arg(QStringLiteral(CASHEWS_VERSION_STRING)));
    });
    updateActions();
}

Connection *MainWindow::openConnection(const ConnectionConfig &config)
{
    Connection *connection = nullptr;
    try {
        connection = new Connection(config, this);
    } catch (const CacheError &e) {
        showStatus(tr("Could not open %1: %2").arg(config.name, e.message()));
        return nullptr;
    }
    auto *page = new ConnectionPage(connection, m_pages);
    m_pages->addWidget(page);
    connect(page, &ConnectionPage::statusMessage, this, &MainWindow::showStatus);

    auto *item = new QTreeWidgetItem(m_tree, {config.name});
    item->setToolTip(0, connection->displayUrl());
    item->setData(0, PageRole, QVariant::fromValue(static_cast<QObject *>(page)));
    item->setData(0, TabRole, static_cast<int>(ConnectionPage::Tab::Keys));
    const QStringList tabs{tr("Keys"), tr("Tags"), tr("Locks")};
    for (int tab = 0; tab < tabs.size(); ++tab) {
        auto *child = new QTreeWidgetItem(item, {tabs.at(tab)});
        child->setData(0, PageRole, QVariant::fromValue(static_cast<QObject *>(page)));
        child->setData(0, TabRole, tab);
    }
    item->setExpanded(true);
    m_tree->setCurrentItem(item);

    if (config.demo) {
        const auto cache = connection->cache();
        QCoro::connect(guardVoid(DemoData::seed(cache), cache), page, [this, page](Guarded<bool> seeded) {
            if (!seeded.ok())
                showStatus(tr("Seeding the demo data failed: %1").arg(seeded.error));
            page->refresh();
            Q_EMIT demoReady(page->connection());
        });
    }
    showStatus(tr("Opened %1").arg(connection->displayUrl()));
    return connection;
}

QList<Connection *> MainWindow::connections() const
{
    QList<Connection *> open;
    for (int i = 0; i < m_pages->count(); ++i) {
        if (auto *page = qobject_cast<ConnectionPage *>(m_pages->widget(i)))
            open.append(page->connection());
    }
    return open;
}

ConnectionPage *MainWindow::currentPage() const
{
    return qobject_cast<ConnectionPage *>(m_pages->currentWidget());
}

ConnectionPage *MainWindow::pageOf(Connection *connection) const
{
    for (int i = 0; i < m_pages->count(); ++i) {
        auto *page = qobject_cast<ConnectionPage *>(m_pages->widget(i));
        if (page && page->connection() == connection)
            return page;
    }
    return nullptr;
}

void MainWindow::showPage(ConnectionPage *page, int tab)
{
    m_pages->setCurrentWidget(page);
    page->showTab(static_cast<ConnectionPage::Tab>(tab));
    updateActions();
}

void MainWindow::showStatus(const QString &message)
{
    statusBar()->showMessage(message, 15000);
}

void MainWindow::treeClicked(QTreeWidgetItem *item)
{
    if (!item)
        return;
    auto *page = qobject_cast<ConnectionPage *>(item->data(0, PageRole).value<QObject *>());
    if (page)
        showPage(page, item->data(0, TabRole).toInt());
}

Connection *MainWindow::newConnection()
{
    ConnectionDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return nullptr;
    const ConnectionConfig config = dialog.config();
    if (dialog.saveRequested())
        m_store->save(config);
    return openConnection(config);
}

void MainWindow::fillSavedMenu(QMenu *menu)
{
    menu->clear();
    const QList<ConnectionConfig> configs = m_store->load();
    if (configs.isEmpty()) {
        menu->addAction(tr("(none saved)"))->setEnabled(false);
        return;
    }
    for (const ConnectionConfig &config : configs) {
        menu->addAction(config.name, this, [this, config] { openSaved(config); });
    }
    menu->addSeparator();
    QMenu *forget = menu->addMenu(tr("&Forget"));
    for (const ConnectionConfig &config : configs)
        forget->addAction(config.name, this, [this, id = config.id] { m_store->remove(id); });
}

void MainWindow::openSaved(const ConnectionConfig &config)
{
    m_store->restoreSecrets(config, [this](ConnectionConfig restored, QStringList missing) {
        // Without a keychain (or when it lost them) secrets are asked for, never read from disk.
        for (const QString &name : missing) {
            bool ok = false;
            const QString value = QInputDialog::getText(this, tr("Secret needed"),
                                                        tr("%1 of \"%2\":").arg(name, restored.name),
                                                        QLineEdit::Password, QString(), &ok);
            if (!ok)
                return;
            restored = ConnectionStore::withSecret(restored, name, value);
        }
        openConnection(restored);
    });
}

void MainWindow::closeConnection()
{
    ConnectionPage *page = currentPage();
    if (!page)
        return;
    Connection *connection = page->connection();
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_tree->topLevelItem(i);
        if (item->data(0, PageRole).value<QObject *>() == page) {
            delete item;
            break;
        }
    }
    m_pages->removeWidget(page);
    page->deleteLater();
    updateActions();
    if (!connection)
        return;
    // Awaited so that a disk store's last writes and checkpoint finish before the object
    // goes; a failure is reported, the connection is dropped either way.
    const std::shared_ptr<Cache> cache = connection->cache();
    QCoro::connect(guardVoid(cache->close(), cache), connection,
                   [this, connection, name = connection->name()](Guarded<bool> closed) {
                       if (!closed.ok())
                           showStatus(tr("Closing %1 failed: %2").arg(name, closed.error));
                       connection->deleteLater();
                   });
}

void MainWindow::updateActions()
{
    ConnectionPage *page = currentPage();
    if (!m_readOnly)
        return;
    m_readOnly->setEnabled(page != nullptr);
    const QSignalBlocker blocker(m_readOnly);
    m_readOnly->setChecked(page && page->connection() && page->connection()->isReadOnly());
}

} // namespace cashews
