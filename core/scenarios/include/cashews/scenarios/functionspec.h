#pragma once

#include <cashews/strategy.h>
#include <cashews/strategyoptions.h>

#include <QList>
#include <QString>
#include <QVariant>

namespace cashews::scenarios {

// A function under test: its origin and the strategies over it, declared as
//   {strategy: "cache", ttl: 1, protect: false, origin: {...}}
// or, stacked (outermost first),
//   {stack: [{strategy: "failover", ttl: 60, exceptions: ["CircuitBreakerOpen"]},
//            {strategy: "circuitBreaker", errorsRate: 20, period: 10, ttl: 5}], origin: {...}}
// Strategies: none, cache, failover, hit, early, soft, locked, rateLimit, sliceRateLimit,
// circuitBreaker. Options carry StrategyOptions' names (ttl, key, prefix, lock, tags,
// protect, earlyTtl, softTtl, background, cacheHits, updateAfter, exceptions, wait,
// checkInterval, limit, period, errorsRate, halfOpenTtl, minCalls, timeCondition); durations
// are seconds or "500ms"-style strings; exceptions name OriginError, OriginTimeoutError,
// CircuitBreakerOpen, RateLimitError, StoreFaultError or LockedError. The function has one
// parameter, `key` (templates say "{key}").
struct FunctionSpec
{
    struct Layer
    {
        QString strategy; // the script's name ("cache", ...)
        Strategy::Kind kind = Strategy::Kind::Simple;
        StrategyOptions options;
    };

    QString name;
    QList<Layer> layers; // outermost first; empty = the origin called directly
    QVariant origin;     // SimulatedOrigin's declaration

    // Reads the declaration of function `name`; every key, tag and lock name gets `keyPrefix`
    // (the run's "scenario:<id>:") so the run's keys can be found and removed. Throws
    // ScenarioError naming the path and the bad option.
    static FunctionSpec parse(const QVariant &value, const QString &name, const QString &keyPrefix);
    // The short name of the exception type `error` (OriginError, CircuitBreakerOpen, ...).
    static QString errorType(std::exception_ptr error);
};

} // namespace cashews::scenarios
