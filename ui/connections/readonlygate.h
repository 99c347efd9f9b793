#pragma once

#include <cashews/middleware.h>

#include <atomic>
#include <memory>

namespace cashews {

// The read-only switch of a connection, enforced where commands run (a middleware), not
// by greying out buttons: while it is on, every write command throws ReadOnlyError.
class ReadOnlyGate
{
public:
    ReadOnlyGate();

    void setReadOnly(bool readOnly) { m_flag->store(readOnly); }
    bool isReadOnly() const { return m_flag->load(); }
    // The middleware to add to the connection's cache; it shares the switch.
    Middleware middleware() const;

private:
    std::shared_ptr<std::atomic_bool> m_flag;
};

} // namespace cashews
