#pragma once

#include <cashews/strategy.h>
#include <cashews/ttl.h>

#include <QString>
#include <QVariant>

#include <QCoro/QCoroAsyncGenerator>
#include <QCoro/QCoroTask>

#include <functional>
#include <memory>

namespace cashews {

class StrategyEngine;

// What one strategy adds to the shared engine: its traits and the body of a call. Each
// strategy implements it in its own file (cached.cpp, early.cpp, ...) and registers it in
// strategyregistry.cpp; the engine owns one per wrapper. Member coroutines are safe: the
// engine they receive owns the runner.
class StrategyRunner
{
public:
    using Call = Strategy::Call;
    using Engine = std::shared_ptr<StrategyEngine>;

    struct Traits
    {
        // cashews' name of the strategy in detect (for those that report hits).
        QString name{};
        // cashews' key prefix when options.prefix is unset.
        QString prefix{};
        // Appended to the prefix, a custom one too (early's layout version ":v2").
        QString version{};
        // The default key is the function name alone, without the arguments.
        bool keyPerFunction = false;
        // Stores results: lock=true runs it under "lock:<key>" and needs a ttl.
        bool caches = false;
        // Concurrent identical calls share one execution (options.protect).
        bool protects = false;
        // A value stored at the key is the answer as is: the engine serves it before the
        // thunder protection, and synchronously when the backend can.
        bool plainHits = false;
        // Stores only when no inner cached call hit, whatever options.upper says.
        bool alwaysUpper = false;
        // condition can store exceptions.
        bool storesExceptions = true;
    };

    explicit StrategyRunner(Traits traits);
    virtual ~StrategyRunner();

    const Traits &traits() const { return m_traits; }

    // The body of one call, behind the engine's lock option and thunder protection.
    virtual QCoro::Task<QVariant> run(Engine engine, Call call) const = 0;
    // Stores a result (or a CachedException) of a caching strategy; by default the value as is.
    virtual QCoro::Task<> store(Engine engine, Call call, QVariant value, Ttl ttl) const;
    // bloom's set(): refused (ValueError) by every other strategy.
    virtual QCoro::Task<QVariant> fill(Engine engine, Call call) const;
    // A call of an async generator: refused (ValueError) by every strategy but the iterator.
    virtual QCoro::AsyncGenerator<QVariant> iterate(Engine engine, Call call,
                                                    std::function<QCoro::AsyncGenerator<QVariant>()> source) const;

private:
    Traits m_traits;
};

} // namespace cashews
