#include "datedstrategy.h"

#include "strategyengine.h"

namespace cashews {

DatedStrategy::DatedStrategy(Traits traits, TtlSpec StrategyOptions::*fresh)
    : StrategyRunner(std::move(traits)), m_fresh(fresh)
{
}

Ttl DatedStrategy::freshFor(const StrategyEngine &engine, const Call &call) const
{
    return engine.freshFor(call, engine.options().*m_fresh);
}

QCoro::Task<> DatedStrategy::store(Engine engine, Call call, QVariant value, Ttl ttl) const
{
    QVariant entry = DatedEntry::make(std::move(value), freshFor(*engine, call));
    co_await engine->cache().set(call.key, std::move(entry), ttl, Exist::Always, call.tags);
}

QCoro::Task<std::optional<DatedEntry>> DatedStrategy::lookup(Engine engine, Call call)
{
    if (call.invalidate) {
        co_await engine->cache().remove(call.key);
        co_return std::nullopt;
    }
    const QVariant cached = co_await engine->cache().get(call.key);
    co_return DatedEntry::read(cached, call.key);
}

} // namespace cashews
