#include "strategyrunner.h"

#include "strategyengine.h"

#include <cashews/errors.h>

namespace cashews {

StrategyRunner::StrategyRunner(Traits traits)
    : m_traits(std::move(traits))
{
}

StrategyRunner::~StrategyRunner() = default;

QCoro::Task<> StrategyRunner::store(Engine engine, Call call, QVariant value, Ttl ttl) const
{
    co_await engine->cache().set(call.key, std::move(value), ttl, Exist::Always, call.tags);
}

QCoro::Task<QVariant> StrategyRunner::fill(Engine, Call) const
{
    throw ValueError(QStringLiteral("Only a bloom filter can be filled"));
}

QCoro::AsyncGenerator<QVariant> StrategyRunner::iterate(Engine, Call, std::function<QCoro::AsyncGenerator<QVariant>()>) const
{
    throw ValueError(QStringLiteral("Only the iterator strategy wraps async generators"));
}

} // namespace cashews
