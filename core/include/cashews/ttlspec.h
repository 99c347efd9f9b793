#pragma once

#include <cashews/ttl.h>

#include <QVariant>
#include <QVariantList>

#include <concepts>
#include <functional>

namespace cashews {

// A strategy's TTL: a fixed Ttl ("3h", 60, std::chrono::minutes(5), ...) or a function of the
// call's arguments (and, when storing, its result), as cashews' callable ttl.
class TtlSpec
{
public:
    using Function = std::function<Ttl(const QVariantList &args, const QVariant &result)>;

    TtlSpec() = default;
    template<typename T>
        requires std::constructible_from<Ttl, T>
    TtlSpec(T ttl) : m_ttl(Ttl(ttl)), m_set(true) {}
    // A TTL computed from the arguments and the result (invalid before the call).
    template<typename F>
        requires(!std::constructible_from<Ttl, F> && std::is_invocable_r_v<Ttl, F, const QVariantList &, const QVariant &>)
    TtlSpec(F function) : m_function(std::move(function)), m_set(true) {}
    // A TTL computed from the arguments only.
    template<typename F>
        requires(!std::constructible_from<Ttl, F> && std::is_invocable_r_v<Ttl, F, const QVariantList &>)
    TtlSpec(F function)
        : m_function([function](const QVariantList &args, const QVariant &) { return Ttl(function(args)); }), m_set(true)
    {
    }

    // Whether a TTL (possibly "no expiry") was given.
    bool isSet() const { return m_set; }
    // The TTL for one call.
    Ttl resolve(const QVariantList &args, const QVariant &result = {}) const
    {
        return m_function ? m_function(args, result) : m_ttl;
    }

private:
    Ttl m_ttl;
    Function m_function;
    bool m_set = false;
};

} // namespace cashews
