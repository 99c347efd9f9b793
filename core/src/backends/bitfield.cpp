#include "bitfield.h"

#include <cashews/errors.h>
#include <cashews/keycodec.h>

#include <algorithm>

namespace cashews::bitfield {

namespace {

constexpr qint64 MaxBits = qint64(1) << 32;

qint64 readField(const QByteArray &bits, qint64 offset, int size)
{
    qint64 value = 0;
    for (int i = 0; i < size; ++i) {
        const qint64 bit = offset + i;
        const qint64 byte = bit >> 3;
        const bool set = byte < bits.size() && (static_cast<unsigned char>(bits[byte]) & (0x80 >> (bit & 7)));
        value = (value << 1) | (set ? 1 : 0);
    }
    return value;
}

void writeField(QByteArray &bits, qint64 offset, int size, qint64 value)
{
    const qint64 lastByte = (offset + size - 1) >> 3;
    if (bits.size() <= lastByte)
        bits.append(lastByte + 1 - bits.size(), '\0');
    for (int i = 0; i < size; ++i) {
        const qint64 bit = offset + i;
        const auto mask = static_cast<unsigned char>(0x80 >> (bit & 7));
        auto byte = static_cast<unsigned char>(bits[bit >> 3]);
        if ((value >> (size - 1 - i)) & 1)
            byte |= mask;
        else
            byte &= static_cast<unsigned char>(~mask);
        bits[bit >> 3] = static_cast<char>(byte);
    }
}

} // namespace

void checkArguments(const QString &key, const QList<qint64> &indexes, int size)
{
    if (size < 1 || size > 63)
        throw ValueError(QStringLiteral("bit field size u%1 for key '%2' is outside 1..63").arg(size).arg(displayKey(key)));
    for (qint64 index : indexes) {
        if (index < 0 || index > (MaxBits - size) / size)
            throw ValueError(QStringLiteral("bit field index %1 for key '%2' is out of range").arg(index).arg(displayKey(key)));
    }
}

QList<qint64> read(const QByteArray &bits, const QList<qint64> &indexes, int size)
{
    QList<qint64> values;
    values.reserve(indexes.size());
    for (qint64 index : indexes)
        values.append(readField(bits, index * size, size));
    return values;
}

QList<qint64> increment(QByteArray &bits, const QList<qint64> &indexes, int size, qint64 by)
{
    const qint64 max = (qint64(1) << size) - 1;
    QList<qint64> values;
    values.reserve(indexes.size());
    for (qint64 index : indexes) {
        const qint64 old = readField(bits, index * size, size);
        qint64 value = 0;
        if (__builtin_add_overflow(old, by, &value))
            value = by > 0 ? max : 0;
        value = std::clamp<qint64>(value, 0, max);
        writeField(bits, index * size, size, value);
        values.append(value);
    }
    return values;
}

} // namespace cashews::bitfield
