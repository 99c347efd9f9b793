#include <cashews/scenarios/keychooser.h>

#include <cashews/scenarios/optionreader.h>
#include <cashews/scenarios/scenarioerrors.h>

#include <algorithm>
#include <cmath>

namespace cashews::scenarios {

KeyChooser KeyChooser::parse(const QVariant &value, const QString &what)
{
    KeyChooser k;
    if (!value.isValid() || value.isNull())
        return k;
    OptionReader r(value, what);
    const QString dist = r.string(QStringLiteral("dist"), QStringLiteral("hot"));
    if (dist == u"hot") {
        k.m_hotKey = r.string(QStringLiteral("key"), k.m_hotKey);
    } else if (dist == u"uniform" || dist == u"zipf") {
        k.m_n = r.integer(QStringLiteral("n"), 100, 1, 10'000'000);
        if (dist == u"zipf") {
            const double s = r.number(QStringLiteral("s"), 1.0, 0, 10);
            k.m_cdf.reserve(k.m_n);
            double sum = 0;
            for (int i = 0; i < k.m_n; ++i) {
                sum += 1.0 / std::pow(i + 1.0, s);
                k.m_cdf.append(sum);
            }
            for (double &c : k.m_cdf)
                c /= sum;
        }
    } else {
        throw ScenarioError(QStringLiteral("%1: unknown key distribution '%2' (hot, uniform, zipf)")
                                .arg(r.pathOf(QStringLiteral("dist")), dist));
    }
    r.finish();
    return k;
}

QString KeyChooser::next(QRandomGenerator &rng) const
{
    if (m_n == 0)
        return m_hotKey;
    int index = 0;
    if (m_cdf.isEmpty()) {
        index = static_cast<int>(rng.bounded(static_cast<quint32>(m_n)));
    } else {
        const double u = rng.generateDouble();
        index = static_cast<int>(std::lower_bound(m_cdf.cbegin(), m_cdf.cend(), u) - m_cdf.cbegin());
        index = std::min(index, m_n - 1);
    }
    return QStringLiteral("k%1").arg(index);
}

} // namespace cashews::scenarios
