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
    // The part of seed() that expires within minutes: locks (taken again only when gone),
    // rate-limit counters (written again when their window ended), sliding windows and the
    // circuit breaker (new entries at the current time). Run again to keep them alive.
    static QCoro::Task<> seedLive(std::shared_ptr<Cache> cache);
    // How often seedLive() must run to keep everything it writes alive (the shortest TTL, 10 s,
    // is a transaction lock).
    static constexpr int LiveRefreshMs = 5000;
    // The secret the signed demo value was written with (to show the "valid" state).
    static QString signingSecret();
};

} // namespace cashews
