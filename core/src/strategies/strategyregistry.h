#pragma once

#include "strategyrunner.h"

#include <cashews/strategy.h>
#include <cashews/strategyoptions.h>

#include <memory>

namespace cashews {

// Which StrategyRunner serves each Strategy::Kind. Each factory below is defined in the
// strategy's own file and validates the options that strategy reads (ValueError).
// A new strategy: its file (runner and factory), its factory here, its line in the table of
// strategyregistry.cpp, a Kind and the public factory in <cashews/strategies.h>.
class StrategyRegistry
{
public:
    using Factory = std::unique_ptr<StrategyRunner> (*)(const StrategyOptions &options);

    // The runner for `kind`.
    static std::unique_ptr<StrategyRunner> make(Strategy::Kind kind, const StrategyOptions &options);

    static std::unique_ptr<StrategyRunner> cached(const StrategyOptions &options);         // cached.cpp
    static std::unique_ptr<StrategyRunner> failover(const StrategyOptions &options);       // failover.cpp
    static std::unique_ptr<StrategyRunner> hit(const StrategyOptions &options);            // hit.cpp
    static std::unique_ptr<StrategyRunner> early(const StrategyOptions &options);          // early.cpp
    static std::unique_ptr<StrategyRunner> soft(const StrategyOptions &options);           // soft.cpp
    static std::unique_ptr<StrategyRunner> iterator(const StrategyOptions &options);       // iterator.cpp
    static std::unique_ptr<StrategyRunner> locked(const StrategyOptions &options);         // locked.cpp
    static std::unique_ptr<StrategyRunner> invalidate(const StrategyOptions &options);     // invalidate.cpp
    static std::unique_ptr<StrategyRunner> rateLimit(const StrategyOptions &options);      // ratelimit.cpp
    static std::unique_ptr<StrategyRunner> sliceRateLimit(const StrategyOptions &options); // slicelimit.cpp
    static std::unique_ptr<StrategyRunner> circuitBreaker(const StrategyOptions &options); // circuitbreaker.cpp
    static std::unique_ptr<StrategyRunner> bloom(const StrategyOptions &options);          // bloom.cpp
    static std::unique_ptr<StrategyRunner> dualBloom(const StrategyOptions &options);      // dualbloom.cpp
    static std::unique_ptr<StrategyRunner> thunderProtection(const StrategyOptions &options); // thunderprotection.cpp
};

} // namespace cashews
