#include <cashews/scenarios/loadschedule.h>

#include <cashews/scenarios/duration.h>
#include <cashews/scenarios/optionreader.h>
#include <cashews/scenarios/scenarioerrors.h>

#include <cmath>

namespace cashews::scenarios {

namespace {

constexpr int MaxVus = 100000;
const double TenMinutesMs = 600000;

QList<LoadSchedule::Stage> readStages(OptionReader &r, const QString &key, double maxTarget)
{
    QList<LoadSchedule::Stage> stages;
    const QVariantList list = r.required(key).toList();
    if (list.isEmpty())
        throw ScenarioError(QStringLiteral("%1 needs at least one {duration, target}").arg(r.pathOf(key)));
    for (qsizetype i = 0; i < list.size(); ++i) {
        OptionReader s(list.at(i), QStringLiteral("%1[%2]").arg(r.pathOf(key)).arg(i));
        stages.append({s.duration(QStringLiteral("duration"), -1), s.number(QStringLiteral("target"), -1, 0, maxTarget)});
        if (stages.last().durationMs < 0 || stages.last().target < 0)
            throw ScenarioError(QStringLiteral("%1 needs both duration and target").arg(s.path()));
        s.finish();
    }
    return stages;
}

} // namespace

LoadSchedule LoadSchedule::parse(const QVariant &config, const QString &path, const QStringList &ownKeys)
{
    LoadSchedule s;
    OptionReader r(config, path);
    for (const QString &key : ownKeys)
        r.has(key);
    const QString name = r.string(QStringLiteral("executor"), QStringLiteral("constant-arrival-rate"));
    s.m_startTimeMs = r.duration(QStringLiteral("startTime"), 0);
    s.m_gracefulStopMs = r.duration(QStringLiteral("gracefulStop"), 30000);
    if (name == u"shared-iterations" || name == u"per-vu-iterations") {
        s.m_executor = name == u"shared-iterations" ? Executor::SharedIterations : Executor::PerVuIterations;
        s.m_vus = r.integer(QStringLiteral("vus"), 1, 1, MaxVus);
        s.m_iterations = r.integer(QStringLiteral("iterations"), 1, 1, 100'000'000);
        s.m_durationMs = r.duration(QStringLiteral("maxDuration"), TenMinutesMs);
        if (s.m_executor == Executor::SharedIterations && s.m_iterations < s.m_vus)
            throw ScenarioError(QStringLiteral("%1: iterations (%2) must be >= vus (%3), as k6 requires")
                                    .arg(path).arg(s.m_iterations).arg(s.m_vus));
    } else if (name == u"constant-vus") {
        s.m_executor = Executor::ConstantVus;
        s.m_vus = r.integer(QStringLiteral("vus"), 1, 1, MaxVus);
        s.m_durationMs = scenarios::durationMs(r.required(QStringLiteral("duration")), r.pathOf(QStringLiteral("duration")));
    } else if (name == u"ramping-vus") {
        s.m_executor = Executor::RampingVus;
        s.m_startValue = r.integer(QStringLiteral("startVUs"), 1, 0, MaxVus);
        s.m_stages = readStages(r, QStringLiteral("stages"), MaxVus);
        r.duration(QStringLiteral("gracefulRampDown"), 30000); // validated only: see the header
        s.m_vus = static_cast<int>(s.m_startValue);
        for (const Stage &st : s.m_stages)
            s.m_vus = std::max(s.m_vus, static_cast<int>(st.target));
    } else if (name == u"constant-arrival-rate" || name == u"ramping-arrival-rate") {
        s.m_timeUnitMs = r.duration(QStringLiteral("timeUnit"), 1000);
        if (s.m_timeUnitMs <= 0)
            throw ScenarioError(QStringLiteral("%1 must be > 0").arg(r.pathOf(QStringLiteral("timeUnit"))));
        if (name == u"constant-arrival-rate") {
            s.m_executor = Executor::ConstantArrivalRate;
            s.m_rate = r.number(QStringLiteral("rate"), -1, 0, 1e7);
            if (s.m_rate < 0)
                throw ScenarioError(QStringLiteral("%1 is required").arg(r.pathOf(QStringLiteral("rate"))));
            s.m_durationMs = scenarios::durationMs(r.required(QStringLiteral("duration")), r.pathOf(QStringLiteral("duration")));
        } else {
            s.m_executor = Executor::RampingArrivalRate;
            s.m_startValue = r.number(QStringLiteral("startRate"), 0, 0, 1e7);
            s.m_stages = readStages(r, QStringLiteral("stages"), 1e7);
        }
        s.m_vus = r.integer(QStringLiteral("preAllocatedVUs"), -1, 0, MaxVus);
        if (s.m_vus < 0)
            throw ScenarioError(QStringLiteral("%1 is required").arg(r.pathOf(QStringLiteral("preAllocatedVUs"))));
        s.m_maxVus = r.integer(QStringLiteral("maxVUs"), s.m_vus, s.m_vus, MaxVus);
        if (s.m_maxVus == 0)
            throw ScenarioError(QStringLiteral("%1: preAllocatedVUs or maxVUs must be > 0").arg(path));
    } else {
        throw ScenarioError(QStringLiteral("%1: unknown executor '%2' (shared-iterations, per-vu-iterations, constant-vus, "
                                           "ramping-vus, constant-arrival-rate, ramping-arrival-rate)")
                                .arg(r.pathOf(QStringLiteral("executor")), name));
    }
    r.finish();
    return s;
}

QString LoadSchedule::executorName() const
{
    switch (m_executor) {
    case Executor::SharedIterations:
        return QStringLiteral("shared-iterations");
    case Executor::PerVuIterations:
        return QStringLiteral("per-vu-iterations");
    case Executor::ConstantVus:
        return QStringLiteral("constant-vus");
    case Executor::RampingVus:
        return QStringLiteral("ramping-vus");
    case Executor::ConstantArrivalRate:
        return QStringLiteral("constant-arrival-rate");
    case Executor::RampingArrivalRate:
        return QStringLiteral("ramping-arrival-rate");
    }
    return {};
}

bool LoadSchedule::isOpen() const
{
    return m_executor == Executor::ConstantArrivalRate || m_executor == Executor::RampingArrivalRate;
}

double LoadSchedule::durationMs() const
{
    if (m_stages.isEmpty())
        return m_durationMs;
    double total = 0;
    for (const Stage &s : m_stages)
        total += s.durationMs;
    return total;
}

int LoadSchedule::vus() const
{
    return m_vus;
}

int LoadSchedule::vusAt(double ms) const
{
    if (m_executor != Executor::RampingVus)
        return ms < durationMs() ? m_vus : 0;
    double from = m_startValue;
    double at = 0;
    for (const Stage &s : m_stages) {
        if (ms < at + s.durationMs) {
            const double f = s.durationMs > 0 ? (ms - at) / s.durationMs : 1;
            return static_cast<int>(std::floor(from + (s.target - from) * f));
        }
        at += s.durationMs;
        from = s.target;
    }
    return 0;
}

qint64 LoadSchedule::arrivalCount() const
{
    if (m_executor == Executor::ConstantArrivalRate)
        return static_cast<qint64>(std::ceil(m_durationMs * m_rate / m_timeUnitMs - 1e-9));
    double total = 0;
    double from = m_startValue;
    for (const Stage &s : m_stages) {
        total += (from + s.target) / 2.0 * s.durationMs / m_timeUnitMs;
        from = s.target;
    }
    return static_cast<qint64>(std::ceil(total - 1e-9));
}

double LoadSchedule::arrivalOffsetMs(qint64 n) const
{
    if (n < 0 || n >= arrivalCount())
        return -1;
    if (m_executor == Executor::ConstantArrivalRate)
        return static_cast<double>(n) * m_timeUnitMs / m_rate;
    // Walk the stages: within one the rate is linear, so the count is quadratic in time.
    double remaining = static_cast<double>(n);
    double at = 0;
    double from = m_startValue;
    for (const Stage &s : m_stages) {
        if (s.durationMs <= 0) { // a jump of the rate: no starts in it
            from = s.target;
            continue;
        }
        const double r0 = from / m_timeUnitMs;
        const double r1 = s.target / m_timeUnitMs;
        const double inStage = (r0 + r1) / 2.0 * s.durationMs;
        if (remaining < inStage) {
            const double a = (r1 - r0) / (2.0 * s.durationMs); // count(t) = r0 t + a t^2
            double t = 0;
            if (std::abs(a) < 1e-15)
                t = r0 > 0 ? remaining / r0 : 0;
            else
                t = (-r0 + std::sqrt(std::max(0.0, r0 * r0 + 4.0 * a * remaining))) / (2.0 * a);
            return at + std::min(t, s.durationMs);
        }
        remaining -= inStage;
        at += s.durationMs;
        from = s.target;
    }
    return at; // the last start, when rounding put it just past the final stage
}

} // namespace cashews::scenarios
