#include "limitstrategy.h"

#include "strategyengine.h"

#include <cashews/errors.h>

namespace cashews {

LimitStrategy::LimitStrategy(QString prefix, Counter overLimit, const StrategyOptions &options)
    : StrategyRunner({.prefix = std::move(prefix)}), m_overLimit(overLimit)
{
    if (options.limit <= 0 || !options.period)
        throw ValueError(QStringLiteral("rate limit: limit and period must be positive"));
}

QCoro::Task<QVariant> LimitStrategy::run(Engine engine, Call call) const
{
    const bool over = co_await m_overLimit(engine, call);
    if (!over)
        co_return co_await call.invoke();
    const StrategyOptions &options = engine->options();
    if (options.action)
        co_return options.action(call.args);
    throw RateLimitError(QStringLiteral("Rate limit reached for %1").arg(call.key));
}

} // namespace cashews
