#pragma once

#include <QString>
#include <QtGlobal>

namespace cashews {

// Human-readable TTLs ("1d 2h", "3m 05s", "no expiry"), translated.
class TtlFormat
{
public:
    // `ms` as KeyInfo::remainingMs reports it (-1 no expiry, -2 missing/expired).
    static QString remaining(qint64 ms);
    // Byte counts as "512 B", "1.5 KiB", ...; empty for negative (unknown) sizes.
    static QString bytes(qint64 size);
};

} // namespace cashews
