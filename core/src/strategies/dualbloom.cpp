// Dual bloom filter (cashews' dual_bloom): "dual_bloom:<template>:true" and ":false" remember
// truthy and falsy results; a call known to one filter only is answered without calling, a
// call known to neither (or both) calls, and a new result sets its filter's bits (with
// noCollisions only when they were all clear).
#include "filterstrategy.h"
#include "strategyengine.h"
#include "strategyregistry.h"

namespace cashews {

namespace {

class DualBloomStrategy final : public FilterStrategy
{
public:
    using FilterStrategy::FilterStrategy;

    QCoro::Task<QVariant> run(Engine engine, Call call) const override
    {
        Cache &cache = engine->cache();
        // cashews renders the prefixed template for dual filters and salts it per filter.
        const QList<qint64> trueIndexes = filter().indexes(call.key + QStringLiteral("true"));
        const QList<qint64> falseIndexes = filter().indexes(call.key + QStringLiteral("false"));
        const QString trueKey = engine->keyTemplate() + QStringLiteral(":true");
        const QString falseKey = engine->keyTemplate() + QStringLiteral(":false");
        auto readingTrue = cache.getBits(trueKey, trueIndexes, 1);
        auto readingFalse = cache.getBits(falseKey, falseIndexes, 1);
        const QList<qint64> trueBits = co_await readingTrue;
        const QList<qint64> falseBits = co_await readingFalse;
        const bool inTrue = BloomFilter::allSet(trueBits);
        const bool inFalse = BloomFilter::allSet(falseBits);
        if (inTrue != inFalse)
            co_return QVariant(inTrue); // only one filter knows the element
        QVariant result = co_await call.invoke();
        if (inTrue)
            co_return result; // both know it: a collision, nothing to learn
        const bool truthy = BloomFilter::isTruthy(result);
        if (!engine->options().noCollisions || BloomFilter::allClear(truthy ? trueBits : falseBits))
            co_await cache.incrBits(truthy ? trueKey : falseKey, truthy ? trueIndexes : falseIndexes, 1, 1);
        co_return result;
    }
};

} // namespace

std::unique_ptr<StrategyRunner> StrategyRegistry::dualBloom(const StrategyOptions &options)
{
    return std::make_unique<DualBloomStrategy>(QStringLiteral("dual_bloom"), options);
}

} // namespace cashews
