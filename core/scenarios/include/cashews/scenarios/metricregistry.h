#pragma once

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace cashews::scenarios {

// The metrics of one run, in k6's four types. Each sample carries tags (scenario, instance,
// fn, type, ...); a series is kept per tag set, so thresholds can read submetrics such as
// "latency{fn:get}". Trends keep every sample (runs are short) for exact percentiles.
class MetricRegistry
{
public:
    enum class Type { Counter, Gauge, Rate, Trend };
    using Tags = QMap<QString, QString>;

    // Running aggregates of one series (or of several merged).
    struct Series
    {
        double count = 0;   // samples
        double sum = 0;     // Counter: the total; Trend: for the average
        double min = 0;
        double max = 0;
        double last = 0;    // Gauge: the value
        double nonZero = 0; // Rate: the true samples
        QList<double> values; // Trend only
        void add(double value, bool keepValues);
        void merge(const Series &other);
    };

    // Declares `name` of `type`; declaring it again with the same type is fine, with another
    // type throws ScenarioError.
    void define(const QString &name, Type type);
    // Records a sample of a declared metric (Counter: adds; Gauge: sets; Rate: non-zero = true;
    // Trend: one more value). Throws ScenarioError for an undeclared name.
    void add(const QString &name, double value, const Tags &tags = {});
    bool contains(const QString &name) const { return m_metrics.contains(name); }
    Type type(const QString &name) const;
    // Declared names, sorted.
    QStringList names() const;
    // Every series of `name` whose tags include all of `filter`, merged.
    Series aggregate(const QString &name, const Tags &filter = {}) const;
    // The distinct values tag `tag` takes in the series of `name`, sorted.
    QStringList tagValues(const QString &name, const QString &tag) const;
    // Samples since the previous call, per metric (tags merged); starts a new interval.
    QHash<QString, Series> takeInterval();

    // An aggregation of `series` in k6's threshold terms: "count" and "rate" (per second over
    // `seconds`) for counters, "value"/"min"/"max" for gauges, "rate" for rates, and
    // "avg"/"min"/"max"/"med"/"p(N)"/"count" for trends. Empty when it does not apply.
    static std::optional<double> aggregation(Type type, const Series &series, const QString &name, double seconds);
    // The aggregations the summary shows for a type.
    static QStringList summaryAggregations(Type type);
    static QString typeName(Type type);

private:
    struct Metric
    {
        Type type;
        QHash<QString, QPair<Tags, Series>> series; // by a canonical text of the tags
        Series interval;
    };
    QHash<QString, Metric> m_metrics;
};

} // namespace cashews::scenarios
