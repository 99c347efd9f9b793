// Iterator (cashews' iterator cache for async generators): the chunks at "<key>:0",
// "<key>:1", ... and, once the iteration completed, a marker at "<key>" (prefix ""). A hit
// replays the chunks; a miss iterates the source and stores each chunk under the condition.
#include "strategyengine.h"
#include "strategyregistry.h"

#include <cashews/clock.h>
#include <cashews/errors.h>

namespace cashews {

namespace {

QString chunkKey(const Strategy::Call &call, int n)
{
    return call.key + QLatin1Char(':') + QString::number(n);
}

class IteratorStrategy final : public StrategyRunner
{
public:
    IteratorStrategy()
        : StrategyRunner({.name = QStringLiteral("iterator")})
    {
    }

    QCoro::Task<QVariant> run(Engine, Call) const override
    {
        throw ValueError(QStringLiteral("The iterator strategy wraps async generators; use cashews::iterator()"));
    }

    QCoro::AsyncGenerator<QVariant> iterate(Engine engine, Call call,
                                            std::function<QCoro::AsyncGenerator<QVariant>()> source) const override
    {
        Cache &cache = engine->cache();
        if (cache.isFullyDisabled()) {
            auto direct = source();
            QCORO_FOREACH(QVariant & item, direct) {
                QVariant value = item;
                co_yield value;
            }
            co_return;
        }
        if (call.invalidate) {
            co_await cache.remove(call.key);
        } else {
            const QVariant marker = co_await cache.get(call.key);
            if (!isMiss(marker)) {
                engine->recordHit(call, {{QStringLiteral("value"), marker}});
                // Deliberate fix: cashews stops at the first falsy chunk; we read until a chunk is missing.
                for (int n = 0;; ++n) {
                    QVariant chunk = co_await cache.get(chunkKey(call, n));
                    if (isMiss(chunk))
                        co_return;
                    chunk = StrategyEngine::unwrapStored(chunk);
                    co_yield chunk;
                }
            }
        }
        const qint64 started = nowMs();
        const Ttl ttl = engine->ttlFor(call);
        const Condition &condition = engine->options().condition;
        int n = 0;
        std::exception_ptr error;
        try {
            auto generator = source();
            QCORO_FOREACH(QVariant & item, generator) {
                QVariant chunk = item;
                if (condition.evaluate({chunk, {}, call.args, call.key}) == Condition::Decision::StoreResult)
                    co_await cache.set(chunkKey(call, n), chunk, ttl);
                ++n;
                co_yield chunk;
            }
        } catch (...) {
            error = std::current_exception();
        }
        bool complete = !error;
        if (error && condition.evaluate({{}, error, call.args, call.key}) == Condition::Decision::StoreException) {
            co_await cache.set(chunkKey(call, n), QVariant::fromValue(CachedException(error)), ttl);
            complete = true;
        }
        if (complete) {
            // The marker expires with the first chunk (cashews: ttl minus the time spent iterating).
            const qint64 left = ttl.milliseconds() - (nowMs() - started);
            const Ttl markerTtl = ttl.hasExpiry() ? Ttl::fromMilliseconds(std::max<qint64>(1, left)) : Ttl();
            co_await cache.set(call.key, true, markerTtl, Exist::Always, call.tags);
        }
        if (error)
            std::rethrow_exception(error);
    }
};

} // namespace

std::unique_ptr<StrategyRunner> StrategyRegistry::iterator(const StrategyOptions &)
{
    return std::make_unique<IteratorStrategy>();
}

} // namespace cashews
