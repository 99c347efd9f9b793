// Thunder protection (cashews' thunder_protection decorator): concurrent calls with the same
// key in this process share one execution and its result or exception. Stores nothing; the
// caching strategies do the same with options.protect (on by default).
#include "strategyengine.h"
#include "strategyregistry.h"

namespace cashews {

namespace {

class ThunderProtectionStrategy final : public StrategyRunner
{
public:
    ThunderProtectionStrategy()
        : StrategyRunner({.protects = true})
    {
    }

    QCoro::Task<QVariant> run(Engine, Call call) const override
    {
        QVariant result = co_await call.invoke();
        co_return result;
    }
};

} // namespace

std::unique_ptr<StrategyRunner> StrategyRegistry::thunderProtection(const StrategyOptions &options)
{
    if (!options.protect)
        throw ValueError(QStringLiteral("thunderProtection: protect=false would leave nothing to do"));
    return std::make_unique<ThunderProtectionStrategy>();
}

} // namespace cashews
