#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace cashews::scenarios {

// What a finished run reports: the thresholds with pass/fail, why it stopped early (if it
// did), the summary JSON (modelled on k6's machine-readable summary) and a text table.
struct RunResult
{
    struct ThresholdResult
    {
        QString metric;
        QString expression;
        double observed = 0;
        bool passed = false;
    };

    QList<ThresholdResult> thresholds;
    // A threshold with abortOnFail failed, or stop() was called; abortReason says which.
    bool aborted = false;
    QString abortReason;
    // Keys under the run's prefix still in the store after the cleanup (0 unless --keep).
    qint64 keysLeft = 0;
    // The first exception a flow threw, if any (the run counts them in script_errors).
    QString firstScriptError;
    QJsonObject summary;

    // Every threshold passed (and the run was not aborted by one).
    bool passed() const;
    // The end-of-run table: one line per metric, then the thresholds.
    QString table() const;
};

} // namespace cashews::scenarios
