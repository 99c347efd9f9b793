#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QTabWidget;

namespace cashews {

class Connection;
class KeyBrowser;
class LocksView;
class TagsView;

// Everything shown for one open connection: a header (URL, read-only badge) and tabs for
// keys, tags and locks.
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

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void updateHeader();

    QPointer<Connection> m_connection;
    QLabel *m_header;
    QTabWidget *m_tabs;
    KeyBrowser *m_keys;
    TagsView *m_tagsView;
    LocksView *m_locksView;
};

} // namespace cashews
