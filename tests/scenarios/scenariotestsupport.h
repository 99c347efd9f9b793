#pragma once

#include <cashews/scenarios/runresult.h>
#include <cashews/scenarios/scenariorunner.h>

#include <QString>
#include <QTemporaryDir>

// Helpers shared by the scenario tests: script files in a temporary folder and a run of one.
namespace cashews::test {

// Writes `source` to `<dir>/<name>` and returns the path.
QString writeScript(const QTemporaryDir &dir, const QString &name, const QString &source);

// The store the runner tests use: the Redis fixture's URL when CASHEWS_REDIS_URL_FILE names
// it, else mem://.
QString scenarioStoreUrl();

// Runs the scenario at `path` to its end on `url`; returns false (after recording a test
// failure) when it threw. With `stopAfterMs` >= 0 the run is stopped that long after it started.
bool runScenario(const QString &path, const QString &url, scenarios::RunResult &result, int stopAfterMs = -1);

} // namespace cashews::test
