#include "store/keyinfo.h"

#include <cashews/backend.h>

namespace cashews {

qint64 KeyInfo::remainingMs(qint64 nowMs) const
{
    if (ttlMs < 0)
        return ttlMs;
    const qint64 left = ttlMs - (nowMs - observedAtMs);
    return left > 0 ? left : NotExist;
}

} // namespace cashews
