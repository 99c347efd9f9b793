// cashews' all_keys_lower, for every key a command names (see keymapping.h).
#include "keymapping.h"

#include <cashews/middlewares.h>

namespace cashews {

Middleware allKeysLower()
{
    return [](NextCall next, Command, Backend *, CommandArgs args) {
        return next(mapKeys(std::move(args), [](const QString &key) { return key.toLower(); }));
    };
}

} // namespace cashews
