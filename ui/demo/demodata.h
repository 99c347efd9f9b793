#pragma once

#include <QCoro/QCoroTask>

#include <memory>

namespace cashews {

class Cache;

// Fills a store with what Python cashews writes for every strategy (cashews-semantics §11):
// pickled plain entries, early/soft pairs with a fresh-until datetime, hit counters, locks,
// rate-limit counters and sliding windows, circuit-breaker companions, a bloom bit field,
// tag sets (one with a dangling member), a signed and a compressed value, a binary key and
// a large value. Values are pickled through the core serializer, as Python would store them.
class DemoData
{
public:
    static QCoro::Task<> seed(std::shared_ptr<Cache> cache);
    // The secret the signed demo value was written with (to show the "valid" state).
    static QString signingSecret();
};

} // namespace cashews
