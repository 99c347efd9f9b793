#include <cashews/scenarios/distribution.h>

#include <cashews/scenarios/optionreader.h>
#include <cashews/scenarios/scenarioerrors.h>

#include <cmath>
#include <limits>

namespace cashews::scenarios {

namespace {

constexpr double Max = std::numeric_limits<double>::max();

// A standard normal sample (Box-Muller).
double standardNormal(QRandomGenerator &rng)
{
    const double u1 = 1.0 - rng.generateDouble(); // (0, 1]: log() stays finite
    const double u2 = rng.generateDouble();
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * M_PI * u2);
}

} // namespace

Distribution Distribution::parse(const QVariant &value, const QString &what)
{
    Distribution d;
    if (value.typeId() != QMetaType::QVariantMap) {
        bool ok = false;
        d.m_a = value.typeId() == QMetaType::QString ? 0 : value.toDouble(&ok);
        if (!ok || d.m_a < 0)
            throw ScenarioError(QStringLiteral("%1 must be milliseconds >= 0 or an object {dist, ...}").arg(what));
        return d;
    }
    OptionReader r(value, what);
    const QString dist = r.string(QStringLiteral("dist"), QStringLiteral("fixed"));
    if (dist == u"fixed") {
        d.m_a = r.number(QStringLiteral("value"), 0, 0, Max);
    } else if (dist == u"uniform") {
        d.m_kind = Kind::Uniform;
        d.m_a = r.number(QStringLiteral("min"), 0, 0, Max);
        d.m_b = r.number(QStringLiteral("max"), d.m_a, d.m_a, Max);
    } else if (dist == u"normal") {
        d.m_kind = Kind::Normal;
        d.m_a = r.number(QStringLiteral("mean"), 0, 0, Max);
        d.m_b = r.number(QStringLiteral("stddev"), 0, 0, Max);
    } else if (dist == u"lognormal") {
        d.m_kind = Kind::LogNormal;
        d.m_a = r.number(QStringLiteral("median"), 1, 1e-9, Max);
        d.m_b = r.number(QStringLiteral("sigma"), 0.5, 0, 10);
    } else if (dist == u"pareto") {
        d.m_kind = Kind::Pareto;
        d.m_a = r.number(QStringLiteral("scale"), 1, 1e-9, Max);
        d.m_b = r.number(QStringLiteral("shape"), 2, 1e-3, 1000);
    } else {
        throw ScenarioError(QStringLiteral("%1: unknown distribution '%2' (fixed, uniform, normal, lognormal, pareto)")
                                .arg(r.pathOf(QStringLiteral("dist")), dist));
    }
    r.finish();
    return d;
}

double Distribution::sampleMs(QRandomGenerator &rng) const
{
    switch (m_kind) {
    case Kind::Fixed:
        return m_a;
    case Kind::Uniform:
        return m_a + rng.generateDouble() * (m_b - m_a);
    case Kind::Normal:
        return std::max(0.0, m_a + m_b * standardNormal(rng));
    case Kind::LogNormal:
        return std::exp(std::log(m_a) + m_b * standardNormal(rng));
    case Kind::Pareto:
        return m_a * std::pow(1.0 - rng.generateDouble(), -1.0 / m_b);
    }
    return m_a;
}

} // namespace cashews::scenarios
