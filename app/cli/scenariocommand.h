#pragma once

#include <QByteArray>
#include <QList>

class QCoreApplication;

namespace cashews::cli {

// Exit codes of `cashews-cli scenario` (k6's 99 for failed thresholds).
enum ScenarioExitCode {
    ScenarioPassed = 0,
    ScenarioBadInput = 2,         // command line, script (syntax, options, setup/teardown, runaway)
    ScenarioStoreUnavailable = 3, // the store cannot be reached
    ScenarioThresholdsFailed = 99,
};

// Whether the command line is `cashews-cli scenario ...`.
bool isScenarioCommand(const QList<QByteArray> &rawArguments);

// Runs `scenario list` or `scenario run FILE|builtin:NAME [--store URL] [--json] [--keep]
// [--summary FILE]` on the event loop of `app`; returns the exit code above.
int runScenarioCommand(QCoreApplication &app, const QList<QByteArray> &rawArguments);

} // namespace cashews::cli
