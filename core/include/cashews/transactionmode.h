#pragma once

#include <QtGlobal>

namespace cashews {

// How a transaction (Cache::transaction) isolates its writes, as cashews' TransactionMode.
enum class TransactionMode : quint8 {
    // Buffer only: the commit writes the buffer at once, concurrent writers may lose updates.
    Fast,
    // Also locks ":tx_lock:<key>" before the first write to each key, until commit or rollback.
    Locked,
    // Also locks the one key ":serializable:lock" before the first write: one writer at a time.
    Serializable,
};

} // namespace cashews
