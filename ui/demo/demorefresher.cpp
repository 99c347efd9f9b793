#include "demo/demorefresher.h"

#include "common/guarded.h"
#include "common/logging.h"
#include "connections/connection.h"
#include "demo/demodata.h"

#include <cashews/cache.h>

namespace cashews {

DemoRefresher::DemoRefresher(Connection *connection)
    : QObject(connection)
    , m_connection(connection)
{
    m_timer.setInterval(DemoData::LiveRefreshMs);
    connect(&m_timer, &QTimer::timeout, this, &DemoRefresher::refresh);
    m_timer.start();
}

void DemoRefresher::refresh()
{
    if (m_running || !m_connection || !m_connection->isWritable())
        return;
    m_running = true;
    const auto cache = m_connection->cache();
    QCoro::connect(guardVoid(DemoData::seedLive(cache), cache), this, [this](Guarded<bool> done) {
        m_running = false;
        if (!done.ok())
            qCWarning(lcUi) << "refreshing the demo data failed:" << done.error;
    });
}

} // namespace cashews
