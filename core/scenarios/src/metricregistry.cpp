#include <cashews/scenarios/metricregistry.h>

#include <cashews/scenarios/scenarioerrors.h>

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace cashews::scenarios {

namespace {

QString tagsText(const MetricRegistry::Tags &tags)
{
    QString out;
    for (auto it = tags.cbegin(); it != tags.cend(); ++it)
        out += it.key() + QLatin1Char('=') + it.value() + QLatin1Char('\x1f');
    return out;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    // Linear interpolation between closest ranks, as k6's trend percentiles.
    const double rank = p / 100.0 * static_cast<double>(values.size() - 1);
    const auto lo = static_cast<qsizetype>(std::floor(rank));
    const auto hi = static_cast<qsizetype>(std::ceil(rank));
    return values.at(lo) + (values.at(hi) - values.at(lo)) * (rank - static_cast<double>(lo));
}

} // namespace

void MetricRegistry::Series::add(double value, bool keepValues)
{
    min = count == 0 ? value : std::min(min, value);
    max = count == 0 ? value : std::max(max, value);
    count += 1;
    sum += value;
    last = value;
    if (value != 0)
        nonZero += 1;
    if (keepValues)
        values.append(value);
}

void MetricRegistry::Series::merge(const Series &other)
{
    if (other.count == 0)
        return;
    min = count == 0 ? other.min : std::min(min, other.min);
    max = count == 0 ? other.max : std::max(max, other.max);
    count += other.count;
    sum += other.sum;
    last = other.last;
    nonZero += other.nonZero;
    values += other.values;
}

void MetricRegistry::define(const QString &name, Type type)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    if (!valid.match(name).hasMatch())
        throw ScenarioError(QStringLiteral("metric name '%1' must be letters, digits and _").arg(name));
    auto it = m_metrics.find(name);
    if (it == m_metrics.end()) {
        m_metrics.insert(name, Metric{type, {}, {}});
        return;
    }
    if (it->type != type)
        throw ScenarioError(QStringLiteral("metric '%1' is already a %2, not a %3").arg(name, typeName(it->type), typeName(type)));
}

void MetricRegistry::add(const QString &name, double value, const Tags &tags)
{
    auto it = m_metrics.find(name);
    if (it == m_metrics.end())
        throw ScenarioError(QStringLiteral("metric '%1' was never declared").arg(name));
    const bool keep = it->type == Type::Trend;
    auto &entry = it->series[tagsText(tags)];
    entry.first = tags;
    entry.second.add(value, keep);
    it->interval.add(value, keep);
}

MetricRegistry::Type MetricRegistry::type(const QString &name) const
{
    return m_metrics.value(name).type;
}

QStringList MetricRegistry::names() const
{
    QStringList out = m_metrics.keys();
    out.sort();
    return out;
}

MetricRegistry::Series MetricRegistry::aggregate(const QString &name, const Tags &filter) const
{
    Series out;
    const auto it = m_metrics.constFind(name);
    if (it == m_metrics.cend())
        return out;
    for (const auto &entry : it->series) {
        bool match = true;
        for (auto f = filter.cbegin(); f != filter.cend() && match; ++f)
            match = entry.first.value(f.key()) == f.value();
        if (match)
            out.merge(entry.second);
    }
    return out;
}

QStringList MetricRegistry::tagValues(const QString &name, const QString &tag) const
{
    QStringList out;
    for (const auto &entry : m_metrics.value(name).series) {
        const QString v = entry.first.value(tag);
        if (!v.isEmpty() && !out.contains(v))
            out.append(v);
    }
    out.sort();
    return out;
}

QHash<QString, MetricRegistry::Series> MetricRegistry::takeInterval()
{
    QHash<QString, Series> out;
    for (auto it = m_metrics.begin(); it != m_metrics.end(); ++it) {
        out.insert(it.key(), it->interval);
        it->interval = {};
    }
    return out;
}

std::optional<double> MetricRegistry::aggregation(Type type, const Series &s, const QString &name, double seconds)
{
    switch (type) {
    case Type::Counter:
        if (name == u"count")
            return s.sum;
        if (name == u"rate")
            return seconds > 0 ? s.sum / seconds : 0;
        return {};
    case Type::Gauge:
        if (name == u"value")
            return s.last;
        if (name == u"min")
            return s.min;
        if (name == u"max")
            return s.max;
        return {};
    case Type::Rate:
        if (name == u"rate")
            return s.count > 0 ? s.nonZero / s.count : 0;
        if (name == u"count")
            return s.count;
        return {};
    case Type::Trend:
        if (name == u"avg")
            return s.count > 0 ? s.sum / s.count : 0;
        if (name == u"min")
            return s.min;
        if (name == u"max")
            return s.max;
        if (name == u"count")
            return s.count;
        if (name == u"med")
            return percentile(s.values, 50);
        static const QRegularExpression p(QStringLiteral("^p\\((\\d+(?:\\.\\d+)?)\\)$"));
        if (const auto m = p.match(name); m.hasMatch() && m.captured(1).toDouble() <= 100)
            return percentile(s.values, m.captured(1).toDouble());
        return {};
    }
    return {};
}

QStringList MetricRegistry::summaryAggregations(Type type)
{
    switch (type) {
    case Type::Counter:
        return {QStringLiteral("count"), QStringLiteral("rate")};
    case Type::Gauge:
        return {QStringLiteral("value"), QStringLiteral("min"), QStringLiteral("max")};
    case Type::Rate:
        return {QStringLiteral("rate"), QStringLiteral("count")};
    case Type::Trend:
        return {QStringLiteral("avg"), QStringLiteral("min"), QStringLiteral("med"), QStringLiteral("max"),
                QStringLiteral("p(90)"), QStringLiteral("p(95)"), QStringLiteral("p(99)")};
    }
    return {};
}

QString MetricRegistry::typeName(Type type)
{
    switch (type) {
    case Type::Counter:
        return QStringLiteral("counter");
    case Type::Gauge:
        return QStringLiteral("gauge");
    case Type::Rate:
        return QStringLiteral("rate");
    case Type::Trend:
        return QStringLiteral("trend");
    }
    return {};
}

} // namespace cashews::scenarios
