#include "connections/readonlygate.h"

#include <cashews/errors.h>

#include <QCoreApplication>

namespace cashews {

namespace {

// What a refused command would have done, in words (messages name no cashews commands).
QString describe(Command command)
{
    switch (command) {
    case Command::Set: return QCoreApplication::translate("cashews::ReadOnlyGate", "writing a value");
    case Command::SetRaw: return QCoreApplication::translate("cashews::ReadOnlyGate", "writing raw bytes");
    case Command::SetMany: return QCoreApplication::translate("cashews::ReadOnlyGate", "writing values");
    case Command::Delete: return QCoreApplication::translate("cashews::ReadOnlyGate", "deleting a key");
    case Command::DeleteMany: return QCoreApplication::translate("cashews::ReadOnlyGate", "deleting keys");
    case Command::DeleteMatch: return QCoreApplication::translate("cashews::ReadOnlyGate", "deleting keys by pattern");
    case Command::Incr: return QCoreApplication::translate("cashews::ReadOnlyGate", "incrementing a counter");
    case Command::Expire: return QCoreApplication::translate("cashews::ReadOnlyGate", "changing a TTL");
    case Command::Clear: return QCoreApplication::translate("cashews::ReadOnlyGate", "clearing the store");
    case Command::SetLock: return QCoreApplication::translate("cashews::ReadOnlyGate", "acquiring a lock");
    case Command::Unlock: return QCoreApplication::translate("cashews::ReadOnlyGate", "releasing a lock");
    case Command::IncrBits: return QCoreApplication::translate("cashews::ReadOnlyGate", "changing bits");
    case Command::SliceIncr: return QCoreApplication::translate("cashews::ReadOnlyGate", "counting a call in a window");
    case Command::SetAdd: return QCoreApplication::translate("cashews::ReadOnlyGate", "adding set members");
    case Command::SetRemove: return QCoreApplication::translate("cashews::ReadOnlyGate", "removing set members");
    case Command::SetPop: return QCoreApplication::translate("cashews::ReadOnlyGate", "popping set members");
    case Command::Rename: return QCoreApplication::translate("cashews::ReadOnlyGate", "renaming a key");
    default: return commandName(command);
    }
}

// A coroutine function (not a capturing coroutine lambda): its state lives in the frame.
QCoro::Task<QVariant> gate(std::shared_ptr<std::atomic_bool> flag, NextCall next, Command command, CommandArgs args)
{
    if (flag->load() && isWriteCommand(command)) {
        throw ReadOnlyError(QCoreApplication::translate("cashews::ReadOnlyGate",
                                                        "The connection is read-only: %1 was refused")
                                .arg(describe(command)));
    }
    co_return co_await next(std::move(args));
}

} // namespace

ReadOnlyGate::ReadOnlyGate()
    : m_flag(std::make_shared<std::atomic_bool>(false))
{
}

Middleware ReadOnlyGate::middleware() const
{
    return [flag = m_flag](NextCall next, Command command, Backend *, CommandArgs args) {
        return gate(flag, std::move(next), command, std::move(args));
    };
}

} // namespace cashews
