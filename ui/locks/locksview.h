#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QMenu;
class QPushButton;
class QTableView;

namespace cashews {

class Connection;
class LocksModel;

// The locks of a connection: owner value and remaining TTL of every lock key; acquire a
// lock by hand, release one with compare-and-delete (only if it still holds the owner value
// shown), or force-release it after a confirmation.
class LocksView : public QWidget
{
    Q_OBJECT

public:
    explicit LocksView(Connection *connection, QWidget *parent = nullptr);

    LocksModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    void refresh();
    // Takes `key` for `ttl` with `owner` (SET NX PX), then refreshes.
    void acquire(const QString &key, const QString &ttl, const QByteArray &owner);
    // Asks for key, TTL and owner value, then acquires.
    void acquireInteractively();
    // Compare-and-delete of the selected lock with the owner value it was listed with.
    void releaseSelected();
    // Deletes the selected lock whatever its value, after a confirmation.
    void forceReleaseSelected();
    // The context menu of the selected lock: copy key, open in the inspector, release, force release.
    QMenu *contextMenu();

Q_SIGNALS:
    void statusMessage(const QString &message);
    // The user asked to inspect the lock key `key`.
    void openKeyRequested(const QString &key);
    // After the list was refreshed (or failed to).
    void updated();

private:
    int selectedRow() const;
    void updateActions();

    QPointer<Connection> m_connection;
    LocksModel *m_model;
    QTableView *m_view;
    QLabel *m_summary;
    QPushButton *m_acquire;
    QPushButton *m_release;
    QPushButton *m_force;
    quint64 m_generation = 0;
};

} // namespace cashews
