#include <cashews/scenarios/simulatedorigin.h>

#include <cashews/scenarios/optionreader.h>
#include <cashews/scenarios/scenarioerrors.h>

namespace cashews::scenarios {

SimulatedOrigin::SimulatedOrigin(const QVariant &spec, const QString &path, QString function)
    : m_function(std::move(function))
{
    OptionReader r(spec.isValid() ? spec : QVariant(QVariantMap{}), path);
    m_latency = Distribution::parse(r.take(QStringLiteral("latency"), 0), r.pathOf(QStringLiteral("latency")));
    m_errorRate = r.number(QStringLiteral("errorRate"), 0, 0, 1);
    const QVariantList errors = r.take(QStringLiteral("errors")).toList();
    for (qsizetype i = 0; i < errors.size(); ++i) {
        const QString where = QStringLiteral("%1[%2]").arg(r.pathOf(QStringLiteral("errors"))).arg(i);
        OptionReader w(errors.at(i), where);
        ErrorWindow e;
        e.window.startMs = durationMs(w.required(QStringLiteral("at")), w.pathOf(QStringLiteral("at")));
        e.window.endMs = e.window.startMs + durationMs(w.required(QStringLiteral("for")), w.pathOf(QStringLiteral("for")));
        e.rate = w.number(QStringLiteral("rate"), 1, 0, 1);
        w.finish();
        m_errorWindows.append(e);
    }
    m_down = timeWindows(r.take(QStringLiteral("down")), r.pathOf(QStringLiteral("down")));
    if (r.has(QStringLiteral("timeout"))) {
        OptionReader t(r.take(QStringLiteral("timeout")), r.pathOf(QStringLiteral("timeout")));
        m_timeoutRate = t.number(QStringLiteral("rate"), 1, 0, 1);
        m_timeoutMs = t.duration(QStringLiteral("after"), m_timeoutMs);
        t.finish();
    }
    const QString value = r.string(QStringLiteral("value"), QStringLiteral("counter"));
    if (value != u"counter" && value != u"key")
        throw ScenarioError(QStringLiteral("%1 must be \"counter\" or \"key\", not '%2'").arg(r.pathOf(QStringLiteral("value")), value));
    m_valueIsKey = value == u"key";
    r.finish();
}

QString SimulatedOrigin::failure(double ms, QRandomGenerator &rng) const
{
    for (const TimeWindow &w : m_down) {
        if (w.contains(ms))
            return QStringLiteral("down");
    }
    double rate = m_errorRate;
    for (const ErrorWindow &e : m_errorWindows) {
        if (e.window.contains(ms))
            rate = std::max(rate, e.rate);
    }
    return rate > 0 && rng.generateDouble() < rate ? QStringLiteral("error") : QString();
}

QCoro::Task<QVariant> SimulatedOrigin::call(std::shared_ptr<SimulatedOrigin> self, std::shared_ptr<RunContext> run, QString key)
{
    const MetricRegistry::Tags tags{{QStringLiteral("fn"), self->m_function}};
    ++self->m_calls;
    const qint64 n = ++self->m_callsPerKey[key];
    run->metrics.add(QStringLiteral("origin_calls"), 1, tags);
    const int inFlight = ++self->m_inFlight[key];
    if (inFlight > self->m_maxInFlight) {
        self->m_maxInFlight = inFlight;
        run->metrics.add(QStringLiteral("origin_inflight_per_key"), inFlight, tags);
    }
    const QString failure = self->failure(run->elapsedMs(), run->rng);
    const bool timesOut = failure.isEmpty() && self->m_timeoutRate > 0 && run->rng.generateDouble() < self->m_timeoutRate;
    const double waitMs = timesOut ? self->m_timeoutMs : self->m_latency.sampleMs(run->rng);
    co_await preciseSleep(waitMs);
    --self->m_inFlight[key];
    if (timesOut || !failure.isEmpty()) {
        const QString type = timesOut ? QStringLiteral("timeout") : failure;
        run->metrics.add(QStringLiteral("origin_errors"), 1, {{QStringLiteral("fn"), self->m_function}, {QStringLiteral("type"), type}});
        if (timesOut)
            throw OriginTimeoutError(QStringLiteral("%1: the origin did not answer within %2 ms").arg(self->m_function).arg(self->m_timeoutMs));
        throw OriginError(QStringLiteral("%1: origin %2 for '%3'").arg(self->m_function, type == u"down" ? QStringLiteral("is down") : type, key));
    }
    co_return self->m_valueIsKey ? QVariant(key) : QVariant(QStringLiteral("%1#%2").arg(key).arg(n));
}

} // namespace cashews::scenarios
