#pragma once

#include <cashews/wrapped.h>

namespace cashews {

template<typename Signature>
class WrappedGenerator;

// An async generator wrapped by the iterator strategy: a hit replays the cached chunks, a miss
// iterates the function and stores each chunk.
template<typename T, typename... Args>
class WrappedGenerator<QCoro::AsyncGenerator<T>(Args...)>
{
public:
    using Function = std::function<QCoro::AsyncGenerator<T>(Args...)>;

    // Wraps `function` with the iterator strategy (what iterator() builds).
    WrappedGenerator(std::shared_ptr<Strategy> strategy, Function function)
        : m_strategy(std::move(strategy)), m_function(std::move(function))
    {
    }

    // Iterates through the strategy.
    QCoro::AsyncGenerator<T> operator()(Args... args) const
    {
        const auto values = detail::toVariants(args...);
        Strategy::Call call = m_strategy->prepare(detail::toList(values), m_strategy->keyFor(values));
        auto source = [function = m_function, stored = std::tuple<std::decay_t<Args>...>(args...)]() {
            return detail::generatorToVariant<T>(std::apply(function, stored));
        };
        return detail::generatorFromVariant<T>(Strategy::iterate(m_strategy, std::move(call), std::move(source)));
    }

    // The marker key this call would use.
    QString keyFor(Args... args) const { return m_strategy->keyFor(detail::toVariants(args...)); }

private:
    std::shared_ptr<Strategy> m_strategy;
    Function m_function;
};

} // namespace cashews
