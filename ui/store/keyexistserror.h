#pragma once

#include <cashews/errors.h>

namespace cashews {

// A write that must not replace an existing key found one there (rename without replace).
class KeyExistsError : public CacheError
{
public:
    using CacheError::CacheError;
};

} // namespace cashews
