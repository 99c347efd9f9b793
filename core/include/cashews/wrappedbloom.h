#pragma once

#include <cashews/wrapped.h>

namespace cashews {

template<typename Signature>
class WrappedBloom;

// A function wrapped by a bloom filter: calling it consults the filter; set() calls the
// function and records a truthy result in the filter (cashews' func.set).
template<typename R, typename... Args>
class WrappedBloom<QCoro::Task<R>(Args...)> : public Wrapped<QCoro::Task<R>(Args...)>
{
    using Base = Wrapped<QCoro::Task<R>(Args...)>;

public:
    using Base::Base;

    // Calls the function and sets the element's bits when the result is truthy.
    QCoro::Task<R> set(Args... args) const
    {
        return detail::fromVariant<R>(Strategy::fill(this->strategy(), this->prepareCall(args...)));
    }
};

} // namespace cashews
