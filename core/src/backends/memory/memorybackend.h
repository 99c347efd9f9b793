#pragma once

#include "keyindex.h"

#include <cashews/backend.h>
#include <cashews/serializer.h>

#include <QTimer>

#include <memory>

namespace cashews {

class Settings;

// mem:// — an LRU-bounded in-process store with per-key expiry.
// Options: size (max entries, default 1000, LRU eviction), check_interval (seconds between
// background purges of expired keys, default 1; 0 = only on access).
// Threading: use it from one thread, the one whose event loop runs its coroutines (it owns a
// QTimer for purging). Values are QVariants kept as they are (cashews' "null" pickler);
// with a secret or a pickle_type they go through the serializer and are kept as bytes.
class MemoryBackend final : public Backend
{
public:
    MemoryBackend(qint64 maxSize, Ttl checkInterval, SerializerPtr serializer, QString description);
    ~MemoryBackend() override;

    QString describe() const override;
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

    // Entries evicted by the size bound since creation.
    qint64 evictions() const { return m_evictions; }

private:
    enum class Kind : quint8 { Value, Set, Window, Bits };
    // One stored key. Nodes live on the heap so the LRU links stay valid while the index
    // grows; the index (KeyIndex) points at them and reads their key.
    struct Node
    {
        QString key;
        QVariant value;
        qint64 expireAt = 0; // epoch ms; 0 = no expiry
        Node *prev = nullptr; // towards the most recently used
        Node *next = nullptr; // towards the least recently used
        quint32 scanMark = 0; // id of the last scan that yielded this key
        Kind kind = Kind::Value;
    };

    // The live entry for `key` (nullptr when missing or expired; expired ones are dropped).
    Node *find(const QString &key);
    Node *find(const QString &key, size_t hash);
    // get() for `key` (`hash` from KeyIndex::hashOf), assigned to `value`.
    void read(const QString &key, size_t hash, QVariant &value);
    // Inserts or replaces; keeps LRU order and the size bound.
    Node *store(const QString &key, QVariant value, Kind kind, qint64 expireAt);
    // Adds a node for `key`, which is not indexed (`hash` from KeyIndex::hashOf).
    Node *insertNode(const QString &key, size_t hash, QVariant value, Kind kind, qint64 expireAt);
    // The entry of `kind` for `key`, created empty if missing; throws on a key of another kind.
    Node *containerEntry(const QString &key, Kind kind, const char *command);
    // Adds `members` to the set of `node`; returns how many were new.
    static qint64 insertMembers(Node *node, const QStringList &members);
    void erase(Node *node);
    void touch(Node *node);
    void linkFront(Node *node);
    void unlink(Node *node);
    void evictOverflow();
    // set() without a coroutine frame; setMany() calls it per pair.
    bool setValue(const QString &key, const QVariant &value, Ttl expire, Exist exist);
    void purgeChunk();
    QStringList matchingKeys(const QString &pattern);
    // Erases the live keys among `keys`; returns how many there were.
    qint64 eraseKeys(const QStringList &keys);
    // What get() returns for `node`, assigned to `value`.
    void decodeValue(const Node &node, QVariant &value) const;
    static qint64 expiryFrom(Ttl ttl);

    void deleteAll();

    KeyIndex<Node> m_index;
    Node *m_head = nullptr;
    Node *m_tail = nullptr;
    Node *m_purgeCursor = nullptr;
    // Where each running scan continues (walking from the least recently used end).
    struct ScanCursor;
    QList<ScanCursor *> m_scanCursors;
    quint32 m_lastScanId = 0;
    qint64 m_maxSize;
    qint64 m_evictions = 0;
    SerializerPtr m_serializer;
    bool m_storesObjects;
    QString m_description;
    std::unique_ptr<QTimer> m_purgeTimer;
};

// Factory for the "mem" scheme.
BackendPtr createMemoryBackend(Settings &settings);

} // namespace cashews
