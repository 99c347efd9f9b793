// Locked (cashews' locked): one execution at a time under the lock "locked:<key>", whose
// default key is the function name alone; waiting callers retry every checkInterval, or throw
// LockedError with wait=false. Does not cache.
#include "strategyengine.h"
#include "strategyregistry.h"

namespace cashews {

namespace {

class LockedStrategy final : public StrategyRunner
{
public:
    LockedStrategy()
        : StrategyRunner({.prefix = QStringLiteral("locked"), .keyPerFunction = true})
    {
    }

    QCoro::Task<QVariant> run(Engine engine, Call call) const override
    {
        const StrategyOptions &options = engine->options();
        LockGuard guard = co_await engine->cache().lock(call.key, engine->ttlFor(call), options.wait, options.checkInterval);
        // On an exception the guard's destructor unlocks in the background.
        QVariant result = co_await call.invoke();
        co_await guard.release();
        co_return result;
    }
};

} // namespace

std::unique_ptr<StrategyRunner> StrategyRegistry::locked(const StrategyOptions &)
{
    return std::make_unique<LockedStrategy>();
}

} // namespace cashews
