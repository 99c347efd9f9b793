#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// Unsigned bit fields in a byte string with Redis BITFIELD's layout (bit 0 is the most
// significant bit of byte 0), for the stores that keep bit fields themselves (memory, disk).
namespace cashews::bitfield {

// Throws ValueError naming the key unless size is 1..63 and every field lies within 2^32 bits
// (Redis' limit for a string).
void checkArguments(const QString &key, const QList<qint64> &indexes, int size);
// The u<size> fields number `indexes`; bits past the end read as 0.
QList<qint64> read(const QByteArray &bits, const QList<qint64> &indexes, int size);
// Adds `by` to each field, saturating at 0 and 2^size-1 (OVERFLOW SAT), growing `bits` as
// needed; returns the new values.
QList<qint64> increment(QByteArray &bits, const QList<qint64> &indexes, int size, qint64 by);

} // namespace cashews::bitfield
