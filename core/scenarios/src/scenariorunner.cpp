#include <cashews/scenarios/scenariorunner.h>

#include "runstate.h"

#include <cashews/scenarios/scenarioerrors.h>
#include <cashews/scenarios/storefaults.h>

#include <cashews/detect.h>
#include <cashews/settings.h>
#include <cashews/strategies.h>

#include <QDateTime>
#include <QJsonArray>
#include <QMutex>
#include <QMutexLocker>

#include <algorithm>

namespace cashews::scenarios {

namespace {

using Tags = MetricRegistry::Tags;

// The store a run's instance caches share: "scenario://?id=<run-id>" hands each of them the
// backend the run set up, so N caches (N simulated processes) see one store.
class SharedBackends
{
public:
    static SharedBackends &instance()
    {
        static SharedBackends s;
        return s;
    }
    void add(const QString &id, BackendPtr backend)
    {
        QMutexLocker lock(&m_mutex);
        m_backends.insert(id, std::move(backend));
    }
    void remove(const QString &id)
    {
        QMutexLocker lock(&m_mutex);
        m_backends.remove(id);
    }
    BackendPtr find(const QString &id)
    {
        QMutexLocker lock(&m_mutex);
        const BackendPtr b = m_backends.value(id);
        if (!b)
            throw SettingsError(QStringLiteral("scenario://: no run '%1'").arg(id));
        return b;
    }

private:
    SharedBackends()
    {
        Cache::registerBackend(QStringLiteral("scenario"), [this](Settings &settings) {
            return find(settings.takeString(QStringLiteral("id")));
        });
    }
    QMutex m_mutex;
    QHash<QString, BackendPtr> m_backends;
};

void defineBuiltins(MetricRegistry &m)
{
    using T = MetricRegistry::Type;
    for (const char *name : {"calls", "origin_calls", "origin_errors", "errors", "hits", "fallbacks", "stale", "rejections",
                             "iterations", "dropped_iterations", "store_ops", "store_faults", "script_errors", "actions"})
        m.define(QString::fromLatin1(name), T::Counter);
    for (const char *name : {"latency", "latency_failed", "iteration_duration"})
        m.define(QString::fromLatin1(name), T::Trend);
    m.define(QStringLiteral("origin_inflight_per_key"), T::Gauge);
    m.define(QStringLiteral("vus"), T::Gauge);
    m.define(QStringLiteral("checks"), T::Rate);
    m.define(QStringLiteral("failed"), T::Rate);
}

// Waits until `atMs` of the run, in short steps so that a stop is seen quickly.
QCoro::Task<> sleepUntil(std::shared_ptr<RunState> s, double atMs)
{
    while (!s->ctx->stopping) {
        const double left = atMs - s->ctx->elapsedMs();
        if (left <= 0)
            break;
        const double step = std::min(left, 100.0);
        co_await preciseSleep(step);
    }
}

struct Outcome
{
    bool ok = false;
    QVariant value;
    QString errorType;
    QString message;
};

// One call of a function under test through instance `instance`'s wrappers; latency counts
// from `startMs` (the scheduled start for an iteration's first call: no coordinated omission).
QCoro::Task<Outcome> callFunction(std::shared_ptr<RunState> s, QString fn, int instance, QString key, double startMs,
                                  QString scenario)
{
    Outcome out;
    const auto it = s->functions.constFind(fn);
    if (it == s->functions.cend()) {
        out.errorType = QStringLiteral("ScriptError");
        out.message = QStringLiteral("no function '%1' in options.functions").arg(fn);
        co_return out;
    }
    const Tags tags{{QStringLiteral("fn"), fn}, {QStringLiteral("scenario"), scenario}};
    s->ctx->metrics.add(QStringLiteral("calls"), 1,
                        {{QStringLiteral("fn"), fn}, {QStringLiteral("scenario"), scenario}, {QStringLiteral("instance"), QString::number(instance)}});
    try {
        const RunState::Function function = it->at(instance);
        auto task = function(QVariant(key));
        out.value = co_await task;
        out.ok = true;
    } catch (const std::exception &e) {
        out.errorType = FunctionSpec::errorType(std::current_exception());
        out.message = QString::fromUtf8(e.what());
    }
    const double latency = s->ctx->elapsedMs() - startMs;
    s->ctx->metrics.add(QStringLiteral("failed"), out.ok ? 0 : 1, tags);
    if (out.ok) {
        s->ctx->metrics.add(QStringLiteral("latency"), latency, tags);
    } else {
        s->ctx->metrics.add(QStringLiteral("latency_failed"), latency, tags);
        s->ctx->metrics.add(QStringLiteral("errors"), 1, {{QStringLiteral("fn"), fn}, {QStringLiteral("type"), out.errorType}});
        if (out.errorType == u"RateLimitError" || out.errorType == u"CircuitBreakerOpen")
            s->ctx->metrics.add(QStringLiteral("rejections"), 1, {{QStringLiteral("fn"), fn}, {QStringLiteral("type"), out.errorType}});
    }
    co_return out;
}

void recordScriptError(const std::shared_ptr<RunState> &s, const ScriptRuntimeError &e, const QString &scenario)
{
    s->ctx->metrics.add(QStringLiteral("script_errors"), 1, {{QStringLiteral("scenario"), scenario}});
    if (s->firstScriptError.isEmpty())
        s->firstScriptError = e.message();
}

// Runs `function` with `args`; a generator's yields are operations run here in C++, and
// each result goes back with next() (a failed call with throw(), so flows can catch it).
QCoro::Task<QJSValue> driveFlow(std::shared_ptr<RunState> s, QJSValue function, QJSValueList args, int instance, double startMs,
                                QString scenario)
{
    QJSValue result = s->script->call(function, args);
    const bool isGenerator = result.isObject() && result.property(QStringLiteral("next")).isCallable()
                             && result.property(QStringLiteral("throw")).isCallable();
    if (!isGenerator)
        co_return result;
    const QJSValue it = result;
    QJSValue input;
    bool throwInput = false;
    double pendingStart = startMs;
    while (true) {
        const QJSValue step = s->script->callMethod(it, throwInput ? QStringLiteral("throw") : QStringLiteral("next"), {input});
        if (step.property(QStringLiteral("done")).toBool())
            co_return step.property(QStringLiteral("value"));
        const QJSValue op = step.property(QStringLiteral("value"));
        const QString kind = op.property(QStringLiteral("__op")).toString();
        throwInput = false;
        input = QJSValue();
        if (kind == u"call") {
            const double from = pendingStart >= 0 ? pendingStart : s->ctx->elapsedMs();
            pendingStart = -1;
            const QString fn = op.property(QStringLiteral("fn")).toString();
            const QString key = op.property(QStringLiteral("key")).toString();
            const Outcome outcome = co_await callFunction(s, fn, instance, key, from, scenario);
            if (outcome.ok) {
                input = s->script->engine().toScriptValue(outcome.value);
            } else {
                input = s->script->makeError(outcome.errorType, outcome.message);
                throwInput = true;
            }
        } else if (kind == u"sleep") {
            const double until = s->ctx->elapsedMs() + op.property(QStringLiteral("ms")).toNumber();
            co_await sleepUntil(s, until);
        } else if (kind == u"deleteTags") {
            const QStringList tags = op.property(QStringLiteral("tags")).toVariant().toStringList();
            QStringList prefixed;
            for (const QString &t : tags)
                prefixed.append(s->ctx->keyPrefix + t);
            const qint64 n = co_await s->instances.at(instance)->deleteTags(prefixed);
            input = QJSValue(static_cast<double>(n));
        } else {
            throw ScriptRuntimeError(QStringLiteral("a flow must yield ctx.call(...), ctx.sleep(ms) or ctx.deleteTags(tags), not %1")
                                         .arg(op.toString()),
                                     s->script->fileName());
        }
    }
}

// One iteration of scenario `index`, scheduled at `scheduledMs`.
QCoro::Task<> iteration(std::shared_ptr<RunState> s, int index, int vu, qint64 number, double scheduledMs)
{
    const ScenarioSpec::Load &spec = s->spec.scenarios.at(index);
    const int instance = static_cast<int>(number % static_cast<qint64>(s->instances.size()));
    const QString key = spec.keys.next(s->ctx->rng);
    try {
        if (!spec.fn.isEmpty()) {
            const QString fn = spec.fn;
            const QString name = spec.name;
            co_await callFunction(s, fn, instance, key, scheduledMs, name);
        } else {
            const QVariantMap info{{QStringLiteral("vu"), vu}, {QStringLiteral("iteration"), number},
                             {QStringLiteral("scenario"), spec.name}, {QStringLiteral("instance"), instance},
                             {QStringLiteral("key"), key}};
            const QJSValueList args{s->script->makeContext(info, s->setupData)};
            const QJSValue flow = s->script->exported(spec.exec);
            co_await driveFlow(s, flow, args, instance, scheduledMs, spec.name);
        }
    } catch (const ScriptRuntimeError &e) {
        recordScriptError(s, e, spec.name);
    } catch (const ScenarioError &e) {
        // A runaway flow: nothing can be trusted to end, so the run stops.
        s->fatal = e.message();
        s->ctx->stopping = true;
    } catch (const std::exception &e) {
        recordScriptError(s, ScriptRuntimeError(QString::fromUtf8(e.what())), spec.name);
    }
    Tags tags{{QStringLiteral("scenario"), spec.name}};
    for (auto t = spec.tags.cbegin(); t != spec.tags.cend(); ++t)
        tags.insert(t.key(), t.value());
    s->ctx->metrics.add(QStringLiteral("iterations"), 1, tags);
    s->ctx->metrics.add(QStringLiteral("iteration_duration"), s->ctx->elapsedMs() - scheduledMs, tags);
}

// A closed-model VU: iterations back to back until the scenario's end.
QCoro::Task<> vuLoop(std::shared_ptr<RunState> s, int index, int vu, double startMs)
{
    const LoadSchedule &schedule = s->spec.scenarios.at(index).schedule;
    RunState::Load &load = s->loads[index];
    const double endMs = startMs + schedule.durationMs();
    qint64 mine = 0;
    while (!s->ctx->stopping && s->ctx->elapsedMs() < endMs) {
        const auto executor = schedule.executor();
        if (executor == LoadSchedule::Executor::SharedIterations && load.started >= schedule.iterations())
            break;
        if (executor == LoadSchedule::Executor::PerVuIterations && mine >= schedule.iterations())
            break;
        if (executor == LoadSchedule::Executor::RampingVus && vu >= schedule.vusAt(s->ctx->elapsedMs() - startMs))
            break;
        ++mine;
        const qint64 number = load.started++;
        ++load.busy;
        co_await iteration(s, index, vu, number, s->ctx->elapsedMs());
        --load.busy;
    }
    --load.loops;
    if (vu < load.running.size())
        load.running[vu] = false;
}

QCoro::Task<> runClosed(std::shared_ptr<RunState> s, int index, double startMs)
{
    const LoadSchedule &schedule = s->spec.scenarios.at(index).schedule;
    RunState::Load &load = s->loads[index];
    load.running = QList<bool>(schedule.vus(), false);
    const double endMs = startMs + schedule.durationMs();
    const bool ramping = schedule.executor() == LoadSchedule::Executor::RampingVus;
    const auto startLoops = [&](int count) {
        for (int vu = 0; vu < count && vu < load.running.size(); ++vu) {
            if (!load.running[vu]) {
                load.running[vu] = true;
                ++load.loops;
                vuLoop(s, index, vu, startMs); // detached: it ends on its own, counted in loops
            }
        }
    };
    if (!ramping)
        startLoops(schedule.vus());
    while (!s->ctx->stopping && s->ctx->elapsedMs() < endMs) {
        if (ramping)
            startLoops(schedule.vusAt(s->ctx->elapsedMs() - startMs));
        else if (load.loops == 0)
            break; // the iterations are done
        s->ctx->metrics.add(QStringLiteral("vus"), load.busy);
        const double step = ramping ? 10 : 50;
        co_await preciseSleep(step);
    }
}

QCoro::Task<> runOpen(std::shared_ptr<RunState> s, int index, double startMs)
{
    const ScenarioSpec::Load &spec = s->spec.scenarios.at(index);
    const LoadSchedule &schedule = spec.schedule;
    RunState::Load &load = s->loads[index];
    qint64 n = 0;
    double offset = schedule.arrivalOffsetMs(0);
    while (offset >= 0 && !s->ctx->stopping) {
        const double due = startMs + offset;
        co_await sleepUntil(s, due);
        const double now = s->ctx->elapsedMs();
        // Every start that is due now (a timer tick may cover several at high rates).
        while (offset >= 0 && startMs + offset <= now && !s->ctx->stopping) {
            if (load.busy < schedule.maxVus()) {
                ++load.busy;
                const qint64 number = load.started++;
                [](std::shared_ptr<RunState> st, int i, qint64 num, double at) -> QCoro::Task<> {
                    co_await iteration(st, i, -1, num, at);
                    --st->loads[i].busy;
                }(s, index, number, startMs + offset);
            } else {
                s->ctx->metrics.add(QStringLiteral("dropped_iterations"), 1, {{QStringLiteral("scenario"), spec.name}});
                if (!load.warnedVus) {
                    load.warnedVus = true;
                    qWarning("scenario %s: Insufficient VUs, reached %d active VUs and cannot initialize more",
                             qUtf8Printable(spec.name), schedule.maxVus());
                }
            }
            s->ctx->metrics.add(QStringLiteral("vus"), load.busy);
            offset = schedule.arrivalOffsetMs(++n);
        }
    }
}

QCoro::Task<> runScenario(std::shared_ptr<RunState> s, int index)
{
    const LoadSchedule &schedule = s->spec.scenarios.at(index).schedule;
    const double startMs = s->loadStartMs + schedule.startTimeMs();
    co_await sleepUntil(s, startMs);
    if (s->ctx->stopping)
        co_return;
    if (schedule.isOpen())
        co_await runOpen(s, index, startMs);
    else
        co_await runClosed(s, index, startMs);
    // gracefulStop: iterations in flight may finish for that long.
    const double deadline = std::max(s->ctx->elapsedMs(), startMs + schedule.durationMs()) + schedule.gracefulStopMs();
    while (s->loads[index].busy > 0 && s->ctx->elapsedMs() < deadline && !s->fatal)
        co_await preciseSleep(5);
}

QCoro::Task<> runAction(std::shared_ptr<RunState> s, int index)
{
    const ScenarioSpec::Action &action = s->spec.timeline.at(index);
    const double at = s->loadStartMs + action.atMs;
    co_await sleepUntil(s, at);
    if (s->ctx->stopping)
        co_return;
    try {
        if (action.action == u"deleteTags") {
            co_await s->primary->deleteTags(action.tags);
        } else if (action.action == u"expireAll") {
            const QString pattern = QLatin1Char('*') + s->ctx->keyPrefix + QLatin1Char('*');
            co_await s->primary->removeMatch(pattern);
        } else {
            co_await s->primary->clear();
        }
    } catch (const CacheError &e) {
        qWarning("timeline %s: %s", qUtf8Printable(action.action), e.what());
    }
    s->ctx->metrics.add(QStringLiteral("actions"), 1, {{QStringLiteral("action"), action.action}});
    s->markers.append(QJsonObject{{QStringLiteral("t"), (s->ctx->elapsedMs() - s->loadStartMs) / 1000.0},
                                  {QStringLiteral("action"), action.action},
                                  {QStringLiteral("tags"), QJsonArray::fromStringList(action.tags)}});
}

double aggregate(const MetricRegistry::Series &series, MetricRegistry::Type type, const QString &name)
{
    return MetricRegistry::aggregation(type, series, name, 1).value_or(0);
}

QJsonObject intervalLine(const std::shared_ptr<RunState> &s, double tMs)
{
    const auto interval = s->ctx->metrics.takeInterval();
    using T = MetricRegistry::Type;
    const auto &latency = interval.value(QStringLiteral("latency"));
    const auto &failed = interval.value(QStringLiteral("failed"));
    QJsonObject line{{QStringLiteral("type"), QStringLiteral("Interval")},
                     {QStringLiteral("t"), tMs / 1000.0},
                     {QStringLiteral("calls"), interval.value(QStringLiteral("calls")).sum},
                     {QStringLiteral("ok"), failed.count - failed.nonZero},
                     {QStringLiteral("failed"), failed.nonZero},
                     {QStringLiteral("origin_calls"), interval.value(QStringLiteral("origin_calls")).sum},
                     {QStringLiteral("hits"), interval.value(QStringLiteral("hits")).sum},
                     {QStringLiteral("fallbacks"), interval.value(QStringLiteral("fallbacks")).sum},
                     {QStringLiteral("rejections"), interval.value(QStringLiteral("rejections")).sum},
                     {QStringLiteral("dropped_iterations"), interval.value(QStringLiteral("dropped_iterations")).sum},
                     {QStringLiteral("store_ops"), interval.value(QStringLiteral("store_ops")).sum},
                     {QStringLiteral("latency_p50"), aggregate(latency, T::Trend, QStringLiteral("med"))},
                     {QStringLiteral("latency_p95"), aggregate(latency, T::Trend, QStringLiteral("p(95)"))},
                     {QStringLiteral("latency_p99"), aggregate(latency, T::Trend, QStringLiteral("p(99)"))},
                     {QStringLiteral("latency_max"), latency.max},
                     {QStringLiteral("origin_inflight_per_key"),
                      s->ctx->metrics.aggregate(QStringLiteral("origin_inflight_per_key")).max}};
    QJsonObject errors;
    for (const QString &type : s->ctx->metrics.tagValues(QStringLiteral("errors"), QStringLiteral("type")))
        errors.insert(type, s->ctx->metrics.aggregate(QStringLiteral("errors"), {{QStringLiteral("type"), type}}).sum);
    line.insert(QStringLiteral("errors_total"), errors);
    return line;
}

// One interval line per options.interval; checks the abortOnFail thresholds.
QCoro::Task<> ticker(std::shared_ptr<RunState> s)
{
    double next = s->loadStartMs + s->spec.intervalMs;
    while (!s->loadDone) {
        const double left = next - s->ctx->elapsedMs();
        if (left > 0) {
            const double step = std::min(left, 50.0);
            co_await preciseSleep(step);
            continue;
        }
        const QJsonObject line = intervalLine(s, next - s->loadStartMs);
        if (s->onInterval)
            s->onInterval(line);
        next += s->spec.intervalMs;
        const double seconds = (s->ctx->elapsedMs() - s->loadStartMs) / 1000.0;
        for (const Threshold &t : std::as_const(s->thresholds)) {
            if (!t.abortOnFail() || seconds * 1000.0 < t.delayAbortEvalMs() || s->aborted)
                continue;
            const double observed = t.observe(s->ctx->metrics, seconds);
            if (!t.passes(observed)) {
                s->aborted = true;
                s->abortReason = QStringLiteral("threshold %1: %2 failed (observed %3) with abortOnFail")
                                     .arg(t.metricKey(), t.expression(), QString::number(observed));
                s->ctx->stopping = true;
            }
        }
    }
}

QJsonObject metricJson(const MetricRegistry &metrics, const QString &name, const Tags &filter, const QString &label, double seconds)
{
    const auto type = metrics.type(name);
    const auto series = metrics.aggregate(name, filter);
    QJsonObject values;
    for (const QString &agg : MetricRegistry::summaryAggregations(type))
        values.insert(agg, MetricRegistry::aggregation(type, series, agg, seconds).value_or(0));
    return {{QStringLiteral("name"), label}, {QStringLiteral("type"), MetricRegistry::typeName(type)}, {QStringLiteral("values"), values}};
}

QString describeFunction(const FunctionSpec &f)
{
    QStringList layers;
    for (const auto &l : f.layers)
        layers.append(l.strategy);
    return layers.isEmpty() ? QStringLiteral("none") : layers.join(QStringLiteral(" > "));
}

} // namespace

ScenarioRunner::ScenarioRunner(const QString &fileName, Options options) : d(std::make_shared<RunState>())
{
    d->ctx = std::make_shared<RunContext>();
    d->ctx->runId = QString::number(QRandomGenerator::global()->generate64() & 0xffffffffffULL, 36);
    d->ctx->keyPrefix = QStringLiteral("scenario:%1:").arg(d->ctx->runId);
    defineBuiltins(d->ctx->metrics);
    d->script = std::make_unique<ScenarioScript>(fileName, d->ctx, options.watchdogMs);
    d->spec = ScenarioSpec::parse(d->script->options(), d->script->exports(), d->ctx->keyPrefix);
    d->ctx->rng.seed(d->spec.seed);
    d->storeUrl = options.storeUrl.isEmpty() ? d->spec.store : options.storeUrl;
    d->keep = options.keep;
    d->onInterval = std::move(options.onInterval);
    for (const ScenarioSpec::Action &a : std::as_const(d->spec.timeline)) {
        if (a.action == u"clear" && !d->storeUrl.startsWith(u"mem://"))
            throw ScenarioError(QStringLiteral("options.timeline: clear wipes the whole store; on %1 use expireAll (the run's keys)")
                                    .arg(Settings::parse(d->storeUrl).redactedUrl()),
                                fileName);
    }
    for (const ScenarioSpec::Load &l : std::as_const(d->spec.scenarios))
        for (const auto &name : {QStringLiteral("setup"), QStringLiteral("teardown")})
            if (l.exec == name)
                throw ScenarioError(QStringLiteral("options.scenarios.%1: exec cannot be %2").arg(l.name, name), fileName);
    for (auto it = d->spec.thresholds.cbegin(); it != d->spec.thresholds.cend(); ++it) {
        const QVariantList entries = it.value().typeId() == QMetaType::QVariantList ? it.value().toList() : QVariantList{it.value()};
        for (const QVariant &entry : entries)
            d->thresholds.append(Threshold::parse(it.key(), entry, d->ctx->metrics));
    }
    for (const QString &name : d->spec.functions.keys())
        d->origins.insert(name, std::make_shared<SimulatedOrigin>(d->spec.functions.value(name).origin,
                                                                  QStringLiteral("options.functions.%1.origin").arg(name), name));
}

ScenarioRunner::~ScenarioRunner()
{
    // Iterations still in flight keep the state alive; tell them to stop.
    d->ctx->stopping = true;
}

const ScenarioSpec &ScenarioRunner::spec() const
{
    return d->spec;
}

QString ScenarioRunner::runId() const
{
    return d->ctx->runId;
}

QString ScenarioRunner::storeUrl() const
{
    return Settings::parse(d->storeUrl).redactedUrl();
}

void ScenarioRunner::stop()
{
    if (!d->ctx->stopping && !d->aborted) {
        d->aborted = true;
        d->abortReason = QStringLiteral("stopped");
    }
    d->ctx->stopping = true;
}

QCoro::Task<RunResult> ScenarioRunner::run()
{
    std::shared_ptr<RunState> s = d;
    s->ctx->clock.start();

    // The store, and one cache per instance over it.
    s->primary = std::make_unique<Cache>(QStringLiteral("scenario-%1").arg(s->ctx->runId));
    BackendPtr backend = s->primary->setup(s->storeUrl);
    bool reachable = true;
    QString why;
    try {
        co_await s->primary->ping();
    } catch (const CacheError &e) {
        reachable = false;
        why = e.message();
    }
    if (!reachable)
        throw StoreUnavailableError(QStringLiteral("%1: %2").arg(Settings::parse(s->storeUrl).redactedUrl(), why));
    SharedBackends::instance().add(s->ctx->runId, backend);
    const auto faults = std::make_shared<const StoreFaults>(s->spec.storeFaults);
    for (int i = 0; i < s->spec.instances; ++i) {
        auto cache = std::make_unique<Cache>(QStringLiteral("instance-%1").arg(i));
        cache->setup(QStringLiteral("scenario://?id=%1").arg(s->ctx->runId));
        cache->addMiddleware(StoreFaults::middleware(faults, s->ctx, QString::number(i)));
        s->instances.push_back(std::move(cache));
    }
    for (auto it = s->spec.functions.cbegin(); it != s->spec.functions.cend(); ++it) {
        QList<RunState::Function> perInstance;
        for (int i = 0; i < s->spec.instances; ++i) {
            RunState::Function fn = [origin = s->origins.value(it.key()), ctx = s->ctx](QVariant key) {
                return SimulatedOrigin::call(origin, ctx, key.toString());
            };
            for (auto layer = it->layers.crbegin(); layer != it->layers.crend(); ++layer) {
                auto strategy = std::make_shared<Strategy>(*s->instances.at(i), layer->kind, layer->options, QStringList{QStringLiteral("key")});
                fn = Wrapped<QCoro::Task<QVariant>(QVariant)>(std::move(strategy), std::move(fn));
            }
            perInstance.append(fn);
        }
        s->functions.insert(it.key(), perInstance);
    }
    for (const TimeWindow &w : s->spec.storeFaults.windows())
        s->markers.append(QJsonObject{{QStringLiteral("t"), w.startMs / 1000.0}, {QStringLiteral("until"), w.endMs / 1000.0},
                                      {QStringLiteral("action"), QStringLiteral("storeFault")}});

    // Hits, fallbacks and stale values from cashews' detect, for this run's keys only.
    const QString prefix = s->ctx->keyPrefix;
    std::weak_ptr<RunContext> weakCtx = s->ctx;
    const int listener = Detect::addListener([weakCtx, prefix](const QString &key, const QVariantMap &fields) {
        const qsizetype at = key.indexOf(prefix);
        if (at < 0)
            return;
        const auto ctx = weakCtx.lock();
        if (!ctx)
            return;
        const QString fn = key.mid(at + prefix.size()).section(QLatin1Char(':'), 0, 0);
        const Tags tags{{QStringLiteral("fn"), fn}, {QStringLiteral("strategy"), fields.value(QStringLiteral("name")).toString()}};
        ctx->metrics.add(QStringLiteral("hits"), 1, tags);
        if (fields.contains(QStringLiteral("exc")))
            ctx->metrics.add(QStringLiteral("fallbacks"), 1, tags);
        const QDateTime freshUntil = fields.value(QStringLiteral("early_expire_at")).toDateTime();
        if (freshUntil.isValid() && freshUntil < QDateTime::currentDateTimeUtc())
            ctx->metrics.add(QStringLiteral("stale"), 1, tags);
    });

    std::optional<QString> failure;
    try {
        const QJSValue setup = s->script->exported(QStringLiteral("setup"));
        if (setup.isCallable()) {
            const QVariantMap info{{QStringLiteral("scenario"), QStringLiteral("setup")}, {QStringLiteral("instance"), 0},
                                   {QStringLiteral("key"), QStringLiteral("hot")}};
            const QJSValueList args{s->script->makeContext(info, QJSValue())};
            const double now = s->ctx->elapsedMs();
            s->setupData = co_await driveFlow(s, setup, args, 0, now, QStringLiteral("setup"));
        }
    } catch (const ScenarioError &e) {
        failure = QStringLiteral("setup: ") + e.message();
    }

    if (!failure) {
        s->loadStartMs = s->ctx->elapsedMs();
        s->loads = QList<RunState::Load>(s->spec.scenarios.size());
        std::vector<QCoro::Task<>> tasks;
        for (int i = 0; i < s->spec.scenarios.size(); ++i)
            tasks.push_back(runScenario(s, i));
        std::vector<QCoro::Task<>> actions;
        for (int i = 0; i < s->spec.timeline.size(); ++i)
            actions.push_back(runAction(s, i));
        auto tick = ticker(s);
        for (auto &t : tasks)
            co_await t;
        s->loadEndMs = s->ctx->elapsedMs();
        s->ctx->stopping = true; // actions after the load's end do not run
        for (auto &a : actions)
            co_await a;
        s->loadDone = true;
        co_await tick;
        if (s->onInterval) // the last, partial interval
            s->onInterval(intervalLine(s, s->loadEndMs - s->loadStartMs));
        if (s->fatal)
            failure = *s->fatal;
    }

    if (!failure) {
        try {
            const QJSValue teardown = s->script->exported(QStringLiteral("teardown"));
            if (teardown.isCallable()) {
                s->ctx->stopping = false;
                const QVariantMap info{{QStringLiteral("scenario"), QStringLiteral("teardown")}, {QStringLiteral("instance"), 0},
                                       {QStringLiteral("key"), QStringLiteral("hot")}};
                const QJSValueList args{s->script->makeContext(info, s->setupData), s->setupData};
                const double now = s->ctx->elapsedMs();
                co_await driveFlow(s, teardown, args, 0, now, QStringLiteral("teardown"));
            }
        } catch (const ScenarioError &e) {
            failure = QStringLiteral("teardown: ") + e.message();
        }
    }
    s->ctx->stopping = true;
    // Iterations past their gracefulStop still write to the store: wait for them (a while) so
    // that the cleanup finds their keys.
    const double drainUntil = s->ctx->elapsedMs() + 10000;
    const auto busy = [&s] {
        return std::any_of(s->loads.cbegin(), s->loads.cend(), [](const RunState::Load &l) { return l.busy > 0; });
    };
    while (busy() && s->ctx->elapsedMs() < drainUntil)
        co_await preciseSleep(5);
    Detect::removeListener(listener);

    RunResult result;
    const QString pattern = QLatin1Char('*') + s->ctx->keyPrefix + QLatin1Char('*');
    try {
        if (!s->keep)
            co_await s->primary->removeMatch(pattern);
        auto keys = s->primary->scan(pattern);
        auto it = co_await keys.begin();
        while (it != keys.end()) {
            ++result.keysLeft;
            co_await ++it;
        }
    } catch (const CacheError &e) {
        qWarning("scenario cleanup: %s", e.what());
    }
    SharedBackends::instance().remove(s->ctx->runId);
    if (failure)
        throw ScenarioError(*failure);

    const double seconds = std::max(1e-3, (s->loadEndMs - s->loadStartMs) / 1000.0);
    const MetricRegistry &metrics = s->ctx->metrics;
    QJsonArray metricList;
    for (const QString &name : metrics.names()) {
        if (metrics.aggregate(name).count == 0)
            continue;
        metricList.append(metricJson(metrics, name, {}, name, seconds));
        const QStringList fns = metrics.tagValues(name, QStringLiteral("fn"));
        if (fns.size() > 1) {
            for (const QString &fn : fns)
                metricList.append(metricJson(metrics, name, {{QStringLiteral("fn"), fn}}, QStringLiteral("%1{fn:%2}").arg(name, fn), seconds));
        }
    }
    QJsonArray thresholdList;
    for (const Threshold &t : std::as_const(s->thresholds)) {
        RunResult::ThresholdResult r{t.metricKey(), t.expression(), t.observe(metrics, seconds), false};
        r.passed = t.passes(r.observed);
        result.thresholds.append(r);
        thresholdList.append(QJsonObject{{QStringLiteral("metric"), r.metric}, {QStringLiteral("threshold"), r.expression},
                                         {QStringLiteral("observed"), r.observed}, {QStringLiteral("ok"), r.passed}});
    }
    QJsonObject functions;
    for (auto it = s->spec.functions.cbegin(); it != s->spec.functions.cend(); ++it)
        functions.insert(it.key(), QJsonObject{{QStringLiteral("strategy"), describeFunction(*it)},
                                               {QStringLiteral("origin_calls"), static_cast<double>(s->origins.value(it.key())->calls())},
                                               {QStringLiteral("origin_inflight_per_key"), s->origins.value(it.key())->maxInFlightPerKey()}});
    result.aborted = s->aborted;
    result.abortReason = s->abortReason;
    result.firstScriptError = s->firstScriptError;
    result.summary = QJsonObject{
        {QStringLiteral("version"), QStringLiteral("1.0.0")},
        {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("generatedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                                                 {QStringLiteral("runId"), s->ctx->runId}}},
        {QStringLiteral("config"), QJsonObject{{QStringLiteral("script"), s->script->fileName()},
                                               {QStringLiteral("store"), Settings::parse(s->storeUrl).redactedUrl()},
                                               {QStringLiteral("instances"), s->spec.instances},
                                               {QStringLiteral("duration"), seconds},
                                               {QStringLiteral("functions"), functions}}},
        {QStringLiteral("results"), QJsonObject{{QStringLiteral("metrics"), metricList}, {QStringLiteral("thresholds"), thresholdList}}},
        {QStringLiteral("state"), QJsonObject{{QStringLiteral("passed"), result.passed() && !result.aborted},
                                              {QStringLiteral("aborted"), result.aborted},
                                              {QStringLiteral("abortReason"), result.abortReason},
                                              {QStringLiteral("keysLeft"), static_cast<double>(result.keysLeft)}}}};
    QJsonArray markers;
    for (const QJsonObject &m : std::as_const(s->markers))
        markers.append(m);
    result.summary.insert(QStringLiteral("markers"), markers);
    co_return result;
}

} // namespace cashews::scenarios
