// Invalidate (cashews' invalidate): after a successful call, deletes the keys matching the
// template rendered from the arguments (a glob, prefix "").
#include "strategyengine.h"
#include "strategyregistry.h"

namespace cashews {

namespace {

class InvalidateStrategy final : public StrategyRunner
{
public:
    InvalidateStrategy()
        : StrategyRunner({})
    {
    }

    QCoro::Task<QVariant> run(Engine engine, Call call) const override
    {
        QVariant result = co_await call.invoke();
        co_await engine->cache().removeMatch(call.key);
        co_return result;
    }
};

} // namespace

std::unique_ptr<StrategyRunner> StrategyRegistry::invalidate(const StrategyOptions &)
{
    return std::make_unique<InvalidateStrategy>();
}

} // namespace cashews
