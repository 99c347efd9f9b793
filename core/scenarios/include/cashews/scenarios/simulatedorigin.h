#pragma once

#include <cashews/scenarios/distribution.h>
#include <cashews/scenarios/duration.h>
#include <cashews/scenarios/runcontext.h>

#include <QHash>
#include <QString>
#include <QVariant>

#include <QCoro/QCoroTask>

#include <memory>

namespace cashews::scenarios {

// The slow or faulty function a strategy wraps. Declared as
//   {latency: <Distribution>, errorRate: 0.1, errors: [{at, for, rate}], down: [{at, for}],
//    timeout: {rate: 0.05, after: "1s"}, value: "counter" | "key"}
// A call waits its latency, then fails with OriginError (errorRate, an errors window, a down
// window) or, for `timeout.rate` of the calls, waits `timeout.after` and fails with
// OriginTimeoutError; otherwise it returns "<key>#<n>" (n counts calls of that key) or the key.
// It records origin_calls, origin_errors{type} and origin_inflight_per_key (the most calls of
// one key in flight at once: the stampede size), tagged with the function's name.
class SimulatedOrigin
{
public:
    // Throws ScenarioError naming `path` and the bad field.
    SimulatedOrigin(const QVariant &spec, const QString &path, QString function);

    // One call for `key`.
    static QCoro::Task<QVariant> call(std::shared_ptr<SimulatedOrigin> self, std::shared_ptr<RunContext> run, QString key);

    qint64 calls() const { return m_calls; }
    int maxInFlightPerKey() const { return m_maxInFlight; }

private:
    struct ErrorWindow
    {
        TimeWindow window;
        double rate;
    };
    // Whether a call starting at `ms` fails (drawn from `rng`), and why.
    QString failure(double ms, QRandomGenerator &rng) const;

    QString m_function;
    Distribution m_latency;
    double m_errorRate = 0;
    QList<ErrorWindow> m_errorWindows;
    QList<TimeWindow> m_down;
    double m_timeoutRate = 0;
    double m_timeoutMs = 1000;
    bool m_valueIsKey = false;
    qint64 m_calls = 0;
    QHash<QString, qint64> m_callsPerKey;
    QHash<QString, int> m_inFlight;
    int m_maxInFlight = 0;
};

} // namespace cashews::scenarios
