#include "strategyengine.h"

#include <cashews/strategy.h>

namespace cashews {

Strategy::Strategy(Cache &cache, Kind kind, StrategyOptions options, QStringList params)
    : d(std::make_shared<StrategyEngine>(cache, kind, std::move(options), std::move(params)))
{
}

Strategy::~Strategy() = default;

QString Strategy::keyTemplate() const
{
    return d->keyTemplate();
}

QString Strategy::keyFor(std::span<const QVariant> args) const
{
    return d->keyFor(args);
}

Strategy::Call Strategy::prepare(QVariantList args, QString key) const
{
    return d->prepare(std::move(args), std::move(key));
}

bool Strategy::tryHitNow(const QString &key, QVariant &value) const
{
    return d->tryHitNow(key, value);
}

QCoro::Task<QVariant> Strategy::run(std::shared_ptr<Strategy> self, Call call)
{
    return StrategyEngine::run(self->d, std::move(call));
}

QCoro::Task<QVariant> Strategy::fill(std::shared_ptr<Strategy> self, Call call)
{
    return self->d->runner().fill(self->d, std::move(call));
}

QCoro::AsyncGenerator<QVariant> Strategy::iterate(std::shared_ptr<Strategy> self, Call call,
                                                  std::function<QCoro::AsyncGenerator<QVariant>()> source)
{
    return self->d->runner().iterate(self->d, std::move(call), std::move(source));
}

} // namespace cashews
