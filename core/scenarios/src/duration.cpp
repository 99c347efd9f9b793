#include <cashews/scenarios/duration.h>

#include <cashews/scenarios/optionreader.h>
#include <cashews/scenarios/scenarioerrors.h>

#include <QRegularExpression>

namespace cashews::scenarios {

double durationMs(const QVariant &value, const QString &what)
{
    bool numeric = false;
    const double seconds = value.typeId() == QMetaType::QString ? 0 : value.toDouble(&numeric);
    if (numeric) {
        if (seconds < 0 || !std::isfinite(seconds))
            throw ScenarioError(QStringLiteral("%1: a duration must be >= 0, not %2").arg(what).arg(seconds));
        return seconds * 1000.0;
    }
    const QString text = value.toString().trimmed();
    // Go's time.ParseDuration units, as k6 takes them.
    static const QRegularExpression part(QStringLiteral("(\\d+(?:\\.\\d+)?)(ms|s|m|h)"));
    double total = 0;
    qsizetype at = 0;
    auto it = part.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.capturedStart() != at)
            break;
        const double n = m.captured(1).toDouble();
        const QString unit = m.captured(2);
        total += unit == u"ms" ? n : unit == u"s" ? n * 1000 : unit == u"m" ? n * 60000 : n * 3600000;
        at = m.capturedEnd();
    }
    if (text.isEmpty() || at != text.size())
        throw ScenarioError(QStringLiteral("%1: '%2' is not a duration (seconds, or e.g. \"300ms\", \"2s\", \"1m30s\")")
                                .arg(what, value.toString()));
    return total;
}

QList<TimeWindow> timeWindows(const QVariant &value, const QString &what)
{
    QList<TimeWindow> windows;
    const QVariantList list = value.toList();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString path = QStringLiteral("%1[%2]").arg(what).arg(i);
        OptionReader reader(list.at(i), path);
        TimeWindow w;
        w.startMs = durationMs(reader.required(QStringLiteral("at")), path + QStringLiteral(".at"));
        w.endMs = w.startMs + durationMs(reader.required(QStringLiteral("for")), path + QStringLiteral(".for"));
        reader.finish();
        windows.append(w);
    }
    return windows;
}

} // namespace cashews::scenarios
