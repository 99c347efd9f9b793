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
    // Byte counts as "1 byte", "512 bytes", "1.5 KiB", ... in the UI language; empty for
    // negative (unknown) sizes.
    static QString bytes(qint64 size);
    // A fraction (0.125) as a percentage with one decimal ("12.5%", German "12,5 %").
    static QString percent(double fraction);
};

} // namespace cashews
