#pragma once

#include <cashews/middleware.h>

// cashews' built-in middlewares (cashews.helpers). Add them with Cache::addMiddleware:
//
//     cache.addMiddleware(cashews::addPrefix(QStringLiteral("v2:")));
//     cache.addMiddleware(cashews::memoryLimit(0, 1 << 20));
//
// Routing picks the backend from the key the caller gave, before any middleware runs.
namespace cashews {

// Puts `prefix` in front of every key a command names: "key", "new_key", each of "keys"
// (get_many, delete_many), the keys of "pairs" (set_many) and "pattern" (scan, get_match,
// delete_match). Keys read back by scan/get_match are the stored ones, prefix included.
Middleware addPrefix(QString prefix);

// Lower-cases every key a command names, as addPrefix lists them.
Middleware allKeysLower();

// Skips a set (it returns false, cashews' None) and drops the set_many pairs whose value takes
// fewer than `minBytes` or more than `maxBytes` (0 = no upper bound) in memory; throws
// ValueError for negative bounds or minBytes > maxBytes.
Middleware memoryLimit(qint64 minBytes, qint64 maxBytes = 0);

} // namespace cashews
