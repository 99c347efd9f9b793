#pragma once

#include <cashews/scenarios/runcontext.h>

#include <QJSEngine>
#include <QJSValue>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

namespace cashews::scenarios {

class ScriptHost;
class Watchdog;

// One scenario script: an ES module loaded into its own QJSEngine, importing the built-in
// module `cashews` (Counter, Gauge, Rate, Trend, check, random). Loading first runs
// SyntaxCheck, so unsupported syntax is named in plain words; every call into the script runs
// under a Watchdog. Use it from the thread that created it.
class ScenarioScript
{
public:
    // Loads `fileName` (a path, or ":/scenarios/<name>.js" for a built-in). Custom metrics the
    // module declares go to `run`'s registry. Throws ScenarioError with file:line:column.
    ScenarioScript(const QString &fileName, std::shared_ptr<RunContext> run, int watchdogMs = 1000);
    ~ScenarioScript();
    ScenarioScript(const ScenarioScript &) = delete;
    ScenarioScript &operator=(const ScenarioScript &) = delete;

    QString fileName() const { return m_fileName; }
    QJSEngine &engine() { return m_engine; }
    // `export const options` as plain data.
    QVariant options() const;
    // The exported names.
    QStringList exports() const;
    // An exported value (undefined when absent).
    QJSValue exported(const QString &name) const;

    // Calls `function` (or object.method) under the watchdog. Throws ScriptRuntimeError when
    // the script throws, ScenarioError when the watchdog had to interrupt it.
    QJSValue call(const QJSValue &function, const QJSValueList &args);
    QJSValue callMethod(const QJSValue &object, const QString &method, const QJSValueList &args);
    // The `ctx` a flow gets: ctx.call(fn, key), ctx.sleep(ms), ctx.deleteTags(tags) build the
    // operations the flow yields; ctx.key, vu, iteration, scenario, instance, data describe it.
    QJSValue makeContext(const QVariantMap &info, const QJSValue &data);
    // An Error object named `name` (e.g. "OriginError") to throw into a flow.
    QJSValue makeError(const QString &name, const QString &message);

    // The source of `fileName`; throws ScenarioError when it cannot be read.
    static QString readSource(const QString &fileName);

private:
    // Throws for an Error result (thrown or returned by a failed evaluation).
    void check(const QJSValue &result, bool interrupted);

    QString m_fileName;
    QJSEngine m_engine;
    ScriptHost *m_host;
    std::unique_ptr<Watchdog> m_watchdog;
    QJSValue m_namespace;
    QJSValue m_contextFactory;
};

} // namespace cashews::scenarios
