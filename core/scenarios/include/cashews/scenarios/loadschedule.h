#pragma once

#include <QList>
#include <QString>
#include <QVariant>

namespace cashews::scenarios {

// One scenario's executor, with k6's names, parameters and defaults (lib/executor/*.go):
// shared-iterations {vus 1, iterations 1, maxDuration 10m}, per-vu-iterations {same},
// constant-vus {vus 1, duration}, ramping-vus {startVUs 1, stages, gracefulRampDown 30s},
// constant-arrival-rate {rate, timeUnit 1s, duration, preAllocatedVUs, maxVUs},
// ramping-arrival-rate {startRate 0, timeUnit 1s, stages, preAllocatedVUs, maxVUs}; all take
// startTime (0) and gracefulStop (30s). VUs a ramp no longer needs finish their iteration
// (gracefulRampDown is read for k6 compatibility; an iteration is never cut). The schedule itself is pure arithmetic (no clock), so
// it is tested without timing.
class LoadSchedule
{
public:
    enum class Executor { SharedIterations, PerVuIterations, ConstantVus, RampingVus, ConstantArrivalRate, RampingArrivalRate };
    struct Stage
    {
        double durationMs;
        double target;
    };

    // Reads the executor keys of `reader`-like object `config` (other keys are the caller's:
    // it passes the names it handles in `ownKeys`). Throws ScenarioError naming `path` and the key.
    static LoadSchedule parse(const QVariant &config, const QString &path, const QStringList &ownKeys);

    Executor executor() const { return m_executor; }
    // k6's name ("constant-arrival-rate", ...).
    QString executorName() const;
    // Open model: iterations start on a schedule, whatever the response time.
    bool isOpen() const;
    double startTimeMs() const { return m_startTimeMs; }
    double gracefulStopMs() const { return m_gracefulStopMs; }
    // Planned length after startTime: duration, the sum of the stages, or maxDuration.
    double durationMs() const;
    // Closed models: the VUs (constant, or the most a ramp reaches); open models: preAllocatedVUs.
    int vus() const;
    // Open models: the most VUs that may be busy at once (maxVUs, default preAllocatedVUs).
    int maxVus() const { return m_maxVus; }
    // shared-iterations: the total; per-vu-iterations: per VU.
    int iterations() const { return m_iterations; }
    // ramping-vus: the target VU count `ms` after the scenario started (linear between stages).
    int vusAt(double ms) const;
    // Open models: the offset in ms of the `n`-th (0-based) scheduled start, or a negative value
    // when it falls after the end. The n-th start is where the integral of the rate reaches n.
    double arrivalOffsetMs(qint64 n) const;
    // Open models: how many starts the schedule holds.
    qint64 arrivalCount() const;

private:
    Executor m_executor = Executor::ConstantVus;
    double m_startTimeMs = 0;
    double m_gracefulStopMs = 30000;
    double m_durationMs = 0;
    int m_vus = 1;
    int m_iterations = 1;
    int m_maxVus = 1;
    double m_rate = 0;       // per timeUnit
    double m_timeUnitMs = 1000;
    double m_startValue = 0; // startVUs / startRate
    QList<Stage> m_stages;
};

} // namespace cashews::scenarios
