#pragma once

#include "bloomfilter.h"
#include "strategyrunner.h"

namespace cashews {

// What bloom and dual_bloom share: a filter sized from the options (ValueError when they
// cannot size one).
class FilterStrategy : public StrategyRunner
{
public:
    FilterStrategy(QString prefix, const StrategyOptions &options)
        : StrategyRunner({.prefix = std::move(prefix)}), m_filter(options)
    {
    }

protected:
    const BloomFilter &filter() const { return m_filter; }

private:
    BloomFilter m_filter;
};

} // namespace cashews
