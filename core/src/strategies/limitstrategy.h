#pragma once

#include "strategyrunner.h"

#include <cashews/strategyoptions.h>

namespace cashews {

// A rate limit; ratelimit.cpp and slicelimit.cpp define its window. A call over the limit
// gets options.action's answer, else RateLimitError.
class LimitStrategy final : public StrategyRunner
{
public:
    // Counts the call in its window; true when that puts it over the limit.
    using Counter = QCoro::Task<bool> (*)(Engine engine, Call call);

    // ValueError unless limit and period are positive.
    LimitStrategy(QString prefix, Counter overLimit, const StrategyOptions &options);

    QCoro::Task<QVariant> run(Engine engine, Call call) const override;

private:
    Counter m_overLimit;
};

} // namespace cashews
