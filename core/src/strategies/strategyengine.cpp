#include "strategyengine.h"

#include "attempt.h"
#include "strategylog.h"
#include "strategyregistry.h"

#include <cashews/clock.h>
#include <cashews/detect.h>
#include <cashews/errors.h>

#include <QCoreApplication>
#include <QTimer>

#include <coroutine>
#include <optional>
#include <vector>

Q_LOGGING_CATEGORY(lcStrategy, "cashews.strategy")

namespace cashews {

// A call that identical concurrent calls wait for (cashews' thunder protection).
struct Flight
{
    bool done = false;
    QVariant value;
    std::exception_ptr error;
    std::vector<std::coroutine_handle<>> waiters;

    void finish(QVariant result, std::exception_ptr failure)
    {
        value = std::move(result);
        error = std::move(failure);
        done = true;
        const auto waiting = std::move(waiters);
        for (auto handle : waiting)
            handle.resume();
    }
};

namespace {

struct FlightWait
{
    std::shared_ptr<Flight> flight;

    bool await_ready() const noexcept { return flight->done; }
    void await_suspend(std::coroutine_handle<> handle) { flight->waiters.push_back(handle); }
    QVariant await_resume() const
    {
        if (flight->error)
            std::rethrow_exception(flight->error);
        return flight->value;
    }
};

Ttl fraction(const Ttl &ttl, double factor)
{
    return ttl.hasExpiry() ? Ttl::fromMilliseconds(std::max<qint64>(1, static_cast<qint64>(static_cast<double>(ttl.milliseconds()) * factor))) : Ttl();
}

} // namespace

StrategyEngine::StrategyEngine(Cache &cache, Strategy::Kind kind, StrategyOptions options, QStringList params)
    : m_cache(&cache), m_runner(StrategyRegistry::make(kind, options))
{
    const StrategyRunner::Traits &traits = m_runner->traits();
    m_prefix = options.prefix.value_or(traits.prefix) + traits.version;
    QString text = options.key;
    if (text.isEmpty()) {
        if (options.name.isEmpty())
            throw ValueError(QStringLiteral("A strategy needs a key template or a function name (options.name)"));
        text = traits.keyPerFunction ? options.name : KeyTemplate::defaultTemplate(options.name, params);
    }
    m_key = KeyTemplate(text, params);
    m_templateText = m_prefix.isEmpty() ? text : m_prefix + QLatin1Char(':') + text;
    for (const QString &tag : std::as_const(options.tags)) {
        m_tags.append(KeyTemplate(tag, params));
        // As cashews: the tag is found again from a key of this template (cleanup on delete);
        // hit also tags its counter.
        cache.registerTag(tag, m_templateText);
        if (kind == Strategy::Kind::Hit)
            cache.registerTag(tag, m_templateText + QStringLiteral(":counter"));
    }
    if (options.lock && traits.caches && !options.ttl.isSet())
        throw ValueError(QStringLiteral("ttl can't be empty with lock")); // as cashews
    m_options = std::move(options);
}

Strategy::Call StrategyEngine::prepare(QVariantList args, QString key) const
{
    Strategy::Call call;
    call.baseKey = m_prefix.isEmpty() ? key : key.mid(m_prefix.size() + 1);
    call.key = std::move(key);
    for (const KeyTemplate &tag : std::as_const(m_tags))
        call.tags.append(tag.render(args));
    call.args = std::move(args);
    call.detect = Detect::active();
    call.invalidate = InvalidateFurther::isActive();
    return call;
}

void StrategyEngine::recordNowHit(const QString &key, const QVariant &value) const
{
    const Detect::Targets targets = Detect::active();
    if (!Detect::isObserved(targets))
        return;
    Strategy::Call call;
    call.key = key;
    call.detect = targets;
    recordHit(call, {{QStringLiteral("value"), value}});
}

Ttl StrategyEngine::freshFor(const Strategy::Call &call, const TtlSpec &spec) const
{
    return spec.isSet() ? spec.resolve(call.args) : fraction(ttlFor(call), 0.33);
}

void StrategyEngine::recordHit(const Strategy::Call &call, std::initializer_list<std::pair<QString, QVariant>> fields) const
{
    if (!Detect::isObserved(call.detect))
        return;
    QVariantMap map;
    for (const auto &field : fields)
        map.insert(field.first, field.second);
    recordHit(call, std::move(map));
}

void StrategyEngine::recordHit(const Strategy::Call &call, QVariantMap fields) const
{
    if (!Detect::isObserved(call.detect))
        return;
    fields.insert(QStringLiteral("name"), m_runner->traits().name);
    fields.insert(QStringLiteral("template"), m_templateText);
    fields.insert(QStringLiteral("ttl"), ttlFor(call).seconds());
    fields.insert(QStringLiteral("backend"), m_cache->backendFor(call.key)->describe());
    Detect::record(call.detect, call.key, fields);
}

QVariant StrategyEngine::plainHit(const Strategy::Call &call, const QVariant &cached) const
{
    recordHit(call, {{QStringLiteral("value"), cached}});
    return unwrapStored(cached);
}

QVariant StrategyEngine::unwrapStored(const QVariant &value)
{
    if (value.metaType() == QMetaType::fromType<CachedException>())
        value.value<CachedException>().rethrow();
    return value;
}

QCoro::Task<QVariant> StrategyEngine::run(Engine engine, Strategy::Call call)
{
    if (engine->m_cache->isFullyDisabled()) {
        QVariant direct = co_await call.invoke();
        co_return direct;
    }
    const StrategyRunner::Traits &traits = engine->m_runner->traits();
    const bool lock = engine->m_options.lock && traits.caches;
    if (traits.plainHits && !lock && !call.invalidate) {
        // Hot path: a hit needs neither the in-process protection nor the strategy frame.
        QVariant cached = co_await engine->m_cache->get(call.key);
        if (!isMiss(cached))
            co_return engine->plainHit(call, cached);
    }
    if (lock) {
        // cashews' lock=True: the whole strategy, hits included, runs under "lock:<key>".
        const QString lockKey = QStringLiteral("lock:") + call.baseKey;
        const Ttl ttl = engine->ttlFor(call);
        LockGuard guard = co_await engine->m_cache->lock(lockKey, ttl, true, engine->m_options.checkInterval);
        QVariant result = co_await protect(engine, call);
        co_await guard.release();
        co_return result;
    }
    QVariant result = co_await protect(engine, std::move(call));
    co_return result;
}

QCoro::Task<QVariant> StrategyEngine::protect(Engine engine, Strategy::Call call)
{
    const StrategyRunner &runner = *engine->m_runner;
    if (!engine->m_options.protect || !runner.traits().protects) {
        QVariant result = co_await runner.run(engine, std::move(call));
        co_return result;
    }
    // Flights are per wrapper and per full key (cashews shares one per template without the
    // prefix, so two strategies over one template could hand each other foreign layouts).
    if (auto running = engine->m_flights.value(call.key)) {
        FlightWait wait{running};
        QVariant shared = co_await wait;
        co_return shared;
    }
    auto flight = std::make_shared<Flight>();
    const QString key = call.key;
    engine->m_flights.insert(key, flight);
    const Attempt outcome = co_await attempt(runner.run(engine, std::move(call)));
    if (engine->m_flights.value(key) == flight)
        engine->m_flights.remove(key);
    flight->finish(outcome.value, outcome.error);
    if (outcome.error)
        std::rethrow_exception(outcome.error);
    co_return outcome.value;
}

QCoro::Task<QVariant> StrategyEngine::computeAndStore(Engine engine, Strategy::Call call)
{
    const StrategyOptions &options = engine->m_options;
    const StrategyRunner &runner = *engine->m_runner;
    const qint64 started = nowMs();
    Attempt outcome;
    bool innerHit = false;
    {
        // upper: an inner cached hit means this result is not fresh.
        std::optional<Detect> inner;
        if (options.upper || runner.traits().alwaysUpper)
            inner.emplace();
        outcome = co_await attempt(call.invoke());
        innerHit = inner && !inner->callsList().isEmpty();
    }
    const QVariant &result = outcome.value;
    const std::exception_ptr &error = outcome.error;
    const Condition::Decision decision = options.condition.evaluate({result, error, call.args, call.key});
    const bool storeResult = decision == Condition::Decision::StoreResult && !error;
    const bool storeError = decision == Condition::Decision::StoreException && error && runner.traits().storesExceptions;
    const bool slowEnough = !options.timeCondition || nowMs() - started >= options.timeCondition.milliseconds();
    if (storeResult && !innerHit && slowEnough) {
        const Ttl ttl = engine->ttlFor(call, result);
        co_await runner.store(engine, call, result, ttl);
    } else if (storeError && !innerHit && slowEnough) {
        // A stored exception is a live object: a byte store's serializer refuses it. The
        // caller then gets its own exception, not the serializer's.
        const Ttl ttl = engine->ttlFor(call, result);
        try {
            co_await runner.store(engine, call, QVariant::fromValue(CachedException(error)), ttl);
        } catch (const CacheError &e) {
            qCWarning(lcStrategy) << "cannot store the exception of" << call.key << ":" << e.what();
        }
    }
    if (error)
        std::rethrow_exception(error);
    co_return result;
}

QCoro::Task<> StrategyEngine::recompute(Engine engine, Strategy::Call call)
{
    co_await computeAndStore(std::move(engine), std::move(call));
}

QCoro::Task<> StrategyEngine::refresh(Engine engine, Strategy::Call call, Refresh job)
{
    if (!engine->m_options.background) {
        co_await job(std::move(engine), std::move(call));
        co_return;
    }
    auto start = [engine, call, job] { refreshLogged(engine, call, job); };
    if (QCoreApplication::instance())
        QTimer::singleShot(0, QCoreApplication::instance(), start);
    else
        start();
}

QCoro::Task<> StrategyEngine::refreshLogged(Engine engine, Strategy::Call call, Refresh job)
{
    try {
        co_await job(engine, call);
    } catch (const std::exception &e) {
        qCWarning(lcStrategy) << "background refresh of" << call.key << "failed:" << e.what();
    } catch (...) {
        qCWarning(lcStrategy) << "background refresh of" << call.key << "failed with an unknown exception";
    }
}

} // namespace cashews
