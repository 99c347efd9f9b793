#pragma once

#include <cashews/scenarios/runcontext.h>
#include <cashews/scenarios/scenarioscript.h>
#include <cashews/scenarios/scenariospec.h>
#include <cashews/scenarios/simulatedorigin.h>
#include <cashews/scenarios/threshold.h>

#include <cashews/cache.h>

#include <QHash>
#include <QJSValue>
#include <QJsonObject>
#include <QList>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace cashews::scenarios {

// Everything one run holds, shared by all its coroutines (see ScenarioRunner).
class RunState
{
public:
    using Function = std::function<QCoro::Task<QVariant>(QVariant key)>;

    // Progress of one scenario of the load.
    struct Load
    {
        int busy = 0;          // iterations in flight
        int loops = 0;         // closed models: VU loops running
        QList<bool> running;   // ramping-vus: which VU loops run
        qint64 started = 0;    // iterations started (shared-iterations' counter, instance choice)
        bool warnedVus = false;
    };

    std::shared_ptr<RunContext> ctx;
    std::unique_ptr<ScenarioScript> script;
    ScenarioSpec spec;
    QString storeUrl;
    bool keep = false;
    std::function<void(const QJsonObject &)> onInterval;

    std::unique_ptr<Cache> primary;
    std::vector<std::unique_ptr<Cache>> instances;
    QHash<QString, std::shared_ptr<SimulatedOrigin>> origins;
    QHash<QString, QList<Function>> functions; // per function, one per instance
    QList<Threshold> thresholds;
    QList<Load> loads;
    QJSValue setupData;

    bool loadDone = false;
    bool aborted = false;
    QString abortReason;
    QString firstScriptError;
    // A fatal script failure during the load (a runaway flow): the run stops and rethrows it.
    std::optional<QString> fatal;
    QList<QJsonObject> markers; // timeline actions and fault windows, for the summary
    double loadStartMs = 0;
    double loadEndMs = 0;
};

} // namespace cashews::scenarios
