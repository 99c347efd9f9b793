#pragma once

#include <cashews/condition.h>
#include <cashews/ttlspec.h>

#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <optional>

namespace cashews {

// Options of every strategy, named as in cashews; each strategy reads the fields it knows.
// Designated initializers must keep this order:
//   cashews::cached(cache, {.name = "app:getUser", .ttl = "3h", .key = "user:{uid}"}, fetch, {"uid"})
struct StrategyOptions
{
    // Stable function identity for the default key (name + ":p:{p}" per parameter).
    QString name{};
    // How long results are kept (rate_limit: the ban; circuit breaker: how long it stays open).
    TtlSpec ttl{};
    // Key template; empty = the default key.
    QString key{};
    // Key prefix; unset = the strategy's cashews prefix ("", "fail", "early:v2", "soft", "hit", ...).
    std::optional<QString> prefix{};
    // What to store (results by default, never exceptions).
    Condition condition{};
    // Store only calls that took at least this long (cashews' time_condition).
    Ttl timeCondition{};
    // Store only when no inner cached call was hit during this call (cashews' upper).
    bool upper = false;
    // Wrap every call in the lock "lock:<key>" (needs a ttl; cashews' lock=True).
    bool lock = false;
    // Tag templates, rendered per call from the arguments; each write adds the key to their sets.
    // Their fields must appear in the key template (else a key could not name its tags for the
    // cleanup on delete): wrapping throws ValueError otherwise.
    QStringList tags{};
    // Concurrent identical calls in this process share one execution (cashews' protected).
    bool protect = true;
    // early: the fresh period (default ttl*0.33).
    TtlSpec earlyTtl{};
    // soft: the fresh period (default ttl*0.33).
    TtlSpec softTtl{};
    // early / hit: refresh in the background (false: inline, still returning the cached value).
    bool background = true;
    // hit: hits served before recomputing; update_after: the hit that triggers a refresh (0 = none).
    int cacheHits = 0;
    int updateAfter = 0;
    // failover / soft / circuit breaker: exceptions that fall back to the cache; empty = any std::exception.
    ExceptionFilter exceptions{};
    // locked / lock: wait for the lock (false: throw LockedError) and how often to retry it
    // (deliberate change: cashews' default 0 polls without pausing).
    bool wait = true;
    Ttl checkInterval = 0.05;
    // rate_limit / slice_rate_limit: calls allowed per period; action replaces the call when the
    // limit is exceeded (default: throw RateLimitError).
    qint64 limit = 0;
    Ttl period{};
    std::function<QVariant(const QVariantList &args)> action{};
    // circuit_breaker: error percentage that opens it (0 < rate < 100), half-open period, minimum
    // calls in the period before it can open.
    double errorsRate = 0;
    Ttl halfOpenTtl{};
    int minCalls = 1;
    // bloom / dual_bloom: expected elements and false-positive percentage (0 < p < 100) that size
    // the filter; bloom: call the function when all bits are set (else answer true); dual_bloom:
    // set bits only when the target bits were all zero.
    qint64 capacity = 0;
    double falsePositives = 1;
    bool checkFalsePositive = true;
    bool noCollisions = false;
};

} // namespace cashews
