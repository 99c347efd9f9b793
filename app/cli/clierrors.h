#pragma once

#include <cashews/errors.h>

namespace cashews::cli {

// The errors of cashews-cli's commands, one per exit code they lead to (see ExitCode).

// The command line cannot be understood (exit 2).
class UsageError : public ValueError
{
public:
    using ValueError::ValueError;
};

// The key is not in the store (exit 1).
class MissError : public CacheError
{
public:
    using CacheError::CacheError;
};

// The signing options do not fit the stored value: signed but no --secret, or --secret for
// unsigned data (exit 2, as a signature that does not verify).
class SignatureError : public ValueError
{
public:
    using ValueError::ValueError;
};

// The key holds something that is not a readable cashews value: another Redis type
// (WRONGTYPE) or bytes that do not decode (exit 3).
class UnreadableError : public CacheError
{
public:
    using CacheError::CacheError;
};

} // namespace cashews::cli
