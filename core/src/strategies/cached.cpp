// Simple cache (cashews' cache): a hit returns the stored value, a miss calls and stores it
// (prefix ""). plainHits lets the engine answer hits before the thunder protection, and
// synchronously when the backend can (Strategy::tryHitNow); run() is what is left.
#include "strategyengine.h"
#include "strategyregistry.h"

namespace cashews {

namespace {

class CachedStrategy final : public StrategyRunner
{
public:
    CachedStrategy()
        : StrategyRunner({.name = QStringLiteral("simple"), .caches = true, .protects = true, .plainHits = true})
    {
    }

    QCoro::Task<QVariant> run(Engine engine, Call call) const override
    {
        if (call.invalidate) {
            co_await engine->cache().remove(call.key);
        } else {
            QVariant cached = co_await engine->cache().get(call.key);
            if (!isMiss(cached))
                co_return engine->plainHit(call, cached);
        }
        co_return co_await StrategyEngine::computeAndStore(engine, std::move(call));
    }
};

} // namespace

std::unique_ptr<StrategyRunner> StrategyRegistry::cached(const StrategyOptions &)
{
    return std::make_unique<CachedStrategy>();
}

} // namespace cashews
