#pragma once

#include <cashews/scenarios/functionspec.h>
#include <cashews/scenarios/keychooser.h>
#include <cashews/scenarios/loadschedule.h>
#include <cashews/scenarios/storefaults.h>

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace cashews::scenarios {

// The declarations of a script's `export const options`, read once before the run:
//   {store: "mem://", instances: 4, seed: 1, interval: "1s",
//    functions: {name: FunctionSpec}, scenarios: {name: {executor, ..., fn, keys, exec, tags}},
//    faults: {store: StoreFaults}, timeline: [{at, action: "deleteTags"|"expireAll"|"clear", tags}],
//    thresholds: {metricKey: [expression | {threshold, abortOnFail, delayAbortEval}]}}
// A scenario either calls `fn` with keys drawn from `keys` (no JavaScript per call) or runs the
// exported generator function named by `exec`.
struct ScenarioSpec
{
    struct Load
    {
        QString name;
        LoadSchedule schedule;
        QString fn;   // declarative iterations
        QString exec; // or an exported flow
        KeyChooser keys;
        QMap<QString, QString> tags;
    };
    struct Action
    {
        double atMs = 0;
        QString action; // deleteTags, expireAll, clear
        QStringList tags; // already prefixed with the run's key prefix
    };

    QString store;
    int instances = 1;
    quint32 seed = 1;
    double intervalMs = 1000;
    QMap<QString, FunctionSpec> functions;
    QList<Load> scenarios;
    StoreFaults storeFaults;
    QList<Action> timeline;
    QVariantMap thresholds; // parsed once the metrics exist (Threshold::parse)

    // Reads `options`; `exports` are the names the module exports (for `exec`). Throws
    // ScenarioError naming the path of the bad declaration.
    static ScenarioSpec parse(const QVariant &options, const QStringList &exports, const QString &keyPrefix);
};

} // namespace cashews::scenarios
