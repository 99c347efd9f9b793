// Sliding-window rate limit (cashews' slice_rate_limit): a ZSET of call times at the key;
// beyond `limit` calls in any `period`, options.action or RateLimitError (see LimitStrategy;
// prefix "srl").
#include "limitstrategy.h"
#include "strategyengine.h"
#include "strategyregistry.h"

#include <cashews/clock.h>

namespace cashews {

namespace {

QCoro::Task<bool> overSlidingWindow(std::shared_ptr<StrategyEngine> engine, Strategy::Call call)
{
    const StrategyOptions &options = engine->options();
    const double now = static_cast<double>(nowMs()) / 1000.0;
    const double start = now - options.period.seconds();
    const qint64 count = co_await engine->cache().sliceIncr(call.key, start, now, options.limit + 1, options.period);
    co_return count > options.limit;
}

} // namespace

std::unique_ptr<StrategyRunner> StrategyRegistry::sliceRateLimit(const StrategyOptions &options)
{
    return std::make_unique<LimitStrategy>(QStringLiteral("srl"), &overSlidingWindow, options);
}

} // namespace cashews
