// Failover (cashews' failover): always calls and stores; when the call throws one of
// `exceptions`, answers the last stored result (prefix "fail"). A result computed over an
// inner cached hit is not stored (always upper): it may itself be stale.
#include "attempt.h"
#include "strategyengine.h"
#include "strategyregistry.h"

namespace cashews {

namespace {

class FailoverStrategy final : public StrategyRunner
{
public:
    FailoverStrategy()
        : StrategyRunner({.name = QStringLiteral("failover"), .prefix = QStringLiteral("fail"), .caches = true, .alwaysUpper = true})
    {
    }

    QCoro::Task<QVariant> run(Engine engine, Call call) const override
    {
        const Attempt outcome = co_await attempt(StrategyEngine::computeAndStore(engine, call));
        if (!outcome.error)
            co_return outcome.value;
        if (engine->matches(outcome.error) && !call.invalidate) {
            QVariant cached = co_await engine->cache().get(call.key);
            if (!isMiss(cached)) {
                engine->recordHit(call, {{QStringLiteral("value"), cached}, {QStringLiteral("exc"), outcome.describeError()}});
                co_return StrategyEngine::unwrapStored(cached);
            }
        }
        std::rethrow_exception(outcome.error);
    }
};

} // namespace

std::unique_ptr<StrategyRunner> StrategyRegistry::failover(const StrategyOptions &)
{
    return std::make_unique<FailoverStrategy>();
}

} // namespace cashews
