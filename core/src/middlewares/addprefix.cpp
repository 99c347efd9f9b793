// cashews' add_prefix, without its positional-key bug (see keymapping.h).
#include "keymapping.h"

#include <cashews/middlewares.h>

namespace cashews {

Middleware addPrefix(QString prefix)
{
    // Not a coroutine: the task of the rest of the chain is the answer, so nothing captured
    // has to outlive this call.
    return [prefix](NextCall next, Command, Backend *, CommandArgs args) {
        return next(mapKeys(std::move(args), [&prefix](const QString &key) { return prefix + key; }));
    };
}

} // namespace cashews
