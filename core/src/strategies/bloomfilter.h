#pragma once

#include <cashews/strategyoptions.h>

#include <QList>
#include <QString>
#include <QVariant>

namespace cashews {

// The size of a bloom filter and where an element's bits are, as cashews computes them
// (bloom and dual_bloom).
class BloomFilter
{
public:
    // cashews' params_for(capacity, falsePositives): m bits and k hashes; ValueError when the
    // capacity is not positive or falsePositives is outside (0, 100).
    explicit BloomFilter(const StrategyOptions &options);

    qint64 bits() const { return m_bits; }
    // The bit indexes of `element`.
    QList<qint64> indexes(const QString &element) const;

    static bool allSet(const QList<qint64> &bits);
    static bool allClear(const QList<qint64> &bits);
    // Python's truthiness, which decides what the filters record.
    static bool isTruthy(const QVariant &value);

private:
    qint64 m_bits = 0;
    int m_hashes = 0;
};

} // namespace cashews
