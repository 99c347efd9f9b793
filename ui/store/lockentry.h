#pragma once

#include "store/keyinfo.h"

#include <QByteArray>
#include <QString>

namespace cashews {

// One lock key (lock:, locked:, early's :lock, transaction locks) with its owner value.
struct LockEntry
{
    QString key;
    QByteArray owner;  // the stored token (uuid text for cashews locks), compared on release
    KeyInfo info;      // TTL as observed, for the live countdown
};

} // namespace cashews
