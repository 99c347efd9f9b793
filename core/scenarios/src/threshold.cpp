#include <cashews/scenarios/threshold.h>

#include <cashews/scenarios/optionreader.h>
#include <cashews/scenarios/scenarioerrors.h>

#include <QRegularExpression>

namespace cashews::scenarios {

Threshold Threshold::parse(const QString &metricKey, const QVariant &entry, const MetricRegistry &metrics)
{
    Threshold t;
    t.m_metricKey = metricKey;
    const QString where = QStringLiteral("options.thresholds['%1']").arg(metricKey);
    static const QRegularExpression keyRe(QStringLiteral("^\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*(?:\\{([^}]*)\\})?\\s*$"));
    const auto km = keyRe.match(metricKey);
    if (!km.hasMatch())
        throw ScenarioError(QStringLiteral("%1: '%2' is not metric or metric{tag:value}").arg(where, metricKey));
    t.m_metric = km.captured(1);
    if (!metrics.contains(t.m_metric))
        throw ScenarioError(QStringLiteral("%1: no metric '%2' (known: %3)").arg(where, t.m_metric, metrics.names().join(QStringLiteral(", "))));
    t.m_type = metrics.type(t.m_metric);
    for (const QString &pair : km.captured(2).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype colon = pair.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            throw ScenarioError(QStringLiteral("%1: the tag filter '%2' is not tag:value").arg(where, pair.trimmed()));
        t.m_filter.insert(pair.left(colon).trimmed(), pair.mid(colon + 1).trimmed());
    }
    if (entry.typeId() == QMetaType::QVariantMap) {
        OptionReader r(entry, where);
        t.m_expression = r.string(QStringLiteral("threshold"));
        t.m_abortOnFail = r.boolean(QStringLiteral("abortOnFail"), false);
        t.m_delayMs = r.duration(QStringLiteral("delayAbortEval"), 0);
        r.finish();
    } else if (entry.typeId() == QMetaType::QString) {
        t.m_expression = entry.toString();
    } else {
        throw ScenarioError(QStringLiteral("%1: a threshold is a string or {threshold, abortOnFail, delayAbortEval}").arg(where));
    }
    static const QRegularExpression exprRe(
        QStringLiteral("^\\s*([a-z]+(?:\\(\\d+(?:\\.\\d+)?\\))?)\\s*(===|==|!=|>=|<=|>|<)\\s*(-?\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?)\\s*$"));
    const auto em = exprRe.match(t.m_expression);
    if (!em.hasMatch())
        throw ScenarioError(QStringLiteral("%1: '%2' is not 'aggregation operator number' (e.g. 'p(95)<200', 'count<=1')")
                                .arg(where, t.m_expression));
    t.m_aggregation = em.captured(1);
    t.m_op = em.captured(2);
    t.m_value = em.captured(3).toDouble();
    if (!MetricRegistry::aggregation(t.m_type, MetricRegistry::Series{}, t.m_aggregation, 1))
        throw ScenarioError(QStringLiteral("%1: a %2 has no aggregation '%3' (it has %4)")
                                .arg(where, MetricRegistry::typeName(t.m_type), t.m_aggregation,
                                     MetricRegistry::summaryAggregations(t.m_type).join(QStringLiteral(", "))));
    return t;
}

double Threshold::observe(const MetricRegistry &metrics, double seconds) const
{
    return MetricRegistry::aggregation(m_type, metrics.aggregate(m_metric, m_filter), m_aggregation, seconds).value_or(0);
}

bool Threshold::passes(double v) const
{
    if (m_op == u"<")
        return v < m_value;
    if (m_op == u"<=")
        return v <= m_value;
    if (m_op == u">")
        return v > m_value;
    if (m_op == u">=")
        return v >= m_value;
    if (m_op == u"!=")
        return v != m_value;
    return v == m_value; // == and ===
}

} // namespace cashews::scenarios
