#pragma once

#include <QList>
#include <QString>
#include <QVariant>

namespace cashews::scenarios {

// Milliseconds of a scenario duration: a number of seconds (1.5) or a k6/Go duration string
// ("300ms", "2s", "1m30s", "1h"). Throws ScenarioError naming `what` when it is malformed or negative.
double durationMs(const QVariant &value, const QString &what);

// A span of a run [startMs, endMs) from the run's start: fault and down windows.
struct TimeWindow
{
    double startMs = 0;
    double endMs = 0;
    bool contains(double ms) const { return ms >= startMs && ms < endMs; }
};

// Windows given as [{at, for}, ...] (durations as above); throws ScenarioError naming `what`.
QList<TimeWindow> timeWindows(const QVariant &value, const QString &what);

} // namespace cashews::scenarios
