// Fixed-window rate limit (cashews' rate_limit): a counter at the key counts the calls of the
// period; beyond `limit`, options.action or RateLimitError (see LimitStrategy), and the first
// rejected call restarts the window with ttl, a ban (prefix "rate_limit").
#include "limitstrategy.h"
#include "strategyengine.h"
#include "strategyregistry.h"

namespace cashews {

namespace {

QCoro::Task<bool> overFixedWindow(std::shared_ptr<StrategyEngine> engine, Strategy::Call call)
{
    const StrategyOptions &options = engine->options();
    const auto count = co_await engine->cache().incr(call.key, 1, options.period);
    if (!count || *count <= options.limit)
        co_return false;
    if (*count == options.limit + 1) {
        // cashews: the first rejected call restarts the window with ttl (default: the period).
        const Ttl ban = options.ttl.isSet() ? engine->ttlFor(call) : options.period;
        co_await engine->cache().expire(call.key, ban);
    }
    co_return true;
}

} // namespace

std::unique_ptr<StrategyRunner> StrategyRegistry::rateLimit(const StrategyOptions &options)
{
    return std::make_unique<LimitStrategy>(QStringLiteral("rate_limit"), &overFixedWindow, options);
}

} // namespace cashews
