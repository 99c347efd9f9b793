#pragma once

namespace cashews {

// cashews' invalidate_further(): while the scope lives, wrapped calls made on this thread
// delete their cached entry instead of reading it, then compute and store again.
// (cashews also applies it to plain Cache::get; here it covers the strategies.)
class InvalidateFurther
{
public:
    // Starts the scope on this thread; the destructor ends it.
    InvalidateFurther();
    ~InvalidateFurther();
    InvalidateFurther(const InvalidateFurther &) = delete;
    InvalidateFurther &operator=(const InvalidateFurther &) = delete;

    // Whether a scope is active on this thread.
    static bool isActive();
};

} // namespace cashews
