#pragma once

#include "connections/connectionconfig.h"

#include <QMainWindow>

class QAction;
class QActionGroup;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace cashews {

class Connection;
class ConnectionPage;
class ConnectionStore;

// The studio window: the connection tree on the left (connection -> keys / tags / locks,
// with state and read-only markers and a context menu), the page of the selected
// connection on the right, menus with the shortcuts, and errors in the status bar.
// Geometry, splitter and view mode are kept in QSettings.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    // Opens a store and shows it; returns the connection, or nullptr after reporting the
    // setup error in the status bar. Whether the store answers is shown once its first
    // PING returns (tree icon, page header, status bar).
    Connection *openConnection(const ConnectionConfig &config);
    // The open connections (one per page; a closing one is no longer listed).
    QList<Connection *> connections() const;
    ConnectionPage *currentPage() const;
    ConnectionPage *pageOf(Connection *connection) const;
    void showPage(ConnectionPage *page, int tab);
    void showStatus(const QString &message);
    // Opens the connection dialog; returns the connection opened, if any.
    Connection *newConnection();
    // Opens a saved connection: its secrets come from the keychain, or are asked for
    // (a password dialog per secret) when there is none or it lost them.
    void openSaved(const ConnectionConfig &config);
    // Closes the current connection: its page goes at once, the Connection object once
    // Cache::close() has finished (disk shards closed, Redis connections dropped).
    void closeConnection();
    // Switches the current connection's read-only mode; becoming writable asks first.
    // Returns whether the connection is read-only afterwards.
    bool setCurrentReadOnly(bool readOnly);
    // The tree's context menu for the connection of `page`: reconnect, close, copy URL, read-only.
    QMenu *connectionMenu(ConnectionPage *page);
    // Restores geometry, window state, splitter and view mode from QSettings, and saves them
    // on close from then on (not called for screenshots and tests, which want fixed sizes).
    void restoreSettings();
    // The Keys menu action that opens the new-key dialog (its enabled state follows the connection).
    QAction *newKeyAction() const { return m_newKey; }

protected:
    void closeEvent(QCloseEvent *event) override;

Q_SIGNALS:
    // Emitted when a demo store has been seeded and listed (screenshots wait for it).
    void demoReady(cashews::Connection *connection);

private:
    void createActions();
    void fillSavedMenu(QMenu *menu);
    void treeClicked(QTreeWidgetItem *item);
    void updateActions();
    void updateTreeItem(ConnectionPage *page);
    QTreeWidgetItem *itemOf(ConnectionPage *page) const;
    void saveSettings() const;

    QTreeWidget *m_tree;
    QStackedWidget *m_pages;
    QSplitter *m_splitter;
    QAction *m_readOnly = nullptr;
    QAction *m_reconnect = nullptr;
    QAction *m_newKey = nullptr;
    QList<QAction *> m_writeActions; // disabled while the current connection is not writable
    QList<QAction *> m_keyWriteActions; // also disabled while the current key has vanished
    QActionGroup *m_viewModes = nullptr;
    ConnectionStore *m_store;
    bool m_keepSettings = false;
};

} // namespace cashews
