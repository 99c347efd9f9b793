#include "strategyregistry.h"

#include <cashews/errors.h>

#include <algorithm>
#include <iterator>
#include <utility>

namespace cashews {

namespace {

using Kind = Strategy::Kind;

// One line per strategy.
const std::pair<Kind, StrategyRegistry::Factory> Registry[] = {
    {Kind::Simple, &StrategyRegistry::cached},
    {Kind::Failover, &StrategyRegistry::failover},
    {Kind::Hit, &StrategyRegistry::hit},
    {Kind::Early, &StrategyRegistry::early},
    {Kind::Soft, &StrategyRegistry::soft},
    {Kind::Iterator, &StrategyRegistry::iterator},
    {Kind::Locked, &StrategyRegistry::locked},
    {Kind::Invalidate, &StrategyRegistry::invalidate},
    {Kind::RateLimit, &StrategyRegistry::rateLimit},
    {Kind::SliceRateLimit, &StrategyRegistry::sliceRateLimit},
    {Kind::CircuitBreaker, &StrategyRegistry::circuitBreaker},
    {Kind::Bloom, &StrategyRegistry::bloom},
    {Kind::DualBloom, &StrategyRegistry::dualBloom},
    {Kind::ThunderProtection, &StrategyRegistry::thunderProtection},
};

} // namespace

std::unique_ptr<StrategyRunner> StrategyRegistry::make(Strategy::Kind kind, const StrategyOptions &options)
{
    const auto *entry = std::find_if(std::begin(Registry), std::end(Registry), [kind](const auto &e) { return e.first == kind; });
    if (entry == std::end(Registry))
        throw ValueError(QStringLiteral("No strategy registered for kind %1").arg(static_cast<int>(kind)));
    return entry->second(options);
}

} // namespace cashews
