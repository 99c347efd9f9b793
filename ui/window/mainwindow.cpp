#include "window/mainwindow.h"

#include "connections/connection.h"
#include "connections/connectiondialog.h"
#include "connections/connectionpage.h"
#include "connections/connectionstore.h"
#include "demo/demodata.h"
#include "demo/demorefresher.h"
#include "common/confirmation.h"
#include "common/guarded.h"
#include "browser/keybrowser.h"
#include "browser/keylistmodel.h"

#include <cashews/cache.h>
#include <cashews/errors.h>
#include <cashews/version.h>

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStyle>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTreeWidget>

namespace cashews {

namespace {

constexpr int PageRole = Qt::UserRole + 1;
constexpr int TabRole = Qt::UserRole + 2;

const QString GeometryKey = QStringLiteral("window/geometry");
const QString StateKey = QStringLiteral("window/state");
const QString SplitterKey = QStringLiteral("window/splitter");
const QString ViewModeKey = QStringLiteral("window/viewMode");
const QString PageSplittersKey = QStringLiteral("window/pageSplitters");

// The splitters inside a page (key list | inspector), in a stable order.
QList<QSplitter *> pageSplitters(ConnectionPage *page)
{
    return page->findChildren<QSplitter *>();
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_tree(new QTreeWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_splitter(new QSplitter(this))
    , m_store(new ConnectionStore(this))
{
    connect(m_store, &ConnectionStore::errorOccurred, this, &MainWindow::showStatus);
    setWindowTitle(tr("Cashews Studio"));
    m_tree->setHeaderLabel(tr("Connections"));
    m_tree->setMinimumWidth(120);
    auto *placeholder = new QLabel(tr("Open a connection with File → New connection (Ctrl+Shift+N)."), this);
    placeholder->setAlignment(Qt::AlignCenter);
    m_pages->addWidget(placeholder);

    m_splitter->addWidget(m_tree);
    m_splitter->addWidget(m_pages);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({150, 1000});
    setCentralWidget(m_splitter);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) { treeClicked(item); });
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QTreeWidgetItem *item = m_tree->itemAt(pos);
        auto *page = item ? qobject_cast<ConnectionPage *>(item->data(0, PageRole).value<QObject *>()) : nullptr;
        if (!page)
            return;
        QMenu *menu = connectionMenu(page);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_tree->viewport()->mapToGlobal(pos));
    });
    createActions();
    statusBar()->showMessage(tr("Ready"));
    resize(1360, 820);
}

void MainWindow::restoreSettings()
{
    m_keepSettings = true;
    QSettings settings;
    restoreGeometry(settings.value(GeometryKey).toByteArray());
    restoreState(settings.value(StateKey).toByteArray());
    m_splitter->restoreState(settings.value(SplitterKey).toByteArray());
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    settings.setValue(SplitterKey, m_splitter->saveState());
    if (ConnectionPage *page = currentPage()) {
        settings.setValue(ViewModeKey, static_cast<int>(page->keyBrowser()->viewMode()));
        QVariantList states;
        for (QSplitter *splitter : pageSplitters(page))
            states << splitter->saveState();
        settings.setValue(PageSplittersKey, states);
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_keepSettings)
        saveSettings();
    QMainWindow::closeEvent(event);
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
    // `writes`: disabled while the connection is not writable; `onKey`: also while the current
    // key has vanished (expired or deleted by another writer).
    auto browserAction = [this, keys](const QString &text, const QKeySequence &shortcut, void (KeyBrowser::*method)(),
                                      bool writes, bool onKey = false) {
        QAction *action = keys->addAction(text, this, [this, method] {
            if (ConnectionPage *page = currentPage()) {
                page->showTab(ConnectionPage::Tab::Keys);
                (page->keyBrowser()->*method)();
            }
        });
        action->setShortcut(shortcut);
        if (writes)
            m_writeActions << action;
        if (onKey)
            m_keyWriteActions << action;
        return action;
    };
    QAction *refresh = keys->addAction(tr("&Refresh"), this, [this] {
        if (ConnectionPage *page = currentPage())
            page->refresh();
    });
    refresh->setShortcuts({QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_R)});
    browserAction(tr("&Filter…"), QKeySequence::Find, &KeyBrowser::focusFilter, false);
    m_newKey = browserAction(tr("&New key…"), QKeySequence::New, &KeyBrowser::newKey, true);
    browserAction(tr("&Edit value…"), QKeySequence(Qt::CTRL | Qt::Key_E), &KeyBrowser::editValue, true, true);
    browserAction(tr("Set &TTL…"), QKeySequence(Qt::CTRL | Qt::Key_T), &KeyBrowser::editTtl, true, true);
    browserAction(tr("Re&name…"), QKeySequence(Qt::Key_F2), &KeyBrowser::renameKey, true, true);
    browserAction(tr("&Delete"), QKeySequence::Delete, &KeyBrowser::deleteSelected, true);
    browserAction(tr("Delete by &pattern…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete), &KeyBrowser::bulkDelete, true);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_viewModes = new QActionGroup(this);
    m_viewModes->setExclusive(true);
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
        action->setCheckable(true);
        action->setData(static_cast<int>(mode));
        m_viewModes->addAction(action);
    }
    // The key browser has its own mode box: the check marks follow it when the menu opens.
    connect(view, &QMenu::aboutToShow, this, &MainWindow::updateActions);

    // "Connect&ion": Alt+C is the key browser's Cancel.
    QMenu *connection = menuBar()->addMenu(tr("Connect&ion"));
    m_reconnect = connection->addAction(tr("Re&connect"), this, [this] {
        if (ConnectionPage *page = currentPage())
            page->connection()->reconnect();
    });
    m_readOnly = connection->addAction(tr("&Read-only"));
    m_readOnly->setCheckable(true);
    m_readOnly->setToolTip(tr("Refuse every write command on this connection"));
    connect(m_readOnly, &QAction::triggered, this, [this](bool on) { setCurrentReadOnly(on); });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Cashews Studio"), this, [this] {
        QMessageBox::about(this, tr("About Cashews Studio"),
                           tr("Cashews Studio %1\nBrowse and manage cashews caches.").arg(QStringLiteral(CASHEWS_VERSION_STRING)));
    });
    updateActions();
}

