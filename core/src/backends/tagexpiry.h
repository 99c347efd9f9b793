#pragma once

#include <QtGlobal>

#include <algorithm>

namespace cashews {

// The expiry (epoch ms, 0 = none) of a tag set after Backend::tagAdd adds a member expiring
// at `memberAt`. cashews overwrites the set's expiry with the latest member's, so a set could
// go before a member that lives longer; here it only grows: a new set takes the member's, an
// existing one the later of the two, and a member without expiry makes the set persistent.
inline qint64 tagSetExpiry(bool existed, qint64 currentAt, qint64 memberAt)
{
    if (!existed)
        return memberAt;
    if (currentAt == 0 || memberAt == 0)
        return 0;
    return std::max(currentAt, memberAt);
}

} // namespace cashews
