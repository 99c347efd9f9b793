#include "bloomfilter.h"

#include <cashews/errors.h>
#include <cashews/value.h>

#include <zlib.h>

#include <algorithm>
#include <cmath>

namespace cashews {

BloomFilter::BloomFilter(const StrategyOptions &options)
{
    if (options.capacity <= 0 || options.falsePositives <= 0 || options.falsePositives >= 100)
        throw ValueError(QStringLiteral("bloom: capacity must be positive and falsePositives in (0, 100)"));
    const double n = static_cast<double>(options.capacity);
    const double p = options.falsePositives / 100.0;
    m_bits = static_cast<qint64>(std::ceil(-n * std::log(p) / (std::log(2.0) * std::log(2.0))));
    m_hashes = std::max(1, static_cast<int>(std::round(static_cast<double>(m_bits) / n * std::log(2.0))));
}

// Exactly as cashews without xxhash installed: crc32("<element>_<i>") % m, moving on to i+1
// while an index repeats.
QList<qint64> BloomFilter::indexes(const QString &element) const
{
    QList<qint64> result;
    const auto indexFor = [&](int i) {
        const QByteArray text = (element + QLatin1Char('_') + QString::number(i)).toUtf8();
        const uLong crc = crc32(0L, reinterpret_cast<const Bytef *>(text.constData()), static_cast<uInt>(text.size()));
        return static_cast<qint64>(crc % static_cast<uLong>(m_bits));
    };
    for (int i = 0; i < m_hashes; ++i) {
        int attemptNo = i;
        qint64 index = indexFor(attemptNo);
        while (result.contains(index))
            index = indexFor(++attemptNo);
        result.append(index);
    }
    return result;
}

bool BloomFilter::allSet(const QList<qint64> &bits)
{
    return std::all_of(bits.cbegin(), bits.cend(), [](qint64 b) { return b != 0; });
}

bool BloomFilter::allClear(const QList<qint64> &bits)
{
    return std::all_of(bits.cbegin(), bits.cend(), [](qint64 b) { return b == 0; });
}

bool BloomFilter::isTruthy(const QVariant &value)
{
    if (isMiss(value) || isNone(value))
        return false;
    switch (value.metaType().id()) {
    case QMetaType::Bool:
        return value.toBool();
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Double:
        return value.toDouble() != 0;
    case QMetaType::QString:
        return !value.toString().isEmpty();
    case QMetaType::QByteArray:
        return !value.toByteArray().isEmpty();
    case QMetaType::QVariantList:
    case QMetaType::QStringList:
        return !value.toList().isEmpty();
    case QMetaType::QVariantMap:
        return !value.toMap().isEmpty();
    default:
        return true;
    }
}

} // namespace cashews
