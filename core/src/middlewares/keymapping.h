#pragma once

#include <cashews/middleware.h>

#include <functional>

namespace cashews {

// `args` with `map` applied to every key they name: "key", "new_key", "pattern", each of
// "keys" and the keys of "pairs". cashews' add_prefix and all_keys_lower saw only the keys
// passed by name, so those of set_add, get_bits and incr_bits (passed by position) were
// lower-cased instead of prefixed, and delete_many's not mapped at all: here every key is.
CommandArgs mapKeys(CommandArgs args, const std::function<QString(const QString &)> &map);

} // namespace cashews
