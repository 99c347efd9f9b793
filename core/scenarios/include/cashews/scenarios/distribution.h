#pragma once

#include <QRandomGenerator>
#include <QString>
#include <QVariant>

namespace cashews::scenarios {

// A latency distribution in milliseconds: a number (fixed) or
// {dist: "fixed", value} | {dist: "uniform", min, max} | {dist: "normal", mean, stddev} |
// {dist: "lognormal", median, sigma} | {dist: "pareto", scale, shape}. Samples are never negative.
class Distribution
{
public:
    enum class Kind { Fixed, Uniform, Normal, LogNormal, Pareto };

    Distribution() = default;
    // Throws ScenarioError naming `what` and the bad field.
    static Distribution parse(const QVariant &value, const QString &what);
    // One sample drawn from `rng`.
    double sampleMs(QRandomGenerator &rng) const;

private:
    Kind m_kind = Kind::Fixed;
    double m_a = 0; // value | min | mean | median | scale
    double m_b = 0; //         max | stddev | sigma | shape
};

} // namespace cashews::scenarios
