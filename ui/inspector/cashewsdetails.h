#pragma once

#include "inspector/decodedvalue.h"

#include <QCoreApplication>

#include <QCoro/QCoroTask>

#include <memory>

namespace cashews {

class Cache;

// The cashews-aware panel of the inspector: what a key means for its strategy (early
// "fresh until" vs hard TTL, hit counter, lock owner, rate-limit window, breaker state,
// tag members), read with a few extra commands. Returns translated rich text.
class CashewsDetails
{
    Q_DECLARE_TR_FUNCTIONS(cashews::CashewsDetails)

public:
    static QCoro::Task<QString> describe(std::shared_ptr<Cache> cache, QString key, DecodedValue decoded, qint64 ttlMs);
};

} // namespace cashews
