#include <cashews/cache.h>
#include <cashews/cachedexception.h>
#include <cashews/clock.h>
#include <cashews/errors.h>
#include <cashews/invalidatefurther.h>
#include <cashews/keytemplate.h>
#include <cashews/pytypes.h>
#include <cashews/strategy.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTimer>

#include <zlib.h>

#include <cmath>

#include <coroutine>
#include <optional>
#include <vector>

Q_LOGGING_CATEGORY(lcStrategy, "cashews.strategy")

namespace cashews {

namespace {

using Kind = Strategy::Kind;
using Call = Strategy::Call;

// How a caching strategy lays out what it stores.
enum class Layout {
    Plain, // the value (simple, failover)
    Hit,   // the value, and the hit counter is reset
    Early, // [fresh-until UTC datetime, value]
    Soft,  // [fresh-until UTC datetime, value]
};

QString defaultPrefix(Kind kind)
{
    switch (kind) {
    case Kind::Simple:
    case Kind::Iterator:
    case Kind::Invalidate:
        return {};
    case Kind::Failover:
        return QStringLiteral("fail");
    case Kind::Hit:
        return QStringLiteral("hit");
    case Kind::Early:
        return QStringLiteral("early");
    case Kind::Soft:
        return QStringLiteral("soft");
    case Kind::Locked:
        return QStringLiteral("locked");
    case Kind::RateLimit:
        return QStringLiteral("rate_limit");
    case Kind::SliceRateLimit:
        return QStringLiteral("srl");
    case Kind::CircuitBreaker:
        return QStringLiteral("circuit_breaker");
    case Kind::Bloom:
        return QStringLiteral("bloom");
    case Kind::DualBloom:
        return QStringLiteral("dual_bloom");
    }
    return {};
}

// Python's truthiness, which decides what bloom filters record.
bool isTruthy(const QVariant &value)
{
    if (isMiss(value) || isNone(value))
        return false;
    switch (value.metaType().id()) {
    case QMetaType::Bool:
        return value.toBool();
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Double:
        return value.toDouble() != 0;
    case QMetaType::QString:
        return !value.toString().isEmpty();
    case QMetaType::QByteArray:
        return !value.toByteArray().isEmpty();
    case QMetaType::QVariantList:
    case QMetaType::QStringList:
        return !value.toList().isEmpty();
    case QMetaType::QVariantMap:
        return !value.toMap().isEmpty();
    default:
        return true;
    }
}

// A bloom filter's size: cashews' params_for(capacity, p): m bits and k hashes.
struct BloomSize
{
    qint64 bits = 0;
    int hashes = 0;
};

BloomSize bloomSize(qint64 capacity, double falsePositives)
{
    const double n = static_cast<double>(capacity);
    const double p = falsePositives / 100.0;
    const auto m = static_cast<qint64>(std::ceil(-n * std::log(p) / (std::log(2.0) * std::log(2.0))));
    const int k = static_cast<int>(std::round(static_cast<double>(m) / n * std::log(2.0)));
    return {m, std::max(1, k)};
}

// The bit indexes of `element` exactly as cashews computes them without xxhash installed:
// crc32("<element>_<i>") % m, moving on to i+1 while an index repeats.
QList<qint64> bloomIndexes(const QString &element, const BloomSize &size)
{
    QList<qint64> indexes;
    const auto indexFor = [&](int i) {
        const QByteArray text = (element + QLatin1Char('_') + QString::number(i)).toUtf8();
        const uLong crc = crc32(0L, reinterpret_cast<const Bytef *>(text.constData()), static_cast<uInt>(text.size()));
        return static_cast<qint64>(crc % static_cast<uLong>(size.bits));
    };
    for (int i = 0; i < size.hashes; ++i) {
        int attempt = i;
        qint64 index = indexFor(attempt);
        while (indexes.contains(index))
            index = indexFor(++attempt);
        indexes.append(index);
    }
    return indexes;
}

bool allSet(const QList<qint64> &bits)
{
    return std::all_of(bits.cbegin(), bits.cend(), [](qint64 b) { return b != 0; });
}

bool allClear(const QList<qint64> &bits)
{
    return std::all_of(bits.cbegin(), bits.cend(), [](qint64 b) { return b == 0; });
}

bool isCaching(Kind kind)
{
    return kind == Kind::Simple || kind == Kind::Failover || kind == Kind::Hit || kind == Kind::Early || kind == Kind::Soft;
}

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

// What a call ended with: its value, or the exception it threw.
struct Attempt
{
    QVariant value;
    std::exception_ptr error;
};

// Awaits `task` and keeps its exception, so that callers can act on it outside a catch block
// (no co_await is allowed there).
QCoro::Task<Attempt> attempt(QCoro::Task<QVariant> task)
{
    Attempt outcome;
    try {
        outcome.value = co_await task;
    } catch (...) {
        outcome.error = std::current_exception();
    }
    co_return outcome;
}

// A stored value, rethrowing a cached exception.
QVariant unwrapStored(const QVariant &value)
{
    if (value.metaType() == QMetaType::fromType<CachedException>())
        value.value<CachedException>().rethrow();
    return value;
}

// The [datetime, value] layout of early and soft; empty when `stored` is not one.
std::optional<std::pair<QDateTime, QVariant>> datedEntry(const QVariant &stored, const QString &key)
{
    if (isMiss(stored))
        return std::nullopt;
    const QVariantList list = stored.toList();
    // Python writes datetimes with microseconds: a PyDateTime counts (its µs do not matter here).
    const std::optional<QDateTime> at = list.size() == 2 ? toDateTime(list.at(0)) : std::nullopt;
    if (stored.metaType().id() != QMetaType::QVariantList || !at) {
        qCWarning(lcStrategy) << "ignoring" << key << ": not the [datetime, value] layout, recomputing";
        return std::nullopt;
    }
    return std::make_pair(*at, list.at(1));
}

QString describeError(std::exception_ptr error)
{
    try {
        std::rethrow_exception(error);
    } catch (const std::exception &e) {
        return QString::fromUtf8(e.what());
    } catch (...) {
        return QStringLiteral("unknown exception");
    }
}

Ttl fraction(const Ttl &ttl, double factor)
{
    return ttl.hasExpiry() ? Ttl::fromMilliseconds(std::max<qint64>(1, static_cast<qint64>(static_cast<double>(ttl.milliseconds()) * factor))) : Ttl();
}

} // namespace

struct Strategy::Private
{
    Cache *cache = nullptr;
    Kind kind = Kind::Simple;
    StrategyOptions options;
    KeyTemplate key;
    QString prefix;
    QString templateText;
    QList<KeyTemplate> tags;
    QHash<QString, std::shared_ptr<Flight>> flights;
    BloomSize bloom;
    // The strategy's body (simple, failover, ...); null for the iterator.
    QCoro::Task<QVariant> (*runner)(std::shared_ptr<Private>, Call) = nullptr;

