#pragma once

#include "pickler.h"

namespace cashews {

// cashews' JSON pickler: json.dumps(value).encode() and json.loads(); tuples come back as
// lists and non-string keys as strings, as in Python.
class JsonPickler : public Pickler
{
public:
    QByteArray dumps(const QVariant &value) const override;
    QVariant loads(const QByteArray &bytes) const override;
};

} // namespace cashews