bool MainWindow::setCurrentReadOnly(bool readOnly)
{
    ConnectionPage *page = currentPage();
    if (!page || !page->connection())
        return readOnly;
    Connection *connection = page->connection();
    if (!readOnly && connection->isReadOnly()
        && !Confirmation::ask(this, tr("Allow writes"),
                              tr("Allow writes on %1? Edits, renames and deletions will then change the store %2.")
                                  .arg(connection->name(), connection->displayUrl())))
        readOnly = true;
    connection->setReadOnly(readOnly);
    updateActions();
    return connection->isReadOnly();
}

QMenu *MainWindow::connectionMenu(ConnectionPage *page)
{
    auto *menu = new QMenu(this);
    const QPointer<ConnectionPage> target(page);
    // Each action acts on `page`: it is made the current one first.
    const auto onPage = [this, target](auto action) {
        return [this, target, action] {
            if (!target)
                return;
            showPage(target, static_cast<int>(target->currentTab()));
            action();
        };
    };
    Connection *connection = page->connection();
    menu->addAction(tr("Re&connect"), this, onPage([this] { currentPage()->connection()->reconnect(); }));
    menu->addAction(tr("Copy &URL"), this, [url = connection->displayUrl()] { QApplication::clipboard()->setText(url); });
    QAction *readOnly = menu->addAction(tr("&Read-only"), this, onPage([this] {
        setCurrentReadOnly(!currentPage()->connection()->isReadOnly());
    }));
    readOnly->setCheckable(true);
    readOnly->setChecked(connection->isReadOnly());
    menu->addSeparator();
    menu->addAction(tr("C&lose"), this, onPage([this] { closeConnection(); }));
    return menu;
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
    if (m_keepSettings) {
        const QSettings settings;
        page->keyBrowser()->setViewMode(static_cast<KeyBrowser::ViewMode>(
            settings.value(ViewModeKey, static_cast<int>(KeyBrowser::ViewMode::List)).toInt()));
        const QVariantList states = settings.value(PageSplittersKey).toList();
        const QList<QSplitter *> splitters = pageSplitters(page);
        for (qsizetype i = 0; i < qMin(states.size(), splitters.size()); ++i)
            splitters.at(i)->restoreState(states.at(i).toByteArray());
    }

    auto *item = new QTreeWidgetItem(m_tree, {config.name});
    item->setData(0, PageRole, QVariant::fromValue(static_cast<QObject *>(page)));
    item->setData(0, TabRole, static_cast<int>(ConnectionPage::Tab::Keys));
    const QStringList tabs{tr("Keys"), tr("Tags"), tr("Locks")};
    for (int tab = 0; tab < tabs.size(); ++tab) {
        auto *child = new QTreeWidgetItem(item, {tabs.at(tab)});
        child->setData(0, PageRole, QVariant::fromValue(static_cast<QObject *>(page)));
        child->setData(0, TabRole, tab);
    }
    item->setExpanded(true);
    const QPointer<ConnectionPage> watched(page);
    const auto stateChanged = [this, watched] {
        if (!watched)
            return;
        updateTreeItem(watched);
        if (watched == currentPage())
            updateActions();
        Connection *c = watched->connection();
        if (c->state() == Connection::State::Connected)
            showStatus(tr("Connected to %1").arg(c->displayUrl()));
        else if (c->state() == Connection::State::Disconnected)
            showStatus(tr("%1 is not connected: %2").arg(c->name(), c->stateError()));
    };
    connect(connection, &Connection::stateChanged, this, stateChanged);
    connect(page->keyBrowser(), &KeyBrowser::currentKeyStateChanged, this, [this, watched] {
        if (watched && watched == currentPage())
            updateActions();
    });
    connect(connection, &Connection::readOnlyChanged, this, [this, watched] {
        if (watched)
            updateTreeItem(watched);
        updateActions();
    });
    updateTreeItem(page);
    m_tree->setCurrentItem(item);

    if (config.demo) {
        const auto cache = connection->cache();
        QCoro::connect(guardVoid(DemoData::seed(cache), cache), page, [this, page](Guarded<bool> seeded) {
            if (!seeded.ok())
                showStatus(tr("Seeding the demo data failed: %1").arg(seeded.error));
            // Locks, rate limits, windows and the breaker expire within minutes: kept alive
            // while the demo store is open.
            new DemoRefresher(page->connection());
            page->refresh();
            Q_EMIT demoReady(page->connection());
        });
    }
    // An embedded store has answered its first PING already.
    if (connection->state() == Connection::State::Checking)
        showStatus(tr("Connecting to %1…").arg(connection->displayUrl()));
    else
        stateChanged();
    return connection;
}

