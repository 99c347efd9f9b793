#pragma once

#include "store/keyinfo.h"
#include "store/keyscan.h"

#include <QByteArray>
#include <QList>
#include <QStringList>
#include <QVariant>

#include <QCoro/QCoroTask>

#include <memory>

namespace cashews {

// What the browser models need from a store (RESP.app's "operations" idea): the models
// talk only to this, so they can be tested against any store and never touch widgets.
// Callers keep the operations object alive in a shared_ptr while a call is in flight.
class KeyOperations
{
public:
    virtual ~KeyOperations();

    // Number of keys in the store (DBSIZE).
    virtual QCoro::Task<qint64> keysCount() = 0;
    // Starts a paged walk over the keys matching `pattern` (a Redis glob).
    virtual std::shared_ptr<KeyScan> scan(QString pattern, int pageSize) = 0;
    // Type, PTTL and size of each key, in the order of `keys` (sent as one pipelined batch).
    virtual QCoro::Task<QList<KeyInfo>> keyInfo(QStringList keys) = 0;
    // Members of a set (tags), empty when missing.
    virtual QCoro::Task<QStringList> setMembers(QString key) = 0;
    // Whether each key exists, in order.
    virtual QCoro::Task<QList<bool>> existing(QStringList keys) = 0;
    // The stored bytes or object of each key (invalid when missing), in order.
    virtual QCoro::Task<QList<QVariant>> rawValues(QStringList keys) = 0;
    // Deletes keys; returns how many existed.
    virtual QCoro::Task<qint64> removeKeys(QStringList keys) = 0;
    // Renames `key` to `newKey` with its value and remaining TTL; false when `key` does not
    // exist. An existing `newKey` throws KeyExistsError unless `replace`. Signed values are
    // signed anew for `newKey` (a value that does not verify throws the signer's error).
    virtual QCoro::Task<bool> rename(QString key, QString newKey, bool replace) = 0;
};

using KeyOperationsPtr = std::shared_ptr<KeyOperations>;

} // namespace cashews
