#pragma once

#include <cashews/scenarios/metricregistry.h>

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QString>

#include <QCoro/QCoroTask>

namespace cashews::scenarios {

// What every part of one run shares: its monotonic clock, metrics, seeded random numbers
// and the key prefix that marks its keys. Held through a shared_ptr by every coroutine of
// the run, so iterations still in flight when the run ends find it alive.
struct RunContext
{
    QString runId;
    // "scenario:<run-id>:": every key, tag and lock of the run contains it.
    QString keyPrefix;
    QElapsedTimer clock;
    MetricRegistry metrics;
    QRandomGenerator rng;
    // Set when the run stops: loops start no new iteration.
    bool stopping = false;

    // Milliseconds since the run started.
    double elapsedMs() const { return static_cast<double>(clock.nsecsElapsed()) / 1e6; }
};

// Suspends for `ms` milliseconds on a precise timer (Qt's default coarse timers may be 5% off).
QCoro::Task<> preciseSleep(double ms);

} // namespace cashews::scenarios
