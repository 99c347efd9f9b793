#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace cashews {

class Connection;

// Keeps the short-lived demo data (locks, rate limits, windows, breaker) alive while the
// demo store is open: runs DemoData::seedLive() every DemoData::LiveRefreshMs, except while
// the connection is read-only or down. Owned by the connection.
class DemoRefresher : public QObject
{
    Q_OBJECT

public:
    explicit DemoRefresher(Connection *connection);

    // Runs one refresh now (skipped while one is in flight or writes are not possible).
    void refresh();
    // Whether a refresh is in flight.
    bool isRunning() const { return m_running; }

private:
    QPointer<Connection> m_connection;
    QTimer m_timer;
    bool m_running = false;
};

} // namespace cashews
