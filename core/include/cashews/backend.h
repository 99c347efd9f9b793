#pragma once

#include <cashews/ttl.h>
#include <cashews/value.h>

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <QCoro/QCoroAsyncGenerator>
#include <QCoro/QCoroTask>

#include <functional>
#include <memory>

namespace cashews {

// Time left on a key, as getExpire() reports it.
inline constexpr qint64 NoExpiry = -1;
inline constexpr qint64 NotExist = -2;

// The beginning of a stored value, for previews of large values (Backend::getRawPrefix).
struct RawPrefix
{
    // What getRaw() returns, cut to the requested length when it is a byte string.
    QVariant value;
    // The full length of the stored byte string; -1 when the key is missing or the stored
    // value is not a byte string (the memory backend keeps values as they are).
    qint64 totalBytes = -1;
};

// One entry of a key that is not a string (Backend::memberPage), bytes as stored.
struct MemberEntry
{
    // Set and zset: the member. Hash: the field. List: the index. Stream: the entry id.
    QByteArray name;
    // Zset: the score as text. Hash: the value. List: the item. Stream: "field=value" lines.
    // Set: empty.
    QByteArray value;
    bool operator==(const MemberEntry &) const = default;
};

// One page of a key's entries, for admin tools that show containers without reading them whole.
struct MemberPage
{
    // The store's type of the key, as keyType() reports it ("none" when missing).
    QString type;
    // At most the requested count of entries (none for strings and missing keys).
    QList<MemberEntry> entries;
    // Pass it back for the next page; empty when there are no more entries.
    QByteArray cursor;
};

// Something a backend did on its own rather than as a command's result (an eviction);
// delivered to the listeners of Cache::addEventListener.
struct BackendEvent
{
    // What happened: "evict" (the size limit removed least-recently-used keys).
    QString name;
    // Backend::describe() of the source.
    QString backend;
    // The keys concerned.
    QStringList keys;
};

// Where a store keeps its data (Backend::location()), e.g. for a studio header.
struct StoreLocation
{
    // The directory holding the store's files; empty for stores without files (mem://, redis://).
    QString directory;
    // True when `directory` was created for this backend and is removed with it (disk:// without
    // a directory): nothing written there outlives the backend.
    bool temporary = false;
};

// A store. Implementations: mem:// (MemoryBackend), redis:// and disk://.
// Every coroutine takes its parameters by value: they are copied into the frame and
// stay valid across suspensions. Values follow the conventions of <cashews/value.h>.
// Backends report failures by throwing CacheError subclasses; the facade decides what
// to do with them (suppress, miss, rethrow).
class Backend
{
public:
    virtual ~Backend();

    // The URL (without secrets) this backend was set up from, for display.
    virtual QString describe() const = 0;
    // Where the data lives; the default is a store without files.
    virtual StoreLocation location() const;
    // Connects / opens files eagerly and reports failures early. The facade does NOT call
    // it: every backend must also initialise itself lazily on its first command.
    virtual QCoro::Task<> init() = 0;
    // Releases connections and files; the backend must not be used afterwards.
    virtual QCoro::Task<> close() = 0;

    // Stores `value`; returns whether it was written (NX/XX may refuse).
    virtual QCoro::Task<bool> set(QString key, QVariant value, Ttl expire, Exist exist) = 0;
    // Stores `value` without the serialization pipeline (bytes go to the store as they are).
    virtual QCoro::Task<bool> setRaw(QString key, QVariant value, Ttl expire) = 0;
    // Stores several pairs with one expiry.
    virtual QCoro::Task<bool> setMany(KeyValueList pairs, Ttl expire) = 0;
    // The value, or an invalid QVariant on a miss (also for undecodable data).
    virtual QCoro::Task<QVariant> get(QString key) = 0;
    // What is stored, without decoding (bytes for byte stores); invalid when missing.
    virtual QCoro::Task<QVariant> getRaw(QString key) = 0;
    // At most `maxBytes` of what is stored, with the full length, without fetching the rest.
    virtual QCoro::Task<RawPrefix> getRawPrefix(QString key, qint64 maxBytes) = 0;
    // Values in the order of `keys`; misses are invalid QVariants.
    virtual QCoro::Task<QList<QVariant>> getMany(QStringList keys) = 0;
    // Synchronous lookup for backends that can answer without waiting (memory, a
    // client-side local copy). Returns false when the caller must await get() instead.
    virtual bool tryGetNow(const QString &key, QVariant &value);

    // Keys matching a glob, in batches of about `batchSize`.
    virtual QCoro::AsyncGenerator<QStringList> scan(QString pattern, int batchSize) = 0;
    // Keys and decoded values matching a glob, in batches; undecodable values are skipped.
    virtual QCoro::AsyncGenerator<KeyValueList> getMatch(QString pattern, int batchSize) = 0;

