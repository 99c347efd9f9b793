#pragma once

#include <cashews/errors.h>

namespace cashews {

// A Redis command or connection attempt ran out of time; retry_on_timeout retries these once.
class RedisTimeoutError : public CacheBackendInteractionError
{
public:
    using CacheBackendInteractionError::CacheBackendInteractionError;
};

} // namespace cashews
