#pragma once

#include <QPointer>
#include <QSet>
#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;

namespace cashews {

class Connection;
class KeyBrowser;
class LocksView;
class TagsView;

// Everything shown for one open connection: a header (URL, where a disk store keeps its
// data, read-only and disconnected badges, Reconnect) and tabs for keys, tags and locks.
// Tags and locks are read on the first visit of their tab and on refresh(), not on every visit.
class ConnectionPage : public QWidget
{
    Q_OBJECT

public:
    enum class Tab { Keys, Tags, Locks };

    explicit ConnectionPage(Connection *connection, QWidget *parent = nullptr);

    Connection *connection() const { return m_connection; }
    KeyBrowser *keyBrowser() const { return m_keys; }
    TagsView *tagsView() const { return m_tagsView; }
    LocksView *locksView() const { return m_locksView; }
    QWidget *tabWidget(Tab tab) const;
    void showTab(Tab tab);
    Tab currentTab() const;
    // Reloads whatever the current tab shows.
    void refresh();
    // The header text (plain), e.g. for tests and the window title.
    QString headerText() const;
    QPushButton *reconnectButton() const { return m_reconnect; }

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void updateHeader();

    QPointer<Connection> m_connection;
    QLabel *m_header;
    QPushButton *m_reconnect;
    QTabWidget *m_tabs;
    QSet<Tab> m_loaded; // tabs read at least once
    bool m_wasDisconnected = false;
    KeyBrowser *m_keys;
    TagsView *m_tagsView;
    LocksView *m_locksView;
};

} // namespace cashews
