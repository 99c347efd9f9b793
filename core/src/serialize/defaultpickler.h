#pragma once

#include "pickler.h"

namespace cashews {

// Python's pickle protocol 5 (cashews' DEFAULT pickler: pickle.dumps(protocol=5)); reads 0-5.
class DefaultPickler : public Pickler
{
public:
    QByteArray dumps(const QVariant &value) const override;
    QVariant loads(const QByteArray &bytes) const override;
};

} // namespace cashews
