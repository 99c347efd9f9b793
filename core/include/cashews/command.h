#pragma once

#include <QString>

#include <initializer_list>

namespace cashews {

// Every command of the cache, as cashews' Command enum.
enum class Command : quint8 {
    Get,
    GetMany,
    GetRaw,
    GetMatch,
    Set,
    SetRaw,
    SetMany,
    Delete,
    DeleteMany,
    DeleteMatch,
    Exists,
    Scan,
    Incr,
    Expire,
    GetExpire,
    Clear,
    SetLock,
    Unlock,
    IsLocked,
    GetBits,
    IncrBits,
    SliceIncr,
    SetAdd,
    SetRemove,
    SetPop,
    SetMembers,
    Ping,
    GetSize,
    GetKeysCount,
    KeyType,
    Rename,
    // Beyond cashews: read-only commands an admin tool needs.
    GetRawPrefix,
    SliceEntries,
    MemberPage,
};

inline constexpr int CommandCount = static_cast<int>(Command::MemberPage) + 1;

// cashews' name of the command ("get", "get_many", ...).
QString commandName(Command command);
// Whether the command changes the store (refused on read-only connections).
bool isWriteCommand(Command command);

// A set of commands, cheap to test.
class CommandSet
{
public:
    CommandSet() = default;
    CommandSet(std::initializer_list<Command> commands);
    static CommandSet all();
    bool contains(Command c) const { return (m_bits >> static_cast<int>(c)) & 1U; }
    bool isEmpty() const { return m_bits == 0; }
    bool isAll() const { return m_bits == all().m_bits; }
    CommandSet &operator|=(CommandSet other) { m_bits |= other.m_bits; return *this; }
    CommandSet &operator-=(CommandSet other) { m_bits &= ~other.m_bits; return *this; }
    bool operator==(const CommandSet &) const = default;

private:
    quint64 m_bits = 0;
};

} // namespace cashews
