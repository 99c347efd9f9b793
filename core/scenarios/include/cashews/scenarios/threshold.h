#pragma once

#include <cashews/scenarios/metricregistry.h>

#include <QString>
#include <QVariant>

namespace cashews::scenarios {

// One k6 threshold: `metric{tag:value,...}` with an expression "aggregation op value"
// ("p(95)<200", "count<=1", "rate>0.9"; ops > >= <= < == === !=), optionally abortOnFail
// (checked every second of the run, after delayAbortEval). Evaluated over the run so far.
class Threshold
{
public:
    // Parses one entry of options.thresholds[metricKey]: a string or
    // {threshold, abortOnFail, delayAbortEval}. Throws ScenarioError naming what is wrong
    // (unknown metric, an aggregation the metric's type lacks, a bad operator).
    static Threshold parse(const QString &metricKey, const QVariant &entry, const MetricRegistry &metrics);

    // The observed value, evaluated against the registry after `seconds` of run.
    double observe(const MetricRegistry &metrics, double seconds) const;
    // Whether `observed` passes.
    bool passes(double observed) const;

    QString metricKey() const { return m_metricKey; }
    QString expression() const { return m_expression; }
    bool abortOnFail() const { return m_abortOnFail; }
    double delayAbortEvalMs() const { return m_delayMs; }

private:
    QString m_metricKey;
    QString m_metric;
    MetricRegistry::Tags m_filter;
    QString m_expression;
    QString m_aggregation;
    QString m_op;
    double m_value = 0;
    MetricRegistry::Type m_type = MetricRegistry::Type::Counter;
    bool m_abortOnFail = false;
    double m_delayMs = 0;
};

} // namespace cashews::scenarios
