#pragma once

#include <QVariant>

#include <optional>

namespace cashews {

// The integer a stored value holds (what incr may add to): integer types, or ASCII digits as
// serialized counters are kept. Empty for anything else, and for unsigned values past 64 bits.
std::optional<qint64> storedInteger(const QVariant &value);

} // namespace cashews
