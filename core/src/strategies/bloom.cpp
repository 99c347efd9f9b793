// Bloom filter (cashews' bloom) over the function's truthy results: the bits live at
// "bloom:<template>:<m>", the template not rendered; an element whose bits are not all set
// answers false without calling; otherwise the call (or true without checkFalsePositive).
// set() (fill) calls the function and sets the element's bits when the result is truthy.
#include "filterstrategy.h"
#include "strategyengine.h"
#include "strategyregistry.h"

namespace cashews {

namespace {

class BloomStrategy final : public FilterStrategy
{
public:
    using FilterStrategy::FilterStrategy;

    QCoro::Task<QVariant> run(Engine engine, Call call) const override
    {
        const QList<qint64> bits = co_await engine->cache().getBits(bitsKey(*engine), filter().indexes(call.baseKey), 1);
        if (!BloomFilter::allSet(bits))
            co_return QVariant(false);
        if (!engine->options().checkFalsePositive)
            co_return QVariant(true);
        co_return co_await call.invoke(); // all bits set: maybe a false positive
    }

    QCoro::Task<QVariant> fill(Engine engine, Call call) const override
    {
        QVariant result = co_await call.invoke();
        if (BloomFilter::isTruthy(result))
            co_await engine->cache().incrBits(bitsKey(*engine), filter().indexes(call.baseKey), 1, 1);
        co_return result;
    }

private:
    // The template, not rendered, and the filter size (cashews' layout).
    QString bitsKey(const StrategyEngine &engine) const { return engine.keyTemplate() + QLatin1Char(':') + QString::number(filter().bits()); }
};

} // namespace

std::unique_ptr<StrategyRunner> StrategyRegistry::bloom(const StrategyOptions &options)
{
    return std::make_unique<BloomStrategy>(QStringLiteral("bloom"), options);
}

} // namespace cashews
