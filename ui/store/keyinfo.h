#pragma once

#include <QString>
#include <QtGlobal>

namespace cashews {

// What the browser shows about one key besides its name, fetched lazily for visible rows.
struct KeyInfo
{
    QString type;            // "string", "set", "zset", ... ("none" once the key is gone)
    qint64 ttlMs = -2;       // PTTL as observed: ms left, -1 without expiry, -2 missing
    qint64 observedAtMs = 0; // wall clock (cashews::nowMs) when ttlMs was read
    qint64 size = -1;        // bytes, -1 when the store cannot tell

    // Milliseconds left at `nowMs`, counted down from the observation (no polling);
    // -1 without expiry, -2 when missing or expired since.
    qint64 remainingMs(qint64 nowMs) const;
};

} // namespace cashews
