#pragma once

#include <cashews/errors.h>

namespace cashews {

// SQLITE_BUSY / SQLITE_LOCKED: another connection held a lock past the busy timeout. A distinct
// type so that a command tried on the caller's thread without waiting (timeout 0) can be handed
// to the worker, which waits for the `timeout` option, instead of failing.
class SqliteBusyError : public CacheBackendInteractionError
{
public:
    using CacheBackendInteractionError::CacheBackendInteractionError;
};

} // namespace cashews
