#pragma once

#include <cashews/scenarios/runresult.h>
#include <cashews/scenarios/scenariospec.h>

#include <QJsonObject>
#include <QString>

#include <QCoro/QCoroTask>

#include <functional>
#include <memory>

namespace cashews::scenarios {

class RunState;

// Runs one scenario script: sets up the store and `instances` caches over it (each with its
// own wrappers, so in-process single-flight does not hide a stampede), runs setup, the load
// (k6 executors, in parallel, each after its startTime), the timeline actions and the store
// faults, then teardown; evaluates the thresholds; waits (up to 10 s) for iterations cut by
// gracefulStop and removes every key of the run (they all contain "scenario:<run-id>:") unless
// asked to keep them. Use it from one thread with an
// event loop; QJSEngine and the store clients are bound to it.
class ScenarioRunner
{
public:
    struct Options
    {
        QString storeUrl; // overrides options.store when set
        bool keep = false; // leave the run's keys in the store
        int watchdogMs = 1000; // longest a single call into the script may run
        // Called with one JSON object per interval (options.interval, default 1 s).
        std::function<void(const QJsonObject &)> onInterval;
    };

    // Loads and validates the script (a path or ":/scenarios/<name>.js"). Throws ScenarioError.
    ScenarioRunner(const QString &fileName, Options options);
    ~ScenarioRunner();
    ScenarioRunner(const ScenarioRunner &) = delete;
    ScenarioRunner &operator=(const ScenarioRunner &) = delete;

    const ScenarioSpec &spec() const;
    QString runId() const;
    // The store the run uses, passwords masked (throws SettingsError for a malformed URL).
    QString storeUrl() const;

    // Runs to the end (or stop()). Throws StoreUnavailableError when the store cannot be
    // reached, ScenarioError when setup/teardown throws or the script runs away.
    QCoro::Task<RunResult> run();
    // Ends the run early: no iteration starts any more; run() then finishes and cleans up.
    void stop();

private:
    std::shared_ptr<RunState> d;
};

} // namespace cashews::scenarios
