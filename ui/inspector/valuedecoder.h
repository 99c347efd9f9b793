#pragma once

#include "inspector/decodedvalue.h"

#include <cashews/serializer.h>

namespace cashews {

// Decodes a stored value the way cashews reads it (cashews-semantics §4 and §11): digits
// are ints, a "digestmod:hex_" prefix is a signature checked with the connection's
// pipeline, gzip/zlib payloads are inflated, then pickle / JSON / "Type:" custom values.
// Unlike a cashews read, a value that fails a check is still shown (with the reason).
class ValueDecoder
{
public:
    // `connectionOptions` are the connection's setup options (secret, digestmod, ...).
    static DecodedValue decode(const QString &key, const QVariant &stored, const QVariantMap &connectionOptions);
};

} // namespace cashews
