#pragma once

#include <QMetaType>

#include <exception>

namespace cashews {

// An exception stored as a cached value (cashews' RaiseException): conditions such as
// withExceptions() store it, and every hit rethrows it. It lives in the process (a
// std::exception_ptr), so only object-storing backends such as mem:// keep it.
class CachedException
{
public:
    // An empty holder (QMetaType needs a default constructor).
    CachedException() = default;
    // Holds `error` for storing.
    explicit CachedException(std::exception_ptr error) : m_error(std::move(error)) {}

    // The stored exception.
    std::exception_ptr error() const { return m_error; }
    // Throws the stored exception.
    [[noreturn]] void rethrow() const { std::rethrow_exception(m_error); }
    bool operator==(const CachedException &other) const { return m_error == other.m_error; }

private:
    std::exception_ptr m_error;
};

} // namespace cashews

Q_DECLARE_METATYPE(cashews::CachedException)