    Ttl ttlFor(const Call &call, const QVariant &result = {}) const { return options.ttl.resolve(call.args, result); }
    Ttl freshFor(const Call &call, const TtlSpec &spec) const
    {
        return spec.isSet() ? spec.resolve(call.args) : fraction(ttlFor(call), 0.33); // cashews: ttl * 0.33
    }
    bool matches(std::exception_ptr error) const
    {
        return options.exceptions ? options.exceptions(error) : true; // default fail exceptions: any std::exception
    }

    // Records a hit; the fields are only built into a map when someone observes it.
    void recordHit(const Call &call, std::initializer_list<std::pair<QString, QVariant>> fields) const
    {
        if (!Detect::isObserved(call.detect))
            return;
        QVariantMap map;
        for (const auto &field : fields)
            map.insert(field.first, field.second);
        recordHit(call, std::move(map));
    }
    void recordHit(const Call &call, QVariantMap fields) const
    {
        if (!Detect::isObserved(call.detect))
            return;
        fields.insert(QStringLiteral("template"), templateText);
        fields.insert(QStringLiteral("ttl"), ttlFor(call).seconds());
        fields.insert(QStringLiteral("backend"), cache->backendFor(call.key)->describe());
        Detect::record(call.detect, call.key, fields);
    }

    static QCoro::Task<QVariant> dispatch(std::shared_ptr<Private> p, Call call);
    static QCoro::Task<QVariant> protect(std::shared_ptr<Private> p, Call call);
    static QCoro::Task<QVariant> simple(std::shared_ptr<Private> p, Call call);
    static QCoro::Task<QVariant> failover(std::shared_ptr<Private> p, Call call);
    static QCoro::Task<QVariant> hit(std::shared_ptr<Private> p, Call call);
    static QCoro::Task<QVariant> early(std::shared_ptr<Private> p, Call call);
    static QCoro::Task<QVariant> soft(std::shared_ptr<Private> p, Call call);
    static QCoro::Task<QVariant> locked(std::shared_ptr<Private> p, Call call);
    static QCoro::Task<QVariant> invalidate(std::shared_ptr<Private> p, Call call);
    static QCoro::Task<QVariant> rateLimit(std::shared_ptr<Private> p, Call call);
    static QCoro::Task<QVariant> sliceRateLimit(std::shared_ptr<Private> p, Call call);
    static QCoro::Task<QVariant> circuitBreaker(std::shared_ptr<Private> p, Call call);
    static QCoro::Task<QVariant> bloomCheck(std::shared_ptr<Private> p, Call call);
    static QCoro::Task<QVariant> dualBloom(std::shared_ptr<Private> p, Call call);
    // bloom's bit field: the template, not rendered, and the filter size (cashews' layout).
    QString bloomKey() const { return templateText + QLatin1Char(':') + QString::number(bloom.bits); }
    static decltype(runner) runnerFor(Kind kind);
    // A simple-cache hit: recorded, and a stored exception rethrown.
    QVariant simpleHit(const Call &call, const QVariant &cached) const
    {
        recordHit(call, {{QStringLiteral("name"), QStringLiteral("simple")}, {QStringLiteral("value"), cached}});
        return unwrapStored(cached);
    }
    static QVariant reject(const std::shared_ptr<Private> &p, const Call &call);

