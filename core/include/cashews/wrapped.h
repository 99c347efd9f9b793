#pragma once

#include <cashews/strategy.h>

#include <QVariant>
#include <QVariantList>

#include <QCoro/QCoroAsyncGenerator>
#include <QCoro/QCoroTask>

#include <array>
#include <functional>
#include <memory>
#include <tuple>
#include <type_traits>

namespace cashews {

namespace detail {

// The call's result as a QVariant (a free coroutine: its parameter lives in its frame).
template<typename R>
QCoro::Task<QVariant> toVariant(QCoro::Task<R> task)
{
    R result = co_await task;
    co_return QVariant::fromValue(std::move(result));
}

// A strategy's QVariant as the wrapped function's result type.
template<typename R>
R castResult(QVariant value)
{
    if constexpr (std::is_same_v<R, QVariant>)
        return value;
    else
        return qvariant_cast<R>(value);
}

// A value already known (a synchronous hit) as a task.
template<typename R>
QCoro::Task<R> ready(QVariant value)
{
    co_return castResult<R>(std::move(value));
}

// The strategy's result converted back to the wrapped function's result type.
template<typename R>
QCoro::Task<R> fromVariant(QCoro::Task<QVariant> task)
{
    QVariant value = co_await task;
    co_return castResult<R>(std::move(value));
}

// Generator adapters; explicit iterator loops because g++ 12 rejects QCORO_FOREACH in a
// function template.
template<typename T>
QCoro::AsyncGenerator<QVariant> generatorToVariant(QCoro::AsyncGenerator<T> source)
{
    auto it = co_await source.begin();
    while (it != source.end()) {
        QVariant value = QVariant::fromValue(*it);
        co_yield value;
        co_await ++it;
    }
}

template<typename T>
QCoro::AsyncGenerator<T> generatorFromVariant(QCoro::AsyncGenerator<QVariant> source)
{
    auto it = co_await source.begin();
    while (it != source.end()) {
        T value = castResult<T>(*it);
        co_yield value;
        co_await ++it;
    }
}

// The arguments as QVariants on the stack: the hit path needs them only to render the key.
template<typename... Args>
std::array<QVariant, sizeof...(Args)> toVariants(const Args &...args)
{
    return {QVariant::fromValue(args)...};
}

template<std::size_t N>
QVariantList toList(const std::array<QVariant, N> &values)
{
    return QVariantList(values.begin(), values.end());
}

} // namespace detail

template<typename Signature>
class Wrapped;

// A function returning QCoro::Task<R>, wrapped by a strategy: same signature, consults the
// cache. Copies are cheap and share the strategy. operator() is not a coroutine: it copies the
// arguments into the call and hands it to Strategy::run (see cpp-qt-notes 4.5).
template<typename R, typename... Args>
class Wrapped<QCoro::Task<R>(Args...)>
{
    static_assert(!std::is_void_v<R>, "a cached function must return a value");

public:
    using Function = std::function<QCoro::Task<R>(Args...)>;

    // Wraps `function` with `strategy` (what cached(), failover(), ... build).
    Wrapped(std::shared_ptr<Strategy> strategy, Function function)
        : m_strategy(std::move(strategy)), m_function(std::move(function))
    {
    }

    // Calls through the strategy.
    QCoro::Task<R> operator()(Args... args) const
    {
        const auto values = detail::toVariants(args...);
        QString key = m_strategy->keyFor(values);
        if (QVariant hit; m_strategy->tryHitNow(key, hit))
            return detail::ready<R>(std::move(hit));
        return detail::fromVariant<R>(Strategy::run(m_strategy, prepareCall(values, std::move(key), args...)));
    }

    // The key this call would use (for invalidation and tests).
    QString keyFor(Args... args) const { return m_strategy->keyFor(detail::toVariants(args...)); }
    // The engine (kind and key template).
    const std::shared_ptr<Strategy> &strategy() const { return m_strategy; }

protected:
    // The call for `args`, with the key already rendered from `values`.
    Strategy::Call prepareCall(const std::array<QVariant, sizeof...(Args)> &values, QString key, const Args &...args) const
    {
        Strategy::Call call = m_strategy->prepare(detail::toList(values), std::move(key));
        call.invoke = [function = m_function, stored = std::tuple<std::decay_t<Args>...>(args...)]() {
            return detail::toVariant<R>(std::apply(function, stored));
        };
        return call;
    }
    Strategy::Call prepareCall(const Args &...args) const
    {
        const auto values = detail::toVariants(args...);
        return prepareCall(values, m_strategy->keyFor(values), args...);
    }

private:
    std::shared_ptr<Strategy> m_strategy;
    Function m_function;
};

} // namespace cashews
