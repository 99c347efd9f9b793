#include <cashews/scenarios/scripthost.h>

#include <cashews/errors.h>

#include <QJSEngine>

namespace cashews::scenarios {

ScriptHost::ScriptHost(std::shared_ptr<RunContext> run, QObject *parent) : QObject(parent), m_run(std::move(run))
{
}

void ScriptHost::defineMetric(const QString &name, const QString &type)
{
    static const QHash<QString, MetricRegistry::Type> types{{QStringLiteral("counter"), MetricRegistry::Type::Counter},
                                                             {QStringLiteral("gauge"), MetricRegistry::Type::Gauge},
                                                             {QStringLiteral("rate"), MetricRegistry::Type::Rate},
                                                             {QStringLiteral("trend"), MetricRegistry::Type::Trend}};
    try {
        m_run->metrics.define(name, types.value(type));
    } catch (const CacheError &e) {
        qjsEngine(this)->throwError(QJSValue::TypeError, e.message());
    }
}

void ScriptHost::addMetric(const QString &name, double value, const QVariantMap &tags)
{
    MetricRegistry::Tags t;
    for (auto it = tags.cbegin(); it != tags.cend(); ++it)
        t.insert(it.key(), it.value().toString());
    try {
        m_run->metrics.add(name, value, t);
    } catch (const CacheError &e) {
        qjsEngine(this)->throwError(QJSValue::TypeError, e.message());
    }
}

double ScriptHost::random()
{
    return m_run->rng.generateDouble();
}

} // namespace cashews::scenarios
