#pragma once

#include <cashews/errors.h>

namespace cashews::scenarios {

// A scenario that cannot run: a syntax error or unsupported syntax, an unknown option, a bad
// value, an exception thrown by setup/teardown, a runaway script. Carries where it is
// (file, line, column; 0 when unknown). cashews-cli exits with 2 on it.
class ScenarioError : public ValueError
{
public:
    explicit ScenarioError(const QString &message, QString file = {}, int line = 0, int column = 0);
    QString file() const { return m_file; }
    int line() const { return m_line; }
    int column() const { return m_column; }
    // "file:line:column: message" (the parts that are known).
    QString located() const;

private:
    QString m_file;
    int m_line;
    int m_column;
};

// A script threw while running (a flow, setup or teardown): the message and where it came from.
class ScriptRuntimeError : public ScenarioError
{
public:
    using ScenarioError::ScenarioError;
};

// The simulated origin failed: an injected error or a down window.
class OriginError : public CacheError
{
public:
    using CacheError::CacheError;
};

// The simulated origin did not answer within its timeout.
class OriginTimeoutError : public OriginError
{
public:
    using OriginError::OriginError;
};

// A store command failed because a store fault window said so.
class StoreFaultError : public CacheBackendInteractionError
{
public:
    using CacheBackendInteractionError::CacheBackendInteractionError;
};

// The store cannot be reached or set up for the run (cashews-cli exits with 3).
class StoreUnavailableError : public CacheError
{
public:
    using CacheError::CacheError;
};

} // namespace cashews::scenarios
