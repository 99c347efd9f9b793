// Hit cache (cashews' hit; dynamic is hit with other defaults): a stored value serves
// `cacheHits` hits, counted at "<key>:counter"; the hit number `updateAfter` refreshes it
// (prefix "hit").
#include "strategyengine.h"
#include "strategyregistry.h"

#include <cashews/errors.h>

#include <optional>

namespace cashews {

namespace {

QString counterKey(const Strategy::Call &call)
{
    return call.key + QStringLiteral(":counter");
}

class HitStrategy final : public StrategyRunner
{
public:
    explicit HitStrategy(const StrategyOptions &options)
        : StrategyRunner({.name = QStringLiteral("hit"), .prefix = QStringLiteral("hit"), .caches = true})
    {
        if (options.cacheHits <= 0)
            throw ValueError(QStringLiteral("hit: cacheHits must be positive"));
    }

    QCoro::Task<QVariant> run(Engine engine, Call call) const override
    {
        Cache &cache = engine->cache();
        const StrategyOptions &options = engine->options();
        QVariant cached;
        std::optional<qint64> hits;
        if (call.invalidate) {
            co_await cache.remove(call.key);
        } else {
            const Ttl ttl = engine->ttlFor(call);
            // Both commands in flight at once, as cashews' gather().
            auto reading = cache.get(call.key);
            auto counting = cache.incr(counterKey(call), 1, ttl, call.tags);
            cached = co_await reading;
            hits = co_await counting;
        }
        if (!isMiss(cached) && hits && *hits <= options.cacheHits) {
            engine->recordHit(call, {{QStringLiteral("value"), cached}, {QStringLiteral("cache_hits"), options.cacheHits}});
            if (options.updateAfter > 0 && *hits == options.updateAfter)
                co_await StrategyEngine::refresh(engine, call, &StrategyEngine::recompute);
            co_return StrategyEngine::unwrapStored(cached);
        }
        co_return co_await StrategyEngine::computeAndStore(engine, std::move(call));
    }

    // A new value starts counting its hits again.
    QCoro::Task<> store(Engine engine, Call call, QVariant value, Ttl ttl) const override
    {
        co_await engine->cache().remove(counterKey(call));
        co_await engine->cache().set(call.key, std::move(value), ttl, Exist::Always, call.tags);
    }
};

} // namespace

std::unique_ptr<StrategyRunner> StrategyRegistry::hit(const StrategyOptions &options)
{
    return std::make_unique<HitStrategy>(options);
}

} // namespace cashews
