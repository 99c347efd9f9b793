#include <cashews/scenarios/runresult.h>

#include <QJsonArray>

namespace cashews::scenarios {

bool RunResult::passed() const
{
    for (const ThresholdResult &t : thresholds) {
        if (!t.passed)
            return false;
    }
    return true;
}

QString RunResult::table() const
{
    QString out;
    const QJsonArray metrics = summary.value(QStringLiteral("results")).toObject().value(QStringLiteral("metrics")).toArray();
    for (const auto &m : metrics) {
        const QJsonObject metric = m.toObject();
        QStringList values;
        const QJsonObject v = metric.value(QStringLiteral("values")).toObject();
        for (auto it = v.begin(); it != v.end(); ++it)
            values.append(QStringLiteral("%1=%2").arg(it.key(), QString::number(it.value().toDouble(), 'g', 6)));
        out += QStringLiteral("  %1 %2 %3\n")
                   .arg(metric.value(QStringLiteral("name")).toString().leftJustified(34, u'.'),
                        metric.value(QStringLiteral("type")).toString().leftJustified(8), values.join(u' '));
    }
    if (!thresholds.isEmpty())
        out += QStringLiteral("thresholds:\n");
    for (const ThresholdResult &t : thresholds)
        out += QStringLiteral("  %1 %2 %3 (observed %4)\n")
                   .arg(t.passed ? QStringLiteral("ok  ") : QStringLiteral("FAIL"), t.metric, t.expression,
                        QString::number(t.observed, 'g', 6));
    if (aborted)
        out += QStringLiteral("aborted: %1\n").arg(abortReason);
    if (!firstScriptError.isEmpty())
        out += QStringLiteral("first script error: %1\n").arg(firstScriptError);
    return out;
}

} // namespace cashews::scenarios
