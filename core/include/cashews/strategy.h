#pragma once

#include <cashews/detect.h>
#include <cashews/strategyoptions.h>

#include <QString>
#include <QStringList>
#include <QVariantList>

#include <QCoro/QCoroAsyncGenerator>
#include <QCoro/QCoroTask>

#include <functional>
#include <memory>
#include <span>

namespace cashews {

class Cache;
class StrategyEngine;

// The type-erased engine behind every wrapper of <cashews/strategies.h>: it renders keys and
// runs one cashews strategy over QVariant results (each strategy in its own file of
// core/src/strategies/, over the shared StrategyEngine). Wrappers own it through a shared_ptr and
// pass that into each call, so a call in flight keeps it alive. The Cache must outlive it.
class Strategy
{
public:
    enum class Kind {
        Simple,
        Failover,
        Hit,
        Early,
        Soft,
        Iterator,
        Locked,
        Invalidate,
        RateLimit,
        SliceRateLimit,
        CircuitBreaker,
        Bloom,
        DualBloom,
        ThunderProtection,
    };

    // One call, prepared synchronously when the wrapper is called.
    struct Call
    {
        QVariantList args;
        QString key;      // with the strategy prefix
        QString baseKey;  // without it (lock=true and in-process protection use it)
        QStringList tags; // rendered tags
        Detect::Targets detect;
        bool invalidate = false; // an InvalidateFurther scope was active
        // Calls the wrapped function with copies of the arguments.
        std::function<QCoro::Task<QVariant>()> invoke;
    };

    // Validates the options and templates for a function with parameters `params`; throws
    // WrongKeyError naming a bad template field, ValueError for bad options.
    Strategy(Cache &cache, Kind kind, StrategyOptions options, QStringList params);
    ~Strategy();
    Strategy(const Strategy &) = delete;
    Strategy &operator=(const Strategy &) = delete;

    // The key template (prefix included) as cashews reports it in detect.
    QString keyTemplate() const;
    // The key (with the strategy prefix) for a call with arguments `args`.
    QString keyFor(std::span<const QVariant> args) const;
    // Prepares a call whose key is `key`: renders the tags and captures the Detect and
    // InvalidateFurther scopes of this moment.
    Call prepare(QVariantList args, QString key) const;

    // The synchronous hit path of the simple strategy: true with `value` when the cache answered
    // a hit at once (recorded in Detect); false when the call must go through run().
    bool tryHitNow(const QString &key, QVariant &value) const;
    // Runs one call of a coroutine strategy.
    static QCoro::Task<QVariant> run(std::shared_ptr<Strategy> self, Call call);
    // bloom: calls the function and, when the result is truthy, sets the element's bits.
    static QCoro::Task<QVariant> fill(std::shared_ptr<Strategy> self, Call call);
    // Runs one call of the iterator strategy: replays the cached chunks or iterates `source`
    // and stores each chunk.
    static QCoro::AsyncGenerator<QVariant> iterate(std::shared_ptr<Strategy> self, Call call,
                                                   std::function<QCoro::AsyncGenerator<QVariant>()> source);

private:
    std::shared_ptr<StrategyEngine> d;
};

} // namespace cashews
