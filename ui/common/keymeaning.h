#pragma once

#include <QString>

namespace cashews {

// What a key means to cashews, read from its name alone (no store access): the strategy
// prefix the decorators write, the function/template it belongs to and the companion role.
// Layout reference: cashews-semantics §11.
struct KeyMeaning
{
    enum class Strategy : quint8 {
        Cache,          // @cache or a plain set(): no strategy prefix
        Early,          // early:v2:
        Failover,       // fail:
        Soft,           // soft:
        Hit,            // hit:
        Dynamic,        // dynamic:
        Lock,           // lock: (lock=True)
        Locked,         // locked: (@locked)
        RateLimit,      // rate_limit:
        SliceRateLimit, // srl:
        CircuitBreaker, // circuit_breaker:
        Bloom,          // bloom:
        DualBloom,      // dual_bloom:
        Tag,            // _tag:
        Transaction,    // :tx_lock: and :serializable:lock
        ClientSide,     // cashews: (client-side mode prefix)
    };

    Strategy strategy = Strategy::Cache;
    QString prefix;   // the strategy prefix as stored ("early:v2"), empty for Cache
    QString group;    // function / template: "module:func" after the prefix
    QString role;     // companion suffix: "lock", "counter", "open", "halfopen", "total", "fails", ...

    static KeyMeaning classify(const QString &key);
    // Short translated label of a strategy ("early", "lock", ...).
    static QString strategyLabel(Strategy strategy);
    // The translated name of a companion role ("lock", "counter", "open", ...).
    static QString roleLabel(const QString &role);
    // Whether the key is a lock of some kind (lock:, locked:, early's :lock, transactions).
    bool isLock() const;
};

} // namespace cashews
