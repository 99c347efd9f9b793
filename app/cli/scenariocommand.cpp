#include "scenariocommand.h"

#include <cashews/scenarios/scenarioerrors.h>
#include <cashews/scenarios/scenariolibrary.h>
#include <cashews/scenarios/scenariorunner.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QTimer>

#include <QCoro/QCoroTask>

#include <cstdio>

namespace cashews::cli {

namespace {

using namespace cashews::scenarios;

struct ScenarioInvocation
{
    QString script;
    QString store;
    QString summaryFile;
    bool json = false;
    bool keep = false;
};

void writeLine(const QByteArray &text, FILE *stream)
{
    std::fwrite(text.constData(), 1, static_cast<size_t>(text.size()), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}

QByteArray jsonLine(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray progressLine(const QJsonObject &o)
{
    return QStringLiteral("t=%1s calls=%2 ok=%3 failed=%4 origin=%5 hits=%6 p95=%7ms inflight/key=%8")
        .arg(o.value(QStringLiteral("t")).toDouble(), 0, 'f', 1)
        .arg(o.value(QStringLiteral("calls")).toDouble())
        .arg(o.value(QStringLiteral("ok")).toDouble())
        .arg(o.value(QStringLiteral("failed")).toDouble())
        .arg(o.value(QStringLiteral("origin_calls")).toDouble())
        .arg(o.value(QStringLiteral("hits")).toDouble())
        .arg(o.value(QStringLiteral("latency_p95")).toDouble(), 0, 'f', 1)
        .arg(o.value(QStringLiteral("origin_inflight_per_key")).toDouble())
        .toUtf8();
}

// Runs the scenario and ends the event loop with its exit code.
QCoro::Task<> runAndExit(ScenarioInvocation inv)
{
    int code = ScenarioPassed;
    try {
        ScenarioRunner::Options options;
        options.storeUrl = inv.store;
        options.keep = inv.keep;
        const bool json = inv.json;
        options.onInterval = [json](const QJsonObject &line) {
            if (json)
                writeLine(jsonLine(line), stdout);
            else
                writeLine(progressLine(line), stderr);
        };
        ScenarioRunner runner(ScenarioLibrary::resolve(inv.script), options);
        // The run id names the keys (scenario:<id>:*), e.g. those --keep leaves.
        writeLine(QStringLiteral("scenario run %1 on %2").arg(runner.runId(), runner.storeUrl()).toUtf8(), stderr);
        const RunResult result = co_await runner.run();
        if (inv.json) {
            QJsonObject summary = result.summary;
            summary.insert(QStringLiteral("type"), QStringLiteral("Summary"));
            writeLine(jsonLine(summary), stdout);
        } else {
            writeLine(result.table().toUtf8(), stdout);
        }
        if (!inv.summaryFile.isEmpty()) {
            QFile file(inv.summaryFile);
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
                throw ScenarioError(QStringLiteral("cannot write the summary: %1").arg(file.errorString()), inv.summaryFile);
            file.write(QJsonDocument(result.summary).toJson());
        }
        code = result.passed() && !result.aborted ? ScenarioPassed : ScenarioThresholdsFailed;
    } catch (const StoreUnavailableError &e) {
        writeLine(QByteArray("cashews-cli: store unavailable: ") + e.what(), stderr);
        code = ScenarioStoreUnavailable;
    } catch (const CacheBackendInteractionError &e) {
        writeLine(QByteArray("cashews-cli: store unavailable: ") + e.what(), stderr);
        code = ScenarioStoreUnavailable;
    } catch (const CacheError &e) {
        writeLine(QByteArray("cashews-cli: ") + e.what(), stderr);
        code = ScenarioBadInput;
    }
    QCoreApplication::exit(code);
}

} // namespace

bool isScenarioCommand(const QList<QByteArray> &rawArguments)
{
    return rawArguments.size() > 1 && rawArguments.at(1) == "scenario";
}

int runScenarioCommand(QCoreApplication &app, const QList<QByteArray> &rawArguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Scripted strategy scenarios (see README, \"Scenarios\").\n\n"
        "  scenario list                     the built-in scenarios with their descriptions\n"
        "  scenario run FILE|builtin:NAME    run a scenario script\n\n"
        "Exit codes: 0 every threshold passed; 2 bad command line or script (syntax, unsupported syntax,\n"
        "unknown option, setup/teardown threw, runaway script); 3 store unreachable; 99 a threshold failed\n"
        "(or one with abortOnFail stopped the run)."));
    parser.addHelpOption();
    const QCommandLineOption storeOption(QStringList{QStringLiteral("store"), QStringLiteral("url")},
                                         QStringLiteral("Store URL (default: the script's options.store, else mem://)."),
                                         QStringLiteral("URL"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("One JSON line per interval on stdout, then the summary as a JSON line."));
    const QCommandLineOption keepOption(QStringLiteral("keep"), QStringLiteral("Leave the run's keys (scenario:<run-id>:*) in the store."));
    const QCommandLineOption summaryOption(QStringLiteral("summary"), QStringLiteral("Write the summary JSON to FILE."),
                                           QStringLiteral("FILE"));
    parser.addOptions({storeOption, jsonOption, keepOption, summaryOption});
    parser.addPositionalArgument(QStringLiteral("scenario"), QStringLiteral("scenario"));
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("list or run"));

    QStringList arguments;
    for (const QByteArray &raw : rawArguments)
        arguments.append(QString::fromLocal8Bit(raw));
    if (!parser.parse(arguments)) {
        writeLine("cashews-cli: " + parser.errorText().toUtf8(), stderr);
        return ScenarioBadInput;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(ScenarioPassed);
    const QStringList positional = parser.positionalArguments().mid(1); // after "scenario"
    try {
        if (positional.value(0) == u"list" && positional.size() == 1) {
            for (const QString &name : ScenarioLibrary::names()) {
                const QString title = ScenarioLibrary::description(name).section(QLatin1Char('\n'), 0, 0);
                writeLine(QStringLiteral("%1  %2").arg(name.leftJustified(24), title).toUtf8(), stdout);
            }
            return ScenarioPassed;
        }
        if (positional.value(0) != u"run" || positional.size() != 2)
            throw ValueError(QStringLiteral("usage: cashews-cli scenario list | scenario run FILE|builtin:NAME [--store URL] [--json]"));
    } catch (const CacheError &e) {
        writeLine(QByteArray("cashews-cli: ") + e.what(), stderr);
        return ScenarioBadInput;
    }
    ScenarioInvocation inv;
    inv.script = positional.at(1);
    inv.store = parser.value(storeOption);
    inv.json = parser.isSet(jsonOption);
    inv.keep = parser.isSet(keepOption);
    inv.summaryFile = parser.value(summaryOption);
    QTimer::singleShot(0, &app, [inv] { runAndExit(inv); });
    return app.exec();
}

} // namespace cashews::cli
