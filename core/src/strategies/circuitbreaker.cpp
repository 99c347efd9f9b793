// Circuit breaker (cashews' circuit_breaker): sliding windows of the calls ("<key>:total") and
// of the failures ("<key>:fails") in `period`; at `errorsRate` percent failures, after at least
// `minCalls` calls, "<key>:open" is set for ttl and calls throw CircuitBreakerOpen; afterwards
// "<key>:halfopen" lets half of the calls through for `halfOpenTtl` (prefix "circuit_breaker",
// default key: the function name alone).
#include "attempt.h"
#include "strategyengine.h"
#include "strategyregistry.h"

#include <cashews/clock.h>
#include <cashews/errors.h>

#include <QRandomGenerator>

namespace cashews {

namespace {

class CircuitBreakerStrategy final : public StrategyRunner
{
public:
    explicit CircuitBreakerStrategy(const StrategyOptions &options)
        : StrategyRunner({.prefix = QStringLiteral("circuit_breaker"), .keyPerFunction = true})
    {
        if (options.errorsRate <= 0 || options.errorsRate >= 100 || !options.period)
            throw ValueError(QStringLiteral("circuit breaker: errorsRate must be in (0, 100) and period positive"));
    }

    QCoro::Task<QVariant> run(Engine engine, Call call) const override
    {
        Cache &cache = engine->cache();
        const StrategyOptions &options = engine->options();
        const QString openKey = call.key + QStringLiteral(":open");
        const QString halfOpenKey = call.key + QStringLiteral(":halfopen");
        const bool open = co_await cache.exists(openKey);
        if (open) {
            if (options.halfOpenTtl)
                co_await cache.set(halfOpenKey, 1, options.halfOpenTtl, Exist::IfMissing);
            throw CircuitBreakerOpen(QStringLiteral("Circuit breaker %1 is open").arg(call.key));
        }
        const bool halfOpen = co_await cache.exists(halfOpenKey);
        if (halfOpen && QRandomGenerator::global()->bounded(2) == 0) // cashews lets half of the calls through
            throw CircuitBreakerOpen(QStringLiteral("Circuit breaker %1 is half-open").arg(call.key));

        const Ttl period = options.period;
        const double now = static_cast<double>(nowMs()) / 1000.0;
        const double start = now - period.seconds();
        const qint64 total = co_await cache.sliceIncr(call.key + QStringLiteral(":total"), start, now, 9999, period);
        const Attempt outcome = co_await attempt(call.invoke());
        if (!outcome.error)
            co_return outcome.value;
        if (engine->matches(outcome.error)) {
            const qint64 fails = co_await cache.sliceIncr(call.key + QStringLiteral(":fails"), start, now, 9999, period);
            if (total >= options.minCalls && static_cast<double>(fails) * 100.0 / static_cast<double>(total) >= options.errorsRate)
                co_await cache.setLock(openKey, QByteArrayLiteral("1"), engine->ttlFor(call));
        }
        std::rethrow_exception(outcome.error);
    }
};

} // namespace

std::unique_ptr<StrategyRunner> StrategyRegistry::circuitBreaker(const StrategyOptions &options)
{
    return std::make_unique<CircuitBreakerStrategy>(options);
}

} // namespace cashews
