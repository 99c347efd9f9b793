#pragma once

#include <cashews/scenarios/runcontext.h>

#include <QObject>
#include <QVariantMap>

#include <memory>

namespace cashews::scenarios {

// The C++ side of the script's `cashews` module: custom metrics and the run's seeded random
// numbers. Errors become JavaScript exceptions (a C++ exception must not cross the engine).
class ScriptHost : public QObject
{
    Q_OBJECT

public:
    explicit ScriptHost(std::shared_ptr<RunContext> run, QObject *parent = nullptr);

    // Declares a custom metric: type is counter, gauge, rate or trend.
    Q_INVOKABLE void defineMetric(const QString &name, const QString &type);
    // Adds a sample to a metric with tags.
    Q_INVOKABLE void addMetric(const QString &name, double value, const QVariantMap &tags);
    // A number in [0, 1) from the run's seeded generator (Math.random cannot be seeded).
    Q_INVOKABLE double random();

private:
    std::shared_ptr<RunContext> m_run;
};

} // namespace cashews::scenarios
