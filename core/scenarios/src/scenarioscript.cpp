#include <cashews/scenarios/scenarioscript.h>

#include <cashews/scenarios/scenarioerrors.h>
#include <cashews/scenarios/scripthost.h>
#include <cashews/scenarios/syntaxcheck.h>
#include <cashews/scenarios/watchdog.h>

#include <QFile>
#include <QFileInfo>
#include <QJSValueIterator>

namespace cashews::scenarios {

namespace {

// The `cashews` module, built around the host object (k6/metrics-like constructors).
const char ModuleSource[] = R"JS((function (host) {
    function metricType(type) {
        function Metric(name) { host.defineMetric(String(name), type); this.name = String(name); }
        Metric.prototype.add = function (value, tags) {
            host.addMetric(this.name, value === undefined ? 1 : Number(value), tags || {});
        };
        return Metric;
    }
    return {
        Counter: metricType('counter'),
        Gauge: metricType('gauge'),
        Rate: metricType('rate'),
        Trend: metricType('trend'),
        check: function (value, sets, tags) {
            var all = true;
            for (var name in sets) {
                var ok = false;
                try { ok = !!sets[name](value); } catch (e) { ok = false; }
                host.addMetric('checks', ok ? 1 : 0, Object.assign({check: name}, tags || {}));
                all = all && ok;
            }
            return all;
        },
        random: function () { return host.random(); }
    };
}))JS";

const char ContextSource[] = R"JS((function (info, data) {
    return {
        vu: info.vu, iteration: info.iteration, scenario: info.scenario, instance: info.instance,
        key: info.key, data: data,
        call: function (fn, key) {
            return {__op: 'call', fn: String(fn), key: String(key === undefined ? info.key : key)};
        },
        sleep: function (ms) { return {__op: 'sleep', ms: Number(ms)}; },
        deleteTags: function (tags) { return {__op: 'deleteTags', tags: [].concat(tags).map(String)}; }
    };
}))JS";

} // namespace

ScenarioScript::ScenarioScript(const QString &fileName, std::shared_ptr<RunContext> run, int watchdogMs)
    : m_fileName(fileName), m_host(new ScriptHost(std::move(run), &m_engine)),
      m_watchdog(std::make_unique<Watchdog>(&m_engine, watchdogMs))
{
    const QString source = readSource(fileName);
    const auto findings = SyntaxCheck::scan(source);
    if (!findings.isEmpty())
        throw ScenarioError(findings.first().message, fileName, findings.first().line, findings.first().column);

    m_engine.installExtensions(QJSEngine::ConsoleExtension);
    // The host has a parent, so the GC does not delete it (a parentless newQObject would be).
    const QJSValue factory = m_engine.evaluate(QString::fromUtf8(ModuleSource), QStringLiteral("cashews-module.js"));
    const QJSValue module = factory.call({m_engine.newQObject(m_host)});
    check(module, false);
    m_engine.registerModule(QStringLiteral("cashews"), module);
    m_contextFactory = m_engine.evaluate(QString::fromUtf8(ContextSource), QStringLiteral("cashews-context.js"));
    check(m_contextFactory, false);

    const QString path = fileName.startsWith(u':') ? fileName : QFileInfo(fileName).absoluteFilePath();
    m_watchdog->begin();
    m_namespace = m_engine.importModule(path);
    const bool interrupted = m_watchdog->end();
    check(m_namespace, interrupted);
}

ScenarioScript::~ScenarioScript() = default;

QString ScenarioScript::readSource(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        throw ScenarioError(QStringLiteral("cannot read the script: %1").arg(file.errorString()), fileName);
    return QString::fromUtf8(file.readAll());
}

void ScenarioScript::check(const QJSValue &result, bool interrupted)
{
    if (interrupted)
        throw ScenarioError(QStringLiteral("the script ran for more than %1 ms without returning (an endless loop?) and was "
                                           "interrupted")
                                .arg(m_watchdog->limitMs()),
                            m_fileName);
    // A thrown value may be any value; the engine holds it until caught.
    const QJSValue error = m_engine.hasError() ? m_engine.catchError() : result;
    if (!error.isError()) {
        if (error.strictlyEquals(result))
            return;
        throw ScriptRuntimeError(QStringLiteral("the script threw %1").arg(error.toString()), m_fileName);
    }
    // Errors made by the runner (a failed call thrown into a flow) carry no file.
    const QJSValue fileValue = error.property(QStringLiteral("fileName"));
    QString file = fileValue.isString() ? fileValue.toString() : QString();
    if (file.isEmpty() || file.startsWith(u"file:") || file.startsWith(u"qrc:"))
        file = m_fileName;
    const int line = error.property(QStringLiteral("lineNumber")).toInt();
    const QString message = error.property(QStringLiteral("name")).toString() + QStringLiteral(": ")
                            + error.property(QStringLiteral("message")).toString();
    throw ScriptRuntimeError(message, file, line);
}

QVariant ScenarioScript::options() const
{
    return m_namespace.property(QStringLiteral("options")).toVariant();
}

QStringList ScenarioScript::exports() const
{
    QStringList out;
    QJSValueIterator it(m_namespace);
    while (it.hasNext()) {
        it.next();
        out.append(it.name());
    }
    return out;
}

QJSValue ScenarioScript::exported(const QString &name) const
{
    return m_namespace.property(name);
}

QJSValue ScenarioScript::call(const QJSValue &function, const QJSValueList &args)
{
    m_watchdog->begin();
    QJSValue result = function.call(args);
    const bool interrupted = m_watchdog->end();
    check(result, interrupted);
    return result;
}

QJSValue ScenarioScript::callMethod(const QJSValue &object, const QString &method, const QJSValueList &args)
{
    m_watchdog->begin();
    QJSValue result = object.property(method).callWithInstance(object, args);
    const bool interrupted = m_watchdog->end();
    check(result, interrupted);
    return result;
}

QJSValue ScenarioScript::makeContext(const QVariantMap &info, const QJSValue &data)
{
    return m_contextFactory.call({m_engine.toScriptValue(info), data});
}

QJSValue ScenarioScript::makeError(const QString &name, const QString &message)
{
    QJSValue error = m_engine.newErrorObject(QJSValue::GenericError, message);
    error.setProperty(QStringLiteral("name"), name);
    return error;
}

} // namespace cashews::scenarios
