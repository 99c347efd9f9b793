#pragma once

#include "datedentry.h"
#include "strategyrunner.h"

#include <cashews/strategyoptions.h>

#include <optional>

namespace cashews {

// What early and soft share: they store [fresh-until, value] (DatedEntry), fresh for the
// period their option `fresh` names (earlyTtl, softTtl; default ttl * 0.33).
class DatedStrategy : public StrategyRunner
{
public:
    QCoro::Task<> store(Engine engine, Call call, QVariant value, Ttl ttl) const override;

protected:
    DatedStrategy(Traits traits, TtlSpec StrategyOptions::*fresh);

    // The fresh period of the call.
    Ttl freshFor(const StrategyEngine &engine, const Call &call) const;
    // The stored entry; none after removing it when an InvalidateFurther scope is active.
    static QCoro::Task<std::optional<DatedEntry>> lookup(Engine engine, Call call);

private:
    TtlSpec StrategyOptions::*m_fresh;
};

} // namespace cashews
