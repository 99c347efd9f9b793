#include <cashews/scenarios/runcontext.h>

#include <QCoro/QCoroTimer>
#include <QTimer>

#include <cmath>

namespace cashews::scenarios {

QCoro::Task<> preciseSleep(double ms)
{
    QTimer timer;
    timer.setTimerType(Qt::PreciseTimer);
    timer.setSingleShot(true);
    timer.start(static_cast<int>(std::max(0.0, std::round(ms))));
    co_await timer;
}

} // namespace cashews::scenarios
