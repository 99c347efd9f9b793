#include "scenariotestsupport.h"

#include <cashews/scenarios/scenarioerrors.h>
#include <cashews/scenarios/scenarioscript.h>

#include "corotest.h"

#include <QElapsedTimer>
#include <QTest>

using namespace cashews;
using namespace cashews::scenarios;

namespace {

const char GoodOptions[] = "export const options = { functions: { f: { origin: { latency: 1 } } },\n"
                           "  scenarios: { s: { executor: 'shared-iterations', iterations: 1, fn: 'f' } } };\n";

// The ScenarioError that loading `source` throws (empty when it loads).
QString loadError(const QString &source, int *line = nullptr, int *column = nullptr)
{
    QTemporaryDir dir;
    const QString path = test::writeScript(dir, QStringLiteral("bad.js"), source);
    try {
        ScenarioRunner runner(path, {});
    } catch (const ScenarioError &e) {
        if (line)
            *line = e.line();
        if (column)
            *column = e.column();
        return e.message();
    }
    return {};
}

} // namespace

// Loading scripts (ScenarioScript, through the runner that validates the declarations): every
// bad script is refused with a message naming what and where.
class ScenarioScriptTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsAModule()
    {
        auto run = std::make_shared<RunContext>();
        run->metrics.define(QStringLiteral("checks"), MetricRegistry::Type::Rate);
        QTemporaryDir dir;
        const QString path = test::writeScript(dir, QStringLiteral("m.js"), QStringLiteral(
            "import { Trend } from 'cashews';\nexport const t = new Trend('my_trend');\nexport const options = { a: 1 };\n"
            "export function* flow(ctx) { yield 1; }\n"));
        ScenarioScript script(path, run);
        QCOMPARE(script.options().toMap().value(QStringLiteral("a")).toInt(), 1);
        QVERIFY(script.exports().contains(QStringLiteral("flow")));
        QVERIFY(run->metrics.contains(QStringLiteral("my_trend")));
        QCOMPARE(run->metrics.type(QStringLiteral("my_trend")), MetricRegistry::Type::Trend);
    }

    void unsupportedSyntaxInPlainWords()
    {
        int line = 0;
        int column = 0;
        const QString message = loadError(QString::fromLatin1(GoodOptions) + QStringLiteral("export async function go() {}\n"), &line, &column);
        QVERIFY2(message.contains(QStringLiteral("'async' functions are not supported")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("generator")), qPrintable(message));
        QCOMPARE(line, 3);
        QCOMPARE(column, 8);
    }

    void syntaxErrorWithLine()
    {
        int line = 0;
        const QString message = loadError(QStringLiteral("export const options = {\n  store: 'mem://',\n  scenarios: {{\n};\n"), &line);
        QVERIFY2(message.contains(QStringLiteral("SyntaxError")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("bad.js")), qPrintable(message));
        QVERIFY(line >= 3);
    }

    void badDeclarations_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("words");
        QTest::newRow("no options") << QStringLiteral("export const x = 1;") << QStringLiteral("must export 'options'");
        QTest::newRow("cashews option name") << QStringLiteral(
            "export const options = { functions: { f: { ttl: 1, protected: false } }, scenarios: { s: { fn: 'f', "
            "executor: 'shared-iterations' } } };")
                                             << QStringLiteral("options.functions.f: unknown option 'protected'");
        QTest::newRow("unknown strategy") << QStringLiteral(
            "export const options = { functions: { f: { strategy: 'erly' } }, scenarios: { s: { fn: 'f', executor: 'shared-iterations' } } };")
                                          << QStringLiteral("unknown strategy 'erly'");
        QTest::newRow("unknown function") << QStringLiteral(
            "export const options = { scenarios: { s: { fn: 'g', executor: 'shared-iterations' } } };")
                                          << QStringLiteral("no function 'g'");
        QTest::newRow("missing flow") << QStringLiteral(
            "export const options = { scenarios: { s: { exec: 'flow', executor: 'shared-iterations' } } };")
                                      << QStringLiteral("the module exports no 'flow'");
        QTest::newRow("bad latency") << QStringLiteral(
            "export const options = { functions: { f: { origin: { latency: { dist: 'gamma' } } } }, "
            "scenarios: { s: { fn: 'f', executor: 'shared-iterations' } } };")
                                     << QStringLiteral("unknown distribution 'gamma'");
        QTest::newRow("bad threshold") << QStringLiteral(
            "export const options = { functions: { f: {} }, scenarios: { s: { fn: 'f', executor: 'shared-iterations' } }, "
            "thresholds: { calls: ['p(95)<1'] } };")
                                       << QStringLiteral("a counter has no aggregation 'p(95)'");
        QTest::newRow("unknown exception") << QStringLiteral(
            "export const options = { functions: { f: { strategy: 'failover', ttl: 1, exceptions: ['Timeout'] } }, "
            "scenarios: { s: { fn: 'f', executor: 'shared-iterations' } } };")
                                           << QStringLiteral("unknown exception 'Timeout'");
        QTest::newRow("throw at top level") << QStringLiteral("throw new TypeError('boom');") << QStringLiteral("TypeError: boom");
        QTest::newRow("clear on a shared store") << QStringLiteral(
            "export const options = { store: 'disk://', functions: { f: {} }, scenarios: { s: { fn: 'f', executor: 'shared-iterations' } }, "
            "timeline: [{ at: 1, action: 'clear' }] };")
                                                 << QStringLiteral("use expireAll");
    }
    void badDeclarations()
    {
        QFETCH(QString, source);
        QFETCH(QString, words);
        const QString message = loadError(source);
        QVERIFY2(message.contains(words), qPrintable(message));
    }

    // A runaway loop at the top level is interrupted by the watchdog (the limit is 1 s).
    void runawayModuleIsInterrupted()
    {
        QElapsedTimer clock;
        clock.start();
        const QString message = loadError(QStringLiteral("try { while (true) {} } catch (e) {}\n") + QString::fromLatin1(GoodOptions));
        QVERIFY2(message.contains(QStringLiteral("interrupted")), qPrintable(message));
        QVERIFY(clock.elapsed() < 30000); // not a timing assertion: it must merely end
    }

    // The same in a flow and in setup: the run fails with ScenarioError instead of hanging.
    void runawayFlowAndSetup_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("words");
        QTest::newRow("flow") << QStringLiteral(
            "export const options = { scenarios: { s: { executor: 'shared-iterations', exec: 'spin' } } };\n"
            "export function* spin(ctx) { while (true) {} }\n")
                              << QStringLiteral("interrupted");
        QTest::newRow("setup throws") << QStringLiteral(
            "export const options = { functions: { f: {} }, scenarios: { s: { executor: 'shared-iterations', fn: 'f' } } };\n"
            "export function setup(ctx) { null.x; }\n")
                                      << QStringLiteral("run.js:2: TypeError");
    }
    void runawayFlowAndSetup()
    {
        QFETCH(QString, source);
        QFETCH(QString, words);
        QTemporaryDir dir;
        const QString path = test::writeScript(dir, QStringLiteral("run.js"), source);
        QString message;
        CASHEWS_RUN([](QString file, QString *out) -> QCoro::Task<> {
            ScenarioRunner runner(file, {});
            try {
                co_await runner.run();
            } catch (const ScenarioError &e) {
                *out = e.message();
            }
        }(path, &message));
        QVERIFY2(message.contains(words), qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(ScenarioScriptTest)
#include "tst_scenarioscript.moc"
