#pragma once

#include <cashews/errors.h>
#include <cashews/strategy.h>
#include <cashews/wrapped.h>
#include <cashews/wrappedbloom.h>
#include <cashews/wrappedgenerator.h>

#include <QStringList>

#include <functional>
#include <memory>

// cashews' decorators as wrappers. Each takes the cache, the options, the function (anything
// callable returning QCoro::Task<T>; use method() for member functions) and the names of its
// parameters (for key templates), and returns a callable with the same signature:
//
//     auto getUser = cashews::cached(cache, {.name = "app:getUser", .ttl = "3h", .key = "user:{uid}"},
//                                    fetchUser, {"uid"});
//     User u = co_await getUser(42);
//
// Wrappers compose (wrap a wrapper). T must convert to and from QVariant. The cache must
// outlive the wrappers and the background refreshes they start (early, hit). Bad templates or options throw WrongKeyError / ValueError here.
namespace cashews {

namespace detail {

template<typename F>
struct SignatureOf;
template<typename R, typename... Args>
struct SignatureOf<std::function<R(Args...)>>
{
    using type = R(Args...);
    static constexpr qsizetype arity = sizeof...(Args);
};
template<typename F>
using FunctionOf = SignatureOf<decltype(std::function{std::declval<F>()})>;
template<typename F>
using SignatureOfT = typename FunctionOf<F>::type;

// More names than parameters would make templates refer to arguments that do not exist.
inline void checkParams(const QStringList &params, qsizetype arity)
{
    if (params.size() > arity)
        throw ValueError(QStringLiteral("%1 parameter names given for a function of %2 parameters").arg(params.size()).arg(arity));
}

template<typename F>
auto wrap(Cache &cache, Strategy::Kind kind, StrategyOptions options, F function, QStringList params)
{
    checkParams(params, FunctionOf<F>::arity);
    auto strategy = std::make_shared<Strategy>(cache, kind, std::move(options), std::move(params));
    return Wrapped<SignatureOfT<F>>(std::move(strategy), std::move(function));
}

// The callable behind each strategy name below: cached(cache, options, function, params).
template<Strategy::Kind K>
struct Factory
{
    template<typename F>
    auto operator()(Cache &cache, StrategyOptions options, F function, QStringList params = {}) const
    {
        return wrap(cache, K, std::move(options), std::move(function), std::move(params));
    }
};

} // namespace detail

// A member function bound to `object` (not part of the key; name the function so that keys
// differ per class, and put object fields in the template when they matter).
template<typename C, typename R, typename... Args>
auto method(C *object, R (C::*function)(Args...))
{
    return std::function<R(Args...)>([object, function](Args... args) { return (object->*function)(std::move(args)...); });
}
template<typename C, typename R, typename... Args>
auto method(const C *object, R (C::*function)(Args...) const)
{
    return std::function<R(Args...)>([object, function](Args... args) { return (object->*function)(std::move(args)...); });
}

// Simple cache: a hit returns the stored value, a miss calls and stores (key prefix "").
inline constexpr detail::Factory<Strategy::Kind::Simple> cached{};

// Failover: always calls; on one of `exceptions` returns the last stored result (prefix "fail").
inline constexpr detail::Factory<Strategy::Kind::Failover> failover{};

// Hit cache: serves `cacheHits` hits, refreshing at hit `updateAfter` (prefix "hit", counter "<key>:counter").
inline constexpr detail::Factory<Strategy::Kind::Hit> hit{};

// Early: after `earlyTtl` one caller refreshes in the background while others get the stored
// value (prefix "early:v2", value [UTC datetime, result], lock "<key>:lock").
inline constexpr detail::Factory<Strategy::Kind::Early> early{};

// Soft: after `softTtl` calls again, and returns the stale value if that call throws one of
// `exceptions` (prefix "soft", value [UTC datetime, result]).
inline constexpr detail::Factory<Strategy::Kind::Soft> soft{};

// Locked: runs the call under the lock "locked:<key>" (default key: the name only); waiting
// callers sleep `checkInterval` between attempts. Does not cache.
inline constexpr detail::Factory<Strategy::Kind::Locked> locked{};

// Fixed-window rate limit: `limit` calls per `period`; beyond, `action` or RateLimitError; the
// window restarts with `ttl` at the first rejected call (prefix "rate_limit").
inline constexpr detail::Factory<Strategy::Kind::RateLimit> rateLimit{};

// Sliding-window rate limit: `limit` calls in any `period` (prefix "srl").
inline constexpr detail::Factory<Strategy::Kind::SliceRateLimit> sliceRateLimit{};

// Circuit breaker: opens for `ttl` when `errorsRate` percent of the calls in `period` failed
// (then throws CircuitBreakerOpen); half-open for `halfOpenTtl` (prefix "circuit_breaker",
// default key: the name only).
inline constexpr detail::Factory<Strategy::Kind::CircuitBreaker> circuitBreaker{};

// Dynamic: a hit cache refreshed after its first hit and recomputed after three (cashews'
// dynamic: cacheHits 3, updateAfter 1, ttl one day unless given, prefix "dynamic").
template<typename F>
auto dynamic(Cache &cache, StrategyOptions options, F function, QStringList params = {})
{
    options.cacheHits = 3;
    options.updateAfter = 1;
    if (!options.ttl.isSet())
        options.ttl = 86400;
    if (!options.prefix)
        options.prefix = QStringLiteral("dynamic");
    return detail::wrap(cache, Strategy::Kind::Hit, std::move(options), std::move(function), std::move(params));
}

// Dual bloom filter: filters "dual_bloom:<template>:true" and ":false" remember truthy and
// falsy results; a call known to one filter only is answered without calling.
inline constexpr detail::Factory<Strategy::Kind::DualBloom> dualBloom{};

// Bloom filter over the function's truthy results (bits at "bloom:<template>:<m>", the template
// not rendered): false when the element was never set, else the call (or true without
// checkFalsePositive). Fill it with set(args...).
template<typename F>
auto bloom(Cache &cache, StrategyOptions options, F function, QStringList params = {})
{
    detail::checkParams(params, detail::FunctionOf<F>::arity);
    auto strategy = std::make_shared<Strategy>(cache, Strategy::Kind::Bloom, std::move(options), std::move(params));
    return WrappedBloom<detail::SignatureOfT<F>>(std::move(strategy), std::move(function));
}

// Thunder protection: concurrent calls with the same key (the template rendered from the
// arguments, prefix "") share one execution in this process; nothing is stored.
inline constexpr detail::Factory<Strategy::Kind::ThunderProtection> thunderProtection{};

// After a successful call deletes the keys matching `keyTemplate` rendered from the arguments
// (a glob: "items:page:*").
template<typename F>
auto invalidate(Cache &cache, QString keyTemplate, F function, QStringList params = {})
{
    StrategyOptions options;
    options.key = std::move(keyTemplate);
    return detail::wrap(cache, Strategy::Kind::Invalidate, std::move(options), std::move(function), std::move(params));
}

// Iterator cache for async generators: chunks at "<key>:0", "<key>:1", ... and a marker at
// "<key>" written when the iteration completed (prefix "").
template<typename F>
auto iterator(Cache &cache, StrategyOptions options, F function, QStringList params = {})
{
    detail::checkParams(params, detail::FunctionOf<F>::arity);
    auto strategy = std::make_shared<Strategy>(cache, Strategy::Kind::Iterator, std::move(options), std::move(params));
    return WrappedGenerator<detail::SignatureOfT<F>>(std::move(strategy), std::move(function));
}

} // namespace cashews
