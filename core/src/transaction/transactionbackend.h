#pragma once

#include <cashews/backend.h>
#include <cashews/transactionmode.h>

#include <QHash>
#include <QSet>

namespace cashews {

// One backend as a transaction sees it (cashews' TransactionBackend / LockTransactionBackend):
// writes go to a private buffer of entries and deletions, reads merge that buffer with the
// store, commit() writes the buffer. In the Locked and Serializable modes each write first
// takes its lock on the store, held until commit() or rollback().
class TransactionBackend final : public Backend
{
public:
    // `token` is the value of every lock this transaction takes (cashews: a hex uuid).
    TransactionBackend(BackendPtr inner, TransactionMode mode, Ttl timeout, QByteArray token);

    // The store this buffers for.
    const BackendPtr &inner() const { return m_inner; }
    // Ends the transaction and writes its buffer: deletions, then the entries grouped by the
    // milliseconds they have left. The locks stay until releaseLocks().
    QCoro::Task<> commit();
    // Ends the transaction, dropping the buffer (a rollback): further writes throw
    // TransactionError. The locks stay until releaseLocks().
    void end();
    // Unlocks every lock this transaction holds on the store; failures are logged.
    QCoro::Task<> releaseLocks();

    QString describe() const override;
    StoreLocation location() const override;
    QCoro::Task<> init() override;
    QCoro::Task<> close() override;

    QCoro::Task<bool> set(QString key, QVariant value, Ttl expire, Exist exist) override;
    QCoro::Task<bool> setRaw(QString key, QVariant value, Ttl expire) override;
    QCoro::Task<bool> setMany(KeyValueList pairs, Ttl expire) override;
    QCoro::Task<QVariant> get(QString key) override;
    QCoro::Task<QVariant> getRaw(QString key) override;
    QCoro::Task<RawPrefix> getRawPrefix(QString key, qint64 maxBytes) override;
    QCoro::Task<QList<QVariant>> getMany(QStringList keys) override;
    bool tryGetNow(const QString &key, QVariant &value) override;
    QCoro::AsyncGenerator<QStringList> scan(QString pattern, int batchSize) override;
    QCoro::AsyncGenerator<KeyValueList> getMatch(QString pattern, int batchSize) override;
    QCoro::Task<std::optional<qint64>> incr(QString key, qint64 by, Ttl expire) override;
    QCoro::Task<bool> exists(QString key) override;
    QCoro::Task<bool> remove(QString key) override;
    QCoro::Task<qint64> removeMany(QStringList keys) override;
    QCoro::Task<qint64> removeMatch(QString pattern) override;
    QCoro::Task<bool> expire(QString key, Ttl timeout) override;
    QCoro::Task<qint64> getExpireMs(QString key) override;
    QCoro::Task<bool> rename(QString key, QString newKey) override;
    QCoro::Task<QString> keyType(QString key) override;
    QCoro::Task<QByteArray> ping(QByteArray message) override;
    QCoro::Task<> clear() override;
    QCoro::Task<bool> setLock(QString key, QByteArray value, Ttl expire) override;
    QCoro::Task<bool> unlock(QString key, QByteArray value) override;
    QCoro::Task<QList<qint64>> getBits(QString key, QList<qint64> indexes, int size) override;
    QCoro::Task<QList<qint64>> incrBits(QString key, QList<qint64> indexes, int size, qint64 by) override;
    QCoro::Task<qint64> sliceIncr(QString key, double start, double end, qint64 maxValue, Ttl expire) override;
    QCoro::Task<QList<double>> sliceEntries(QString key) override;
    QCoro::Task<qint64> setAdd(QString key, QStringList members, Ttl expire) override;
    QCoro::Task<qint64> tagAdd(QString key, QStringList members, Ttl expire) override;
    QCoro::Task<qint64> setRemove(QString key, QStringList members) override;
    QCoro::Task<QStringList> setPop(QString key, int count) override;
    QCoro::Task<QStringList> setMembers(QString key) override;
    QCoro::Task<MemberPage> memberPage(QString key, QByteArray cursor, int count) override;
    QCoro::Task<qint64> getSize(QString key) override;
    QCoro::Task<qint64> getKeysCount() override;

private:
    struct Entry
    {
        QVariant value;
        qint64 expireAt = 0; // nowMs() deadline; 0 = no expiry
    };

    // The buffered entry of `key` while it lives; an entry past its expiry becomes a deletion
    // (the transaction overwrote what the store holds).
    Entry *live(const QString &key);
    // Whether the transaction deleted `key` (a buffered expiry that passed counts).
    bool gone(const QString &key);
    // Whether the key exists for this transaction (buffer, then deletions, then the store).
    QCoro::Task<bool> existsMerged(QString key);
    // Throws TransactionError once the transaction ended: a write would be lost.
    void checkOpen(const QString &key) const;
    // Checks the transaction is open, then takes the lock guarding `key` (Locked: ":tx_lock:<key>",
    // Serializable: ":serializable:lock"), retrying every 100 ms for up to the timeout; throws
    // LockedError naming the key and the lock.
    QCoro::Task<> lockFor(QString key);
    void buffer(const QString &key, QVariant value, qint64 expireAt);
    void bufferDeletion(const QString &key);

    BackendPtr m_inner;
    TransactionMode m_mode;
    Ttl m_timeout;
    QByteArray m_token;
    QHash<QString, Entry> m_entries;
    QSet<QString> m_deleted;
    // New expiries (nowMs() deadlines, 0 = none) of keys whose value stays in the store.
    QHash<QString, qint64> m_expiries;
    QSet<QString> m_locks;
    bool m_ended = false;
};

} // namespace cashews
