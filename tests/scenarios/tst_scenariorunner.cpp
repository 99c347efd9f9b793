#include "scenariotestsupport.h"

#include <cashews/scenarios/scenarioerrors.h>
#include <cashews/scenarios/scenariolibrary.h>

#include <QJsonArray>
#include <QTest>

using namespace cashews;
using namespace cashews::scenarios;

namespace {

// The value of `aggregation` of the summary's metric `name` (0 when absent).
double summaryValue(const RunResult &r, const QString &name, const QString &aggregation)
{
    const QJsonArray metrics = r.summary.value(QStringLiteral("results")).toObject().value(QStringLiteral("metrics")).toArray();
    for (const auto &m : metrics) {
        if (m.toObject().value(QStringLiteral("name")).toString() == name)
            return m.toObject().value(QStringLiteral("values")).toObject().value(aggregation).toDouble();
    }
    return 0;
}

QString failedThresholds(const RunResult &r)
{
    QStringList out;
    for (const auto &t : r.thresholds) {
        if (!t.passed)
            out.append(QStringLiteral("%1 %2 (observed %3)").arg(t.metric, t.expression).arg(t.observed));
    }
    return out.join(QStringLiteral("; "));
}

} // namespace

// ScenarioRunner end to end on mem:// (or the Redis fixture, see tests/scenarios/CMakeLists.txt).
class ScenarioRunnerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtins_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &name : ScenarioLibrary::names())
            QTest::newRow(qPrintable(name)) << name;
        QVERIFY(ScenarioLibrary::names().size() >= 8);
    }
    // Each built-in's thresholds encode its lesson; they pass, and no key of the run is left.
    void builtins()
    {
        QFETCH(QString, name);
        RunResult r;
        QVERIFY(test::runScenario(ScenarioLibrary::path(name), test::scenarioStoreUrl(), r));
        QVERIFY2(r.passed(), qPrintable(failedThresholds(r)));
        QVERIFY(!r.aborted);
        QVERIFY(!r.thresholds.isEmpty());
        QCOMPARE(r.keysLeft, qint64(0));
        QVERIFY2(r.firstScriptError.isEmpty(), qPrintable(r.firstScriptError));
        QVERIFY(!ScenarioLibrary::description(name).isEmpty());
    }

    // Iteration counts of the closed executors and arrivals of the open ones (started plus
    // dropped = the schedule), independent of timing.
    void executorCounts_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<double>("iterations");
        QTest::addColumn<double>("scheduled");
        QTest::newRow("shared-iterations") << QStringLiteral("{executor: 'shared-iterations', vus: 3, iterations: 10, fn: 'f'}") << 10.0 << 10.0;
        QTest::newRow("per-vu-iterations") << QStringLiteral("{executor: 'per-vu-iterations', vus: 3, iterations: 4, fn: 'f'}") << 12.0 << 12.0;
        QTest::newRow("constant-arrival-rate")
            << QStringLiteral("{executor: 'constant-arrival-rate', rate: 50, duration: '0.4s', preAllocatedVUs: 50, fn: 'f'}") << 20.0 << 20.0;
        QTest::newRow("ramping-arrival-rate")
            << QStringLiteral("{executor: 'ramping-arrival-rate', startRate: 0, stages: [{duration: '0.5s', target: 80}], "
                              "preAllocatedVUs: 50, fn: 'f'}")
            << 20.0 << 20.0;
        // One VU busy 10 s per call: every later arrival is dropped.
        QTest::newRow("dropped iterations")
            << QStringLiteral("{executor: 'constant-arrival-rate', rate: 20, duration: '0.5s', preAllocatedVUs: 1, fn: 'slow', "
                              "gracefulStop: 0}")
            << -1.0 << 10.0;
    }
    void executorCounts()
    {
        QFETCH(QString, scenario);
        QFETCH(double, iterations);
        QFETCH(double, scheduled);
        QTemporaryDir dir;
        const QString path = test::writeScript(dir, QStringLiteral("s.js"), QStringLiteral(
            "export const options = { functions: { f: { strategy: 'none', origin: { latency: 5 } },\n"
            "                                      slow: { strategy: 'none', origin: { latency: 2000 } } },\n"
            "  scenarios: { s: %1 } };\n").arg(scenario));
        RunResult r;
        QVERIFY(test::runScenario(path, QStringLiteral("mem://"), r));
        const double done = summaryValue(r, QStringLiteral("iterations"), QStringLiteral("count"));
        const double dropped = summaryValue(r, QStringLiteral("dropped_iterations"), QStringLiteral("count"));
        if (iterations >= 0)
            QCOMPARE(done, iterations);
        else
            QVERIFY(dropped > 0);
        // Iterations cut by gracefulStop are not counted, the starts are: calls + dropped.
        QCOMPARE(summaryValue(r, QStringLiteral("calls"), QStringLiteral("count")) + dropped, scheduled);
    }

    // A generator flow: results come back from yield, failures are thrown into the flow,
    // custom metrics and checks record, setup's data reaches every iteration.
    void generatorFlow()
    {
        QTemporaryDir dir;
        const QString path = test::writeScript(dir, QStringLiteral("flow.js"), QStringLiteral(R"JS(
import { Counter, check } from 'cashews';
const caught = new Counter('caught');
export const options = {
  functions: { get: { strategy: 'cache', ttl: 10, origin: { latency: 1, value: 'key' } },
               broken: { strategy: 'none', origin: { errorRate: 1 } } },
  scenarios: { s: { executor: 'shared-iterations', vus: 2, iterations: 6, exec: 'flow' } },
  thresholds: { caught: ['count==6'], checks: ['rate==1'] },
};
export function* setup(ctx) { const v = yield ctx.call('get', 'warm'); return { warm: v }; }
export function* flow(ctx) {
  const v = yield ctx.call('get', 'k' + (ctx.iteration % 2));
  check(v, { 'is the key': (x) => x === 'k0' || x === 'k1', 'setup data': () => ctx.data.warm === 'warm' });
  try { yield ctx.call('broken'); } catch (e) { if (e.name === 'OriginError') caught.add(1); }
  yield ctx.sleep(1);
}
)JS"));
        RunResult r;
        QVERIFY(test::runScenario(path, QStringLiteral("mem://"), r));
        QVERIFY2(r.passed(), qPrintable(failedThresholds(r) + r.firstScriptError));
        // The two keys plus "warm" came from the origin once each; the rest were hits.
        QCOMPARE(summaryValue(r, QStringLiteral("origin_calls{fn:get}"), QStringLiteral("count")), 3.0);
        QCOMPARE(summaryValue(r, QStringLiteral("hits"), QStringLiteral("count")), 4.0);
    }

    // Store faults: a down window fails the commands (callers see StoreFaultError), after it
    // the store answers again; store_ops counts every command.
    void storeFaults()
    {
        QTemporaryDir dir;
        const QString path = test::writeScript(dir, QStringLiteral("faults.js"), QStringLiteral(R"JS(
export const options = {
  functions: { get: { strategy: 'cache', ttl: 10, origin: { latency: 1 } } },
  scenarios: { s: { executor: 'constant-arrival-rate', rate: 40, duration: '1s', preAllocatedVUs: 10, fn: 'get',
                    keys: { dist: 'zipf', n: 5, s: 1.2 } } },
  faults: { store: [{ at: '0.3s', for: '0.3s', down: true }, { at: '0.7s', for: '0.2s', latency: 5, commands: ['get'] }] },
  thresholds: { 'errors{type:StoreFaultError}': ['count>0'], 'store_ops': ['count>40'], 'store_faults': ['count>0'] },
};
)JS"));
        RunResult r;
        QVERIFY(test::runScenario(path, test::scenarioStoreUrl(), r));
        QVERIFY2(r.passed(), qPrintable(failedThresholds(r)));
        QVERIFY(summaryValue(r, QStringLiteral("errors"), QStringLiteral("count"))
                < summaryValue(r, QStringLiteral("calls"), QStringLiteral("count")));
        QCOMPARE(r.keysLeft, qint64(0));
    }

    // abortOnFail stops the run at the first interval it fails; the result says why.
    void abortOnFail()
    {
        QTemporaryDir dir;
        const QString path = test::writeScript(dir, QStringLiteral("abort.js"), QStringLiteral(R"JS(
export const options = {
  interval: '100ms',
  functions: { f: { strategy: 'none', origin: { errorRate: 1 } } },
  scenarios: { s: { executor: 'constant-vus', vus: 2, duration: '20s', fn: 'f' } },
  thresholds: { errors: [{ threshold: 'count<1', abortOnFail: true }] },
};
)JS"));
        RunResult r;
        QVERIFY(test::runScenario(path, QStringLiteral("mem://"), r));
        QVERIFY(r.aborted);
        QVERIFY2(r.abortReason.contains(QStringLiteral("abortOnFail")), qPrintable(r.abortReason));
        QVERIFY(!r.passed());
        QVERIFY(r.summary.value(QStringLiteral("config")).toObject().value(QStringLiteral("duration")).toDouble() < 15);
    }

    // stop() ends a long run early, reports what ran and leaves no key behind.
    void stopEndsTheRun()
    {
        QTemporaryDir dir;
        const QString path = test::writeScript(dir, QStringLiteral("long.js"), QStringLiteral(R"JS(
export const options = {
  functions: { f: { strategy: 'cache', ttl: 60, tags: ['t'], origin: { latency: 2 } } },
  scenarios: { s: { executor: 'constant-arrival-rate', rate: 100, duration: '60s', preAllocatedVUs: 10, fn: 'f',
                    keys: { dist: 'uniform', n: 50 } },
               later: { executor: 'constant-vus', vus: 1, duration: '10s', startTime: '30s', fn: 'f' } },
};
)JS"));
        RunResult r;
        QVERIFY(test::runScenario(path, test::scenarioStoreUrl(), r, 300));
        QVERIFY(r.aborted);
        QCOMPARE(r.abortReason, QStringLiteral("stopped"));
        QVERIFY(summaryValue(r, QStringLiteral("calls"), QStringLiteral("count")) > 0);
        QVERIFY(r.summary.value(QStringLiteral("config")).toObject().value(QStringLiteral("duration")).toDouble() < 10);
        QCOMPARE(r.keysLeft, qint64(0));
    }
};

QTEST_GUILESS_MAIN(ScenarioRunnerTest)
#include "tst_scenariorunner.moc"
