#include <cashews/scenarios/optionreader.h>

#include <cashews/scenarios/duration.h>
#include <cashews/scenarios/scenarioerrors.h>

#include <cmath>

namespace cashews::scenarios {

OptionReader::OptionReader(const QVariant &value, QString path) : m_path(std::move(path))
{
    if (value.typeId() != QMetaType::QVariantMap)
        throw ScenarioError(QStringLiteral("%1 must be an object").arg(m_path));
    m_map = value.toMap();
}

bool OptionReader::has(const QString &name)
{
    if (!m_known.contains(name))
        m_known.append(name);
    return m_map.contains(name) && !m_map.value(name).isNull();
}

QVariant OptionReader::take(const QString &name, const QVariant &fallback)
{
    return has(name) ? m_map.value(name) : fallback;
}

QVariant OptionReader::required(const QString &name)
{
    if (!has(name))
        throw ScenarioError(QStringLiteral("%1 is required").arg(pathOf(name)));
    return m_map.value(name);
}

double OptionReader::number(const QString &name, double fallback, double min, double max)
{
    if (!has(name))
        return fallback;
    bool ok = false;
    const QVariant raw = m_map.value(name);
    const double v = raw.typeId() == QMetaType::QString ? 0 : raw.toDouble(&ok);
    if (!ok || !std::isfinite(v) || v < min || v > max)
        throw ScenarioError(QStringLiteral("%1 must be a number in [%2, %3], not '%4'")
                                .arg(pathOf(name)).arg(min).arg(max).arg(raw.toString()));
    return v;
}

int OptionReader::integer(const QString &name, int fallback, int min, int max)
{
    const double v = number(name, fallback, min, max);
    if (v != std::floor(v))
        throw ScenarioError(QStringLiteral("%1 must be a whole number, not %2").arg(pathOf(name)).arg(v));
    return static_cast<int>(v);
}

bool OptionReader::boolean(const QString &name, bool fallback)
{
    if (!has(name))
        return fallback;
    const QVariant raw = m_map.value(name);
    if (raw.typeId() != QMetaType::Bool)
        throw ScenarioError(QStringLiteral("%1 must be true or false, not '%2'").arg(pathOf(name), raw.toString()));
    return raw.toBool();
}

QString OptionReader::string(const QString &name, const QString &fallback)
{
    if (!has(name))
        return fallback;
    const QVariant raw = m_map.value(name);
    if (raw.typeId() != QMetaType::QString)
        throw ScenarioError(QStringLiteral("%1 must be a string").arg(pathOf(name)));
    return raw.toString();
}

QStringList OptionReader::strings(const QString &name)
{
    if (!has(name))
        return {};
    const QVariant raw = m_map.value(name);
    if (raw.typeId() == QMetaType::QString)
        return {raw.toString()};
    QStringList out;
    for (const QVariant &item : raw.toList()) {
        if (item.typeId() != QMetaType::QString)
            throw ScenarioError(QStringLiteral("%1 must be a string or a list of strings").arg(pathOf(name)));
        out.append(item.toString());
    }
    return out;
}

double OptionReader::duration(const QString &name, double fallbackMs)
{
    return has(name) ? durationMs(m_map.value(name), pathOf(name)) : fallbackMs;
}

QString OptionReader::pathOf(const QString &name) const
{
    return m_path + QLatin1Char('.') + name;
}

void OptionReader::finish() const
{
    for (auto it = m_map.cbegin(); it != m_map.cend(); ++it) {
        if (!m_known.contains(it.key()))
            throw ScenarioError(QStringLiteral("%1: unknown option '%2' (known: %3)")
                                    .arg(m_path, it.key(), m_known.join(QStringLiteral(", "))));
    }
}

} // namespace cashews::scenarios
