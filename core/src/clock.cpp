#include <cashews/clock.h>

#include <QDateTime>

namespace cashews {

namespace {
std::function<qint64()> &clockOverride()
{
    static std::function<qint64()> clock;
    return clock;
}
} // namespace

qint64 nowMs()
{
    const auto &clock = clockOverride();
    return clock ? clock() : QDateTime::currentMSecsSinceEpoch();
}

void setClock(std::function<qint64()> clock)
{
    clockOverride() = std::move(clock);
}

} // namespace cashews
