#include "connections/readonlygate.h"

#include <cashews/errors.h>

#include <QCoreApplication>

namespace cashews {

namespace {

// A coroutine function (not a capturing coroutine lambda): its state lives in the frame.
QCoro::Task<QVariant> gate(std::shared_ptr<std::atomic_bool> flag, NextCall next, Command command, CommandArgs args)
{
    if (flag->load() && isWriteCommand(command)) {
        throw ReadOnlyError(QCoreApplication::translate("cashews::ReadOnlyGate",
                                                        "The connection is read-only: \"%1\" was refused")
                                .arg(commandName(command)));
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