QTreeWidgetItem *MainWindow::itemOf(ConnectionPage *page) const
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_tree->topLevelItem(i);
        if (item->data(0, PageRole).value<QObject *>() == page)
            return item;
    }
    return nullptr;
}

void MainWindow::updateTreeItem(ConnectionPage *page)
{
    QTreeWidgetItem *item = itemOf(page);
    Connection *connection = page->connection();
    if (!item || !connection)
        return;
    QString text = connection->name();
    if (connection->isReadOnly())
        text += QStringLiteral(" ") + tr("(read-only)");
    item->setText(0, text);
    QString tip = connection->displayUrl();
    QStyle::StandardPixmap icon = QStyle::SP_DriveNetIcon;
    switch (connection->state()) {
    case Connection::State::Checking:
        icon = QStyle::SP_BrowserReload;
        tip += QLatin1Char('\n') + tr("Connecting…");
        break;
    case Connection::State::Connected:
        break;
    case Connection::State::Disconnected:
        icon = QStyle::SP_MessageBoxCritical;
        tip += QLatin1Char('\n') + tr("Not connected: %1").arg(connection->stateError());
        break;
    }
    item->setIcon(0, style()->standardIcon(icon));
    item->setToolTip(0, tip);
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
    delete itemOf(page);
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
    if (!m_readOnly)
        return;
    ConnectionPage *page = currentPage();
    Connection *connection = page ? page->connection() : nullptr;
    m_readOnly->setEnabled(connection != nullptr);
    m_reconnect->setEnabled(connection != nullptr);
    m_readOnly->setChecked(connection && connection->isReadOnly());
    const bool writable = connection && connection->isWritable();
    for (QAction *action : std::as_const(m_writeActions))
        action->setEnabled(writable);
    const bool keyWritable = writable && page->keyBrowser()->canWriteCurrentKey();
    for (QAction *action : std::as_const(m_keyWriteActions))
        action->setEnabled(keyWritable);
    for (QAction *action : m_viewModes->actions()) {
        action->setEnabled(page != nullptr);
        action->setChecked(page && action->data().toInt() == static_cast<int>(page->keyBrowser()->viewMode()));
    }
    setWindowTitle(connection ? tr("%1 — Cashews Studio").arg(connection->name()) : tr("Cashews Studio"));
}

} // namespace cashews
