// Early (cashews' early): the value is stored as [fresh-until, value]; once the fresh period
// (`earlyTtl`, default ttl * 0.33) is over, one caller across processes, the one that takes the
// lock "<key>:lock", recomputes (in the background unless background=false) while every caller
// still gets the stored value (prefix "early:v2", also after a custom prefix).
#include "attempt.h"
#include "datedstrategy.h"
#include "strategyengine.h"
#include "strategyregistry.h"

namespace cashews {

namespace {

QString lockKey(const Strategy::Call &call)
{
    return call.key + QStringLiteral(":lock");
}

// Recomputes, then lets the next refresh in: the lock goes whatever the outcome.
QCoro::Task<> refreshEarly(std::shared_ptr<StrategyEngine> engine, Strategy::Call call)
{
    const Attempt outcome = co_await attempt(StrategyEngine::computeAndStore(engine, call));
    co_await engine->cache().remove(lockKey(call));
    if (outcome.error)
        std::rethrow_exception(outcome.error);
}

class EarlyStrategy final : public DatedStrategy
{
public:
    EarlyStrategy()
        : DatedStrategy({.name = QStringLiteral("early"), .prefix = QStringLiteral("early"), .version = QStringLiteral(":v2"),
                         .caches = true, .protects = true},
                        &StrategyOptions::earlyTtl)
    {
    }

    QCoro::Task<QVariant> run(Engine engine, Call call) const override
    {
        const auto entry = co_await lookup(engine, call);
        if (!entry)
            co_return co_await StrategyEngine::computeAndStore(engine, std::move(call));
        const Ttl earlyTtl = freshFor(*engine, call);
        engine->recordHit(call, {{QStringLiteral("value"), entry->value},
                                 {QStringLiteral("early_ttl"), earlyTtl.seconds()},
                                 {QStringLiteral("early_expire_at"), entry->freshUntil}});
        if (!entry->isFresh()) {
            // One refresher per key across processes: the ":lock" key, kept for early_ttl.
            const bool mine = co_await engine->cache().set(lockKey(call), QStringLiteral("1"), earlyTtl, Exist::IfMissing);
            if (mine)
                co_await StrategyEngine::refresh(engine, call, &refreshEarly); // the caller still gets the old value
        }
        co_return StrategyEngine::unwrapStored(entry->value);
    }
};

} // namespace

std::unique_ptr<StrategyRunner> StrategyRegistry::early(const StrategyOptions &)
{
    return std::make_unique<EarlyStrategy>();
}

} // namespace cashews
