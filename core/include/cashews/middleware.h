#pragma once

#include <cashews/command.h>

#include <QString>
#include <QVariant>
#include <QVariantHash>

#include <QCoro/QCoroTask>

#include <functional>

namespace cashews {

class Backend;

// The arguments of one command as cashews passes them to middlewares: named values
// ("key", "keys", "value", "pairs", "expire", "exist", "pattern", "default", ...).
// A middleware may read and change them before calling on.
using CommandArgs = QVariantHash;

// Calls the rest of the chain (and finally the backend) with the given arguments.
using NextCall = std::function<QCoro::Task<QVariant>(CommandArgs args)>;

// A middleware wraps every command: it gets the rest of the chain, the command, the
// backend chosen by routing and the arguments, and returns the command's result
// (invalid QVariant = miss for reads). The last registered middleware runs first.
// The callable is stored by the cache; a coroutine lambda may capture only what
// outlives the cache.
using Middleware = std::function<QCoro::Task<QVariant>(NextCall next, Command command, Backend *backend, CommandArgs args)>;

} // namespace cashews