    // Adds `by` to an integer (missing = 0). The expiry is set only when this call creates
    // the key (cashews sets it when the result is 1, so incr(k, 5, ttl) never expired).
    // Exact in 64 bits on every backend. Throws ValueError when the stored value is not an
    // integer, OverflowError when the result leaves 64 bits; empty when the store failed
    // and the backend suppresses errors (cashews returns None then).
    virtual QCoro::Task<std::optional<qint64>> incr(QString key, qint64 by, Ttl expire) = 0;
    virtual QCoro::Task<bool> exists(QString key) = 0;
    // Deletes a key; returns whether it existed.
    virtual QCoro::Task<bool> remove(QString key) = 0;
    // Deletes keys; returns how many existed.
    virtual QCoro::Task<qint64> removeMany(QStringList keys) = 0;
    // Deletes the keys matching a glob; returns how many.
    virtual QCoro::Task<qint64> removeMatch(QString pattern) = 0;
    // Sets (or with an empty Ttl, removes) the expiry of an existing key; false if missing.
    virtual QCoro::Task<bool> expire(QString key, Ttl timeout) = 0;
    // Milliseconds left, NoExpiry (-1) or NotExist (-2).
    virtual QCoro::Task<qint64> getExpireMs(QString key) = 0;
    // Renames a key, keeping its value and expiry; false if `key` is missing.
    virtual QCoro::Task<bool> rename(QString key, QString newKey) = 0;
    // The store's type of the key: "string", "set", "zset", "bits", ... or "none" when missing.
    virtual QCoro::Task<QString> keyType(QString key) = 0;

    // PONG for an empty message or "PING", otherwise the message echoed.
    virtual QCoro::Task<QByteArray> ping(QByteArray message) = 0;
    // Removes every key of this backend (Redis: FLUSHDB, the whole database).
    virtual QCoro::Task<> clear() = 0;

    // Stores `value` raw under `key` only if absent (SET NX PX).
    virtual QCoro::Task<bool> setLock(QString key, QByteArray value, Ttl expire) = 0;
    // Deletes `key` only if it holds `value` (compare-and-delete); returns whether it did.
    virtual QCoro::Task<bool> unlock(QString key, QByteArray value) = 0;

    // Unsigned integer fields of `size` bits (1..63) at `indexes` of a bit field.
    virtual QCoro::Task<QList<qint64>> getBits(QString key, QList<qint64> indexes, int size) = 0;
    // Adds `by` to each field, saturating at 0 and 2^size-1; returns the new values.
    virtual QCoro::Task<QList<qint64>> incrBits(QString key, QList<qint64> indexes, int size, qint64 by) = 0;
    // Sliding window: drops entries with score < start, counts those in [start, end]; if the
    // count is below maxValue adds `end` and counts it. Returns the count (cashews' slice_incr).
    virtual QCoro::Task<qint64> sliceIncr(QString key, double start, double end, qint64 maxValue, Ttl expire) = 0;
    // The timestamps a sliding window holds, ascending (empty when missing); changes nothing.
    virtual QCoro::Task<QList<double>> sliceEntries(QString key) = 0;

    // Adds members to a set; returns how many were new.
    virtual QCoro::Task<qint64> setAdd(QString key, QStringList members, Ttl expire) = 0;
    // Adds members to a tag's set (cashews' "_tag:<tag>") and extends its expiry in one atomic
    // step: a new set gets `expire`, an existing one keeps the longer of its own and `expire`,
    // and one without expiry (or a member without) stays persistent. Returns how many were new.
    virtual QCoro::Task<qint64> tagAdd(QString key, QStringList members, Ttl expire) = 0;
    // Removes members from a set; returns how many were there.
    virtual QCoro::Task<qint64> setRemove(QString key, QStringList members) = 0;
    // Removes and returns up to `count` members.
    virtual QCoro::Task<QStringList> setPop(QString key, int count) = 0;
    // All members of a set (empty when missing).
    virtual QCoro::Task<QStringList> setMembers(QString key) = 0;
    // About `count` entries of a set, zset, hash, list or stream from `cursor` (empty = the
    // start), in the store's order; changes nothing. Types a backend cannot hold never occur.
    virtual QCoro::Task<MemberPage> memberPage(QString key, QByteArray cursor, int count) = 0;
    // The position a memberPage cursor of an offset-paged store stands for (empty = 0);
    // throws ValueError naming the cursor when it is not one.
    static qint64 pageOffset(const QByteArray &cursor);
    // The cursor of the page after `count` entries from `offset` of `total`: empty at the end.
    static QByteArray nextPageCursor(qint64 offset, qint64 count, qint64 total);

    // Approximate bytes used by the key (0 when missing, -1 when the store cannot tell).
    virtual QCoro::Task<qint64> getSize(QString key) = 0;
    // Number of keys.
    virtual QCoro::Task<qint64> getKeysCount() = 0;

    using EventListener = std::function<void(const BackendEvent &event)>;
    // Receives the backend's own events on its thread (the facade installs one at setup).
    void setEventListener(EventListener listener);

protected:
    // Whether anyone listens: lets hot paths skip collecting an event's data.
    bool hasEventListener() const { return bool(m_eventListener); }
    // Reports `keys` under `name` to the listener, if any.
    void emitEvent(const QString &name, const QStringList &keys) const;

private:
    EventListener m_eventListener;
};

using BackendPtr = std::shared_ptr<Backend>;

} // namespace cashews

Q_DECLARE_METATYPE(cashews::RawPrefix)
Q_DECLARE_METATYPE(cashews::MemberPage)