    // Calls the function, applies the conditions and stores the result in `layout`.
    static QCoro::Task<QVariant> computeAndStore(std::shared_ptr<Private> p, Call call, Layout layout);
    static QCoro::Task<> store(std::shared_ptr<Private> p, Call call, Layout layout, QVariant value, Ttl ttl);
    // A refresh of hit/early: recompute, then (early) drop the refresh lock.
    static QCoro::Task<> refresh(std::shared_ptr<Private> p, Call call, Layout layout);
    static QCoro::Task<> refreshLogged(std::shared_ptr<Private> p, Call call, Layout layout);
    // Starts a refresh on the next event-loop turn, as asyncio.create_task does in cashews:
    // the caller returns the cached value first.
    static void scheduleRefresh(std::shared_ptr<Private> p, Call call, Layout layout);
};

decltype(Strategy::Private::runner) Strategy::Private::runnerFor(Kind kind)
{
    switch (kind) {
    case Kind::Simple: return &simple;
    case Kind::Failover: return &failover;
    case Kind::Hit: return &hit;
    case Kind::Early: return &early;
    case Kind::Soft: return &soft;
    case Kind::Locked: return &locked;
    case Kind::Invalidate: return &invalidate;
    case Kind::RateLimit: return &rateLimit;
    case Kind::SliceRateLimit: return &sliceRateLimit;
    case Kind::CircuitBreaker: return &circuitBreaker;
    case Kind::Bloom: return &bloomCheck;
    case Kind::DualBloom: return &dualBloom;
    case Kind::Iterator: break;
    }
    return nullptr;
}

Strategy::Strategy(Cache &cache, Kind kind, StrategyOptions options, QStringList params)
    : d(std::make_shared<Private>())
{
    d->cache = &cache;
    d->kind = kind;
    d->prefix = options.prefix.value_or(defaultPrefix(kind));
    if (kind == Kind::Early)
        d->prefix += QStringLiteral(":v2"); // cashews' early layout version, also after a custom prefix
    QString text = options.key;
    if (text.isEmpty()) {
        if (options.name.isEmpty())
            throw ValueError(QStringLiteral("A strategy needs a key template or a function name (options.name)"));
        // cashews: locked and circuit_breaker default to one key per function, without arguments.
        text = (kind == Kind::Locked || kind == Kind::CircuitBreaker) ? options.name : KeyTemplate::defaultTemplate(options.name, params);
    }
    d->key = KeyTemplate(text, params);
    d->templateText = d->prefix.isEmpty() ? text : d->prefix + QLatin1Char(':') + text;
    for (const QString &tag : std::as_const(options.tags))
        d->tags.append(KeyTemplate(tag, params));

    if (options.lock && isCaching(kind) && !options.ttl.isSet())
        throw ValueError(QStringLiteral("ttl can't be empty with lock")); // as cashews
    if (kind == Kind::Hit && options.cacheHits <= 0)
        throw ValueError(QStringLiteral("hit: cacheHits must be positive"));
    if ((kind == Kind::RateLimit || kind == Kind::SliceRateLimit) && (options.limit <= 0 || !options.period))
        throw ValueError(QStringLiteral("rate limit: limit and period must be positive"));
    if (kind == Kind::Bloom || kind == Kind::DualBloom) {
        if (options.capacity <= 0 || options.falsePositives <= 0 || options.falsePositives >= 100)
            throw ValueError(QStringLiteral("bloom: capacity must be positive and falsePositives in (0, 100)"));
        d->bloom = bloomSize(options.capacity, options.falsePositives);
    }
    if (kind == Kind::CircuitBreaker && (options.errorsRate <= 0 || options.errorsRate >= 100 || !options.period))
        throw ValueError(QStringLiteral("circuit breaker: errorsRate must be in (0, 100) and period positive"));
    d->options = std::move(options);
    d->runner = Private::runnerFor(kind);
}

Strategy::~Strategy() = default;

QString Strategy::keyTemplate() const
{
    return d->templateText;
}

QString Strategy::keyFor(std::span<const QVariant> args) const
{
    QString key = d->key.render(args);
    return d->prefix.isEmpty() ? key : d->prefix + QLatin1Char(':') + key;
}

Strategy::Call Strategy::prepare(QVariantList args, QString key) const
{
    Call call;
    call.baseKey = d->prefix.isEmpty() ? key : key.mid(d->prefix.size() + 1);
    call.key = std::move(key);
    for (const KeyTemplate &tag : std::as_const(d->tags))
        call.tags.append(tag.render(args));
    call.args = std::move(args);
    call.detect = Detect::active();
    call.invalidate = InvalidateFurther::isActive();
    return call;
}

bool Strategy::tryHitNow(const QString &key, QVariant &value) const
{
    if (d->kind != Kind::Simple || d->options.lock || InvalidateFurther::isActive())
        return false;
    // Stored exceptions take the coroutine path, so that they are thrown when awaited.
    if (!d->cache->tryGetNow(key, value) || isMiss(value) || value.metaType() == QMetaType::fromType<CachedException>())
        return false;
    const Detect::Targets targets = Detect::active();
    if (Detect::isObserved(targets)) {
        Call call;
        call.key = key;
        call.detect = targets;
        d->recordHit(call, {{QStringLiteral("name"), QStringLiteral("simple")}, {QStringLiteral("value"), value}});
    }
    return true;
}

QCoro::Task<QVariant> Strategy::run(std::shared_ptr<Strategy> self, Call call)
{
    if (!self->d->runner)
        throw ValueError(QStringLiteral("The iterator strategy wraps async generators; use cashews::iterator()"));
    return Private::dispatch(self->d, std::move(call));
}

QCoro::Task<QVariant> Strategy::Private::dispatch(std::shared_ptr<Private> p, Call call)
{
    if (p->cache->isFullyDisabled()) {
        QVariant direct = co_await call.invoke();
        co_return direct;
    }
    if (p->kind == Kind::Simple && !p->options.lock && !call.invalidate) {
        // Hot path: a hit needs neither the in-process protection nor the strategy frame.
        QVariant cached = co_await p->cache->get(call.key);
        if (!isMiss(cached))
            co_return p->simpleHit(call, cached);
    }
    if (p->options.lock && isCaching(p->kind)) {
        // cashews' lock=True: the whole strategy, hits included, runs under "lock:<key>".
        const QString lockKey = QStringLiteral("lock:") + call.baseKey;
        const Ttl ttl = p->ttlFor(call);
        LockGuard guard = co_await p->cache->lock(lockKey, ttl, true, p->options.checkInterval);
        QVariant result = co_await protect(p, call);
        co_await guard.release();
        co_return result;
    }
    QVariant result = co_await protect(p, std::move(call));
    co_return result;
}

QCoro::Task<QVariant> Strategy::Private::protect(std::shared_ptr<Private> p, Call call)
{
    const bool protectedKind = p->kind == Kind::Simple || p->kind == Kind::Early || p->kind == Kind::Soft;
    if (!p->options.protect || !protectedKind) {
        QVariant result = co_await p->runner(p, std::move(call));
        co_return result;
    }
    // Flights are per wrapper and per full key (cashews shares one per template without the
    // prefix, so two strategies over one template could hand each other foreign layouts).
    if (auto running = p->flights.value(call.key)) {
        FlightWait wait{running};
        QVariant shared = co_await wait;
        co_return shared;
    }
    auto flight = std::make_shared<Flight>();
    const QString key = call.key;
    p->flights.insert(key, flight);
    const Attempt outcome = co_await attempt(p->runner(p, std::move(call)));
    if (p->flights.value(key) == flight)
        p->flights.remove(key);
    flight->finish(outcome.value, outcome.error);
    if (outcome.error)
        std::rethrow_exception(outcome.error);
    co_return outcome.value;
}

QCoro::Task<QVariant> Strategy::Private::computeAndStore(std::shared_ptr<Private> p, Call call, Layout layout)
{
    const qint64 started = nowMs();
    Attempt outcome;
    bool innerHit = false;
    {
        // upper (always on for failover): an inner cached hit means this result is not fresh.
        std::optional<Detect> inner;
        if (p->options.upper || p->kind == Kind::Failover)
            inner.emplace();
        outcome = co_await attempt(call.invoke());
        innerHit = inner && !inner->callsList().isEmpty();
    }
    const QVariant &result = outcome.value;
    const std::exception_ptr &error = outcome.error;
    const Condition::Decision decision = p->options.condition.evaluate({result, error, call.args, call.key});
    const bool storeResult = decision == Condition::Decision::StoreResult && !error;
    // soft never stores exceptions (as cashews).
    const bool storeError = decision == Condition::Decision::StoreException && error && layout != Layout::Soft;
    const bool slowEnough = !p->options.timeCondition || nowMs() - started >= p->options.timeCondition.milliseconds();
    if (storeResult && !innerHit && slowEnough) {
        const Ttl ttl = p->ttlFor(call, result);
        co_await store(p, call, layout, result, ttl);
    } else if (storeError && !innerHit && slowEnough) {
        // A stored exception is a live object: a byte store's serializer refuses it. The
        // caller then gets its own exception, not the serializer's.
        const Ttl ttl = p->ttlFor(call, result);
        try {
            co_await store(p, call, layout, QVariant::fromValue(CachedException(error)), ttl);
        } catch (const CacheError &e) {
            qCWarning(lcStrategy) << "cannot store the exception of" << call.key << ":" << e.what();
        }
    }
    if (error)
        std::rethrow_exception(error);
    co_return result;
}

QCoro::Task<> Strategy::Private::store(std::shared_ptr<Private> p, Call call, Layout layout, QVariant value, Ttl ttl)
{
    Cache &cache = *p->cache;
    switch (layout) {
    case Layout::Plain:
        co_await cache.set(call.key, value, ttl);
        break;
    case Layout::Hit: {
        const QString counter = call.key + QStringLiteral(":counter");
        co_await cache.remove(counter);
        co_await cache.set(call.key, value, ttl);
        break;
    }
    case Layout::Early:
    case Layout::Soft: {
        const Ttl fresh = p->freshFor(call, layout == Layout::Early ? p->options.earlyTtl : p->options.softTtl);
        // An aware UTC datetime, as Python's datetime.now(timezone.utc) (see <cashews/pytypes.h>).
        const QDateTime freshUntil = QDateTime::fromMSecsSinceEpoch(nowMs() + fresh.milliseconds(), Qt::UTC);
        QVariantList entry;
        entry.append(freshUntil);
        entry.append(value);
        QVariant stored(entry);
        co_await cache.set(call.key, stored, ttl);
        break;
    }
    }
}

QCoro::Task<> Strategy::Private::refresh(std::shared_ptr<Private> p, Call call, Layout layout)
{
    const Attempt outcome = co_await attempt(computeAndStore(p, call, layout));
    if (layout == Layout::Early) {
        const QString lockKey = call.key + QStringLiteral(":lock");
        co_await p->cache->remove(lockKey);
    }
    if (outcome.error)
        std::rethrow_exception(outcome.error);
}

QCoro::Task<> Strategy::Private::refreshLogged(std::shared_ptr<Private> p, Call call, Layout layout)
{
    try {
        co_await refresh(p, call, layout);
    } catch (const std::exception &e) {
        qCWarning(lcStrategy) << "background refresh of" << call.key << "failed:" << e.what();
    } catch (...) {
        qCWarning(lcStrategy) << "background refresh of" << call.key << "failed with an unknown exception";
    }
}

void Strategy::Private::scheduleRefresh(std::shared_ptr<Private> p, Call call, Layout layout)
{
    auto start = [p, call, layout] { refreshLogged(p, call, layout); };
    if (QCoreApplication::instance())
        QTimer::singleShot(0, QCoreApplication::instance(), start);
    else
        start();
}

QCoro::Task<QVariant> Strategy::Private::simple(std::shared_ptr<Private> p, Call call)
{
    if (call.invalidate) {
        co_await p->cache->remove(call.key);
    } else {
        QVariant cached = co_await p->cache->get(call.key);
        if (!isMiss(cached))
            co_return p->simpleHit(call, cached);
    }
    co_return co_await computeAndStore(p, std::move(call), Layout::Plain);
}

QCoro::Task<QVariant> Strategy::Private::failover(std::shared_ptr<Private> p, Call call)
{
    const Attempt outcome = co_await attempt(computeAndStore(p, call, Layout::Plain));
    const std::exception_ptr &error = outcome.error;
    if (!error)
        co_return outcome.value;
    if (p->matches(error) && !call.invalidate) {
        QVariant cached = co_await p->cache->get(call.key);
        if (!isMiss(cached)) {
            p->recordHit(call, {{QStringLiteral("name"), QStringLiteral("failover")},
                                {QStringLiteral("value"), cached},
                                {QStringLiteral("exc"), describeError(error)}});
            co_return unwrapStored(cached);
        }
    }
    std::rethrow_exception(error);
}

QCoro::Task<QVariant> Strategy::Private::hit(std::shared_ptr<Private> p, Call call)
{
    Cache &cache = *p->cache;
    const QString counter = call.key + QStringLiteral(":counter");
    QVariant cached;
    std::optional<qint64> hits;
    if (call.invalidate) {
        co_await cache.remove(call.key);
    } else {
        const Ttl ttl = p->ttlFor(call);
        // Both commands in flight at once, as cashews' gather().
        auto reading = cache.get(call.key);
        auto counting = cache.incr(counter, 1, ttl);
        cached = co_await reading;
        hits = co_await counting;
    }
    if (!isMiss(cached) && hits && *hits <= p->options.cacheHits) {
        p->recordHit(call, {{QStringLiteral("name"), QStringLiteral("hit")},
                            {QStringLiteral("value"), cached},
                            {QStringLiteral("cache_hits"), p->options.cacheHits}});
        if (p->options.updateAfter > 0 && *hits == p->options.updateAfter) {
            if (p->options.background)
                scheduleRefresh(p, call, Layout::Hit);
            else
                co_await refresh(p, call, Layout::Hit);
        }
        co_return unwrapStored(cached);
    }
    co_return co_await computeAndStore(p, std::move(call), Layout::Hit);
}

QCoro::Task<QVariant> Strategy::Private::early(std::shared_ptr<Private> p, Call call)
{
    Cache &cache = *p->cache;
    QVariant cached;
    if (call.invalidate)
        co_await cache.remove(call.key);
    else
        cached = co_await cache.get(call.key);
    if (const auto entry = datedEntry(cached, call.key)) {
        const Ttl earlyTtl = p->freshFor(call, p->options.earlyTtl);
        p->recordHit(call, {{QStringLiteral("name"), QStringLiteral("early")},
                            {QStringLiteral("value"), entry->second},
                            {QStringLiteral("early_ttl"), earlyTtl.seconds()},
                            {QStringLiteral("early_expire_at"), entry->first}});
        if (entry->first.toMSecsSinceEpoch() <= nowMs()) {
            // One refresher per key across processes: the ":lock" key, kept for early_ttl.
            const QString lockKey = call.key + QStringLiteral(":lock");
            const QVariant one = QStringLiteral("1");
            const bool mine = co_await cache.set(lockKey, one, earlyTtl, Exist::IfMissing);
            if (mine) {
                if (p->options.background)
                    scheduleRefresh(p, call, Layout::Early);
                else
                    co_await refresh(p, call, Layout::Early); // cashews still returns the old value
            }
        }
        co_return unwrapStored(entry->second);
    }
    co_return co_await computeAndStore(p, std::move(call), Layout::Early);
}

QCoro::Task<QVariant> Strategy::Private::soft(std::shared_ptr<Private> p, Call call)
{
    QVariant cached;
    if (call.invalidate)
        co_await p->cache->remove(call.key);
    else
        cached = co_await p->cache->get(call.key);
    const auto entry = datedEntry(cached, call.key);
    auto fields = [&](const QString &exc) {
        if (!Detect::isObserved(call.detect))
            return QVariantMap();
        QVariantMap f{{QStringLiteral("name"), QStringLiteral("soft")},
                      {QStringLiteral("value"), entry->second},
                      {QStringLiteral("soft_ttl"), p->freshFor(call, p->options.softTtl).seconds()},
                      {QStringLiteral("soft_expire_at"), entry->first}};
        if (!exc.isEmpty())
            f.insert(QStringLiteral("exc"), exc);
        return f;
    };
    if (entry && entry->first.toMSecsSinceEpoch() > nowMs()) {
        p->recordHit(call, fields({}));
        co_return unwrapStored(entry->second);
    }
    const Attempt outcome = co_await attempt(computeAndStore(p, call, Layout::Soft));
    const std::exception_ptr &error = outcome.error;
    if (!error)
        co_return outcome.value;
    if (entry && p->matches(error)) {
        p->recordHit(call, fields(describeError(error)));
        co_return unwrapStored(entry->second);
    }
    std::rethrow_exception(error);
}

QCoro::Task<QVariant> Strategy::Private::locked(std::shared_ptr<Private> p, Call call)
{
    const Ttl ttl = p->ttlFor(call);
    LockGuard guard = co_await p->cache->lock(call.key, ttl, p->options.wait, p->options.checkInterval);
    // On an exception the guard's destructor unlocks in the background.
    QVariant result = co_await call.invoke();
    co_await guard.release();
    co_return result;
}

QCoro::Task<QVariant> Strategy::Private::invalidate(std::shared_ptr<Private> p, Call call)
{
    QVariant result = co_await call.invoke();
    co_await p->cache->removeMatch(call.key);
    co_return result;
}

QVariant Strategy::Private::reject(const std::shared_ptr<Private> &p, const Call &call)
{
    if (p->options.action)
        return p->options.action(call.args);
    throw RateLimitError(QStringLiteral("Rate limit reached for %1").arg(call.key));
}

QCoro::Task<QVariant> Strategy::Private::rateLimit(std::shared_ptr<Private> p, Call call)
{
    Cache &cache = *p->cache;
    const Ttl period = p->options.period;
    const auto count = co_await cache.incr(call.key, 1, period);
    if (count && *count > p->options.limit) {
        if (*count == p->options.limit + 1) {
            // cashews: the first rejected call restarts the window with ttl (default: the period).
            const Ttl ban = p->options.ttl.isSet() ? p->ttlFor(call) : period;
            co_await cache.expire(call.key, ban);
        }
        co_return reject(p, call);
    }
    co_return co_await call.invoke();
}

QCoro::Task<QVariant> Strategy::Private::sliceRateLimit(std::shared_ptr<Private> p, Call call)
{
    const Ttl period = p->options.period;
    const double now = static_cast<double>(nowMs()) / 1000.0;
    const double start = now - period.seconds();
    const qint64 count = co_await p->cache->sliceIncr(call.key, start, now, p->options.limit + 1, period);
    if (count > p->options.limit)
        co_return reject(p, call);
    co_return co_await call.invoke();
}

QCoro::Task<QVariant> Strategy::Private::circuitBreaker(std::shared_ptr<Private> p, Call call)
{
    Cache &cache = *p->cache;
    const QString openKey = call.key + QStringLiteral(":open");
    const QString halfOpenKey = call.key + QStringLiteral(":halfopen");
    const bool open = co_await cache.exists(openKey);
    if (open) {
        if (p->options.halfOpenTtl) {
            const QVariant one = 1;
            co_await cache.set(halfOpenKey, one, p->options.halfOpenTtl, Exist::IfMissing);
        }
        throw CircuitBreakerOpen(QStringLiteral("Circuit breaker %1 is open").arg(call.key));
    }
    const bool halfOpen = co_await cache.exists(halfOpenKey);
    if (halfOpen && QRandomGenerator::global()->bounded(2) == 0) // cashews lets half of the calls through
        throw CircuitBreakerOpen(QStringLiteral("Circuit breaker %1 is half-open").arg(call.key));

    const Ttl period = p->options.period;
    const double now = static_cast<double>(nowMs()) / 1000.0;
    const double start = now - period.seconds();
    const QString totalKey = call.key + QStringLiteral(":total");
    const qint64 total = co_await cache.sliceIncr(totalKey, start, now, 9999, period);
    const Attempt outcome = co_await attempt(call.invoke());
    const std::exception_ptr &error = outcome.error;
    if (!error)
        co_return outcome.value;
    if (p->matches(error)) {
        const QString failsKey = call.key + QStringLiteral(":fails");
        const qint64 fails = co_await cache.sliceIncr(failsKey, start, now, 9999, period);
        if (total >= p->options.minCalls && static_cast<double>(fails) * 100.0 / static_cast<double>(total) >= p->options.errorsRate) {
            const QByteArray one("1");
            const Ttl ttl = p->ttlFor(call);
            co_await cache.setLock(openKey, one, ttl);
        }
    }
    std::rethrow_exception(error);
}

QCoro::Task<QVariant> Strategy::Private::bloomCheck(std::shared_ptr<Private> p, Call call)
{
    const QList<qint64> indexes = bloomIndexes(call.baseKey, p->bloom);
    const QList<qint64> bits = co_await p->cache->getBits(p->bloomKey(), indexes, 1);
    if (!allSet(bits))
        co_return QVariant(false);
    if (!p->options.checkFalsePositive)
        co_return QVariant(true);
    co_return co_await call.invoke(); // all bits set: maybe a false positive
}

QCoro::Task<QVariant> Strategy::fill(std::shared_ptr<Strategy> self, Call call)
{
    const std::shared_ptr<Private> p = self->d;
    if (p->kind != Kind::Bloom)
        throw ValueError(QStringLiteral("Only a bloom filter can be filled"));
    QVariant result = co_await call.invoke();
    if (isTruthy(result)) {
        const QList<qint64> indexes = bloomIndexes(call.baseKey, p->bloom);
        co_await p->cache->incrBits(p->bloomKey(), indexes, 1, 1);
    }
    co_return result;
}

QCoro::Task<QVariant> Strategy::Private::dualBloom(std::shared_ptr<Private> p, Call call)
{
    Cache &cache = *p->cache;
    // cashews renders the prefixed template for dual filters and salts it per filter.
    const QList<qint64> trueIndexes = bloomIndexes(call.key + QStringLiteral("true"), p->bloom);
    const QList<qint64> falseIndexes = bloomIndexes(call.key + QStringLiteral("false"), p->bloom);
    const QString trueKey = p->templateText + QStringLiteral(":true");
    const QString falseKey = p->templateText + QStringLiteral(":false");
    auto readingTrue = cache.getBits(trueKey, trueIndexes, 1);
    auto readingFalse = cache.getBits(falseKey, falseIndexes, 1);
    const QList<qint64> trueBits = co_await readingTrue;
    const QList<qint64> falseBits = co_await readingFalse;
    const bool inTrue = allSet(trueBits);
    const bool inFalse = allSet(falseBits);
    if (!inTrue && !inFalse) {
        QVariant result = co_await call.invoke();
        const bool truthy = isTruthy(result);
        const QList<qint64> &targetBits = truthy ? trueBits : falseBits;
        if (!p->options.noCollisions || allClear(targetBits)) {
            const QString &target = truthy ? trueKey : falseKey;
            const QList<qint64> &targetIndexes = truthy ? trueIndexes : falseIndexes;
            co_await cache.incrBits(target, targetIndexes, 1, 1);
        }
        co_return result;
    }
    if (inTrue != inFalse)
        co_return QVariant(inTrue); // only one filter knows the element
    co_return co_await call.invoke();
}

QCoro::AsyncGenerator<QVariant> Strategy::iterate(std::shared_ptr<Strategy> self, Call call,
                                                  std::function<QCoro::AsyncGenerator<QVariant>()> source)
{
    const std::shared_ptr<Private> p = self->d;
    Cache &cache = *p->cache;
    if (cache.isFullyDisabled()) {
        auto direct = source();
        QCORO_FOREACH(QVariant & item, direct) {
            QVariant value = item;
            co_yield value;
        }
        co_return;
    }
    if (call.invalidate) {
        co_await cache.remove(call.key);
    } else {
        const QVariant marker = co_await cache.get(call.key);
        if (!isMiss(marker)) {
            p->recordHit(call, {{QStringLiteral("name"), QStringLiteral("iterator")}, {QStringLiteral("value"), marker}});
            // Deliberate fix: cashews stops at the first falsy chunk; we read until a chunk is missing.
            for (int n = 0;; ++n) {
                const QString chunkKey = call.key + QLatin1Char(':') + QString::number(n);
                QVariant chunk = co_await cache.get(chunkKey);
                if (isMiss(chunk))
                    co_return;
                chunk = unwrapStored(chunk);
                co_yield chunk;
            }
        }
    }
    const qint64 started = nowMs();
    const Ttl ttl = p->ttlFor(call);
    int n = 0;
    std::exception_ptr error;
    try {
        auto generator = source();
        QCORO_FOREACH(QVariant & item, generator) {
            QVariant chunk = item;
            const Condition::Outcome outcome{chunk, {}, call.args, call.key};
            if (p->options.condition.evaluate(outcome) == Condition::Decision::StoreResult) {
                const QString chunkKey = call.key + QLatin1Char(':') + QString::number(n);
                co_await cache.set(chunkKey, chunk, ttl);
            }
            ++n;
            co_yield chunk;
        }
    } catch (...) {
        error = std::current_exception();
    }
    bool complete = !error;
    if (error) {
        const Condition::Outcome outcome{{}, error, call.args, call.key};
        if (p->options.condition.evaluate(outcome) == Condition::Decision::StoreException) {
            const QString chunkKey = call.key + QLatin1Char(':') + QString::number(n);
            const QVariant stored = QVariant::fromValue(CachedException(error));
            co_await cache.set(chunkKey, stored, ttl);
            complete = true;
        }
    }
    if (complete) {
        // The marker expires with the first chunk (cashews: ttl minus the time spent iterating).
        const qint64 left = ttl.milliseconds() - (nowMs() - started);
        const Ttl markerTtl = ttl.hasExpiry() ? Ttl::fromMilliseconds(std::max<qint64>(1, left)) : Ttl();
        const QVariant marker = true;
        co_await cache.set(call.key, marker, markerTtl);
    }
    if (error)
        std::rethrow_exception(error);
}

} // namespace cashews
