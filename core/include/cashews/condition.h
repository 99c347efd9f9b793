#pragma once

#include <QString>
#include <QVariant>
#include <QVariantList>

#include <concepts>
#include <exception>
#include <functional>

namespace cashews {

// Which exceptions a strategy reacts to (failover, soft, circuit breaker).
using ExceptionFilter = std::function<bool(std::exception_ptr error)>;

namespace detail {

template<typename E>
bool isExceptionOf(std::exception_ptr error)
{
    try {
        std::rethrow_exception(error);
    } catch (const E &) {
        return true;
    } catch (...) {
        return false;
    }
}

} // namespace detail

// An ExceptionFilter accepting exceptions of the types E... (std::exception when empty).
template<typename... E>
ExceptionFilter exceptionsOf()
{
    return [](std::exception_ptr error) {
        if constexpr (sizeof...(E) == 0)
            return detail::isExceptionOf<std::exception>(error);
        else
            return (detail::isExceptionOf<E>(error) || ...);
    };
}

// cashews' cache condition: decides what a caching strategy stores after a call.
class Condition
{
public:
    enum class Decision { Skip, StoreResult, StoreException };
    // A call's outcome as the condition sees it: `error` is set when the call threw.
    struct Outcome
    {
        QVariant result;
        std::exception_ptr error;
        QVariantList args;
        QString key;
    };
    using Function = std::function<Decision(const Outcome &outcome)>;

    // The default: store every result (None included), never an exception.
    Condition() = default;
    // A full condition (what withExceptions() builds).
    explicit Condition(Function function) : m_function(std::move(function)) {}
    // Stores a result when `predicate(result)` is true.
    template<typename F>
        requires std::is_invocable_r_v<bool, F, const QVariant &>
    Condition(F predicate)
        : m_function([predicate](const Outcome &o) {
            return !o.error && predicate(o.result) ? Decision::StoreResult : Decision::Skip;
        })
    {
    }
    // Stores a result when `predicate(result, args, key)` is true (cashews' callable signature).
    template<typename F>
        requires std::is_invocable_r_v<bool, F, const QVariant &, const QVariantList &, const QString &>
    Condition(F predicate)
        : m_function([predicate](const Outcome &o) {
            return !o.error && predicate(o.result, o.args, o.key) ? Decision::StoreResult : Decision::Skip;
        })
    {
    }

    // What to store for `outcome`.
    Decision evaluate(const Outcome &outcome) const
    {
        if (m_function)
            return m_function(outcome);
        return outcome.error ? Decision::Skip : Decision::StoreResult;
    }

private:
    Function m_function;
};

// cashews' NOT_NONE: store results except None (and invalid values).
inline Condition notNone()
{
    return Condition([](const QVariant &result) {
        return result.isValid() && result.metaType().id() != QMetaType::Nullptr;
    });
}

// cashews' with_exceptions(*E): store every result, and exceptions of the types E...
// (std::exception when empty); a hit rethrows a stored exception.
template<typename... E>
Condition withExceptions()
{
    return Condition(Condition::Function([](const Condition::Outcome &o) {
        if (!o.error)
            return Condition::Decision::StoreResult;
        return exceptionsOf<E...>()(o.error) ? Condition::Decision::StoreException : Condition::Decision::Skip;
    }));
}

// cashews' only_exceptions(*E): store only exceptions of the types E... (std::exception when empty).
template<typename... E>
Condition onlyExceptions()
{
    return Condition(Condition::Function([](const Condition::Outcome &o) {
        return o.error && exceptionsOf<E...>()(o.error) ? Condition::Decision::StoreException : Condition::Decision::Skip;
    }));
}

} // namespace cashews
