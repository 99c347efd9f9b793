// Soft (cashews' soft): the value is stored as [fresh-until, value]; after the fresh period
// (`softTtl`, default ttl * 0.33) the call runs again, and when it throws one of `exceptions`
// the stale value is the answer (prefix "soft"). Exceptions are never stored, as in cashews.
#include "attempt.h"
#include "datedstrategy.h"
#include "strategyengine.h"
#include "strategyregistry.h"

namespace cashews {

namespace {

class SoftStrategy final : public DatedStrategy
{
public:
    SoftStrategy()
        : DatedStrategy({.name = QStringLiteral("soft"), .prefix = QStringLiteral("soft"), .caches = true, .protects = true,
                         .storesExceptions = false},
                        &StrategyOptions::softTtl)
    {
    }

    QCoro::Task<QVariant> run(Engine engine, Call call) const override
    {
        const auto entry = co_await lookup(engine, call);
        auto fields = [&](const QString &exc) {
            if (!Detect::isObserved(call.detect))
                return QVariantMap();
            QVariantMap f{{QStringLiteral("value"), entry->value},
                          {QStringLiteral("soft_ttl"), freshFor(*engine, call).seconds()},
                          {QStringLiteral("soft_expire_at"), entry->freshUntil}};
            if (!exc.isEmpty())
                f.insert(QStringLiteral("exc"), exc);
            return f;
        };
        if (entry && entry->isFresh()) {
            engine->recordHit(call, fields({}));
            co_return StrategyEngine::unwrapStored(entry->value);
        }
        const Attempt outcome = co_await attempt(StrategyEngine::computeAndStore(engine, call));
        if (!outcome.error)
            co_return outcome.value;
        if (entry && engine->matches(outcome.error)) {
            engine->recordHit(call, fields(outcome.describeError()));
            co_return StrategyEngine::unwrapStored(entry->value);
        }
        std::rethrow_exception(outcome.error);
    }
};

} // namespace

std::unique_ptr<StrategyRunner> StrategyRegistry::soft(const StrategyOptions &)
{
    return std::make_unique<SoftStrategy>();
}

} // namespace cashews
