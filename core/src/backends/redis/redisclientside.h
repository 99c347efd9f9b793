#pragma once

#include "redisoptions.h"
#include "redisreply.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QVariant>

#include <QCoro/QCoroTask>

#include <memory>

namespace cashews {

class RedisConnection;

// Client-side caching for the Redis backend, as cashews' BcastClientSide does it over RESP2
// (hiredis 0.14 has no RESP3 pushes): a dedicated connection runs CLIENT ID, then
// CLIENT TRACKING on REDIRECT <its own id> BCAST PREFIX <prefix>, then SUBSCRIBE
// __redis__:invalidate. In BCAST mode Redis reports every change of a key under the prefix,
// whichever connection made it, so the data connections need no tracking of their own.
//
// The local copy is used only while the listener is subscribed; it is cleared whenever the
// listener (re)starts or drops, and the listener reconnects with back-off meanwhile (plain
// Redis serves reads until then).
class RedisClientSide : public QObject
{
    Q_OBJECT

public:
    explicit RedisClientSide(RedisOptions options, QObject *parent = nullptr);
    ~RedisClientSide() override;

    // Starts the listener; returns whether it subscribed (bounded by client_side_listen_timeout).
    QCoro::Task<bool> start();
    // Stops the listener and forgets the local copy.
    void stop();
    bool listening() const { return m_listening; }
    // The Redis prefix of every client-side key.
    QByteArray prefix() const { return m_prefix; }

    // The local copy of `key` (an invalid value for a known miss); false when there is none
    // or it has expired.
    bool lookup(const QString &key, QVariant &value) const;
    // A point in the invalidation sequence; take it before fetching a value from Redis.
    quint64 epoch() const { return m_sequence; }
    // Keeps a value read from Redis unless that key was invalidated (or the whole local cache
    // cleared) since `epochAtStart`: the fetched value may predate the invalidating write.
    // `ttlMs` is what PTTL answered with it (-1: no expiry).
    void storeFetched(const QString &key, const QVariant &value, qint64 ttlMs, quint64 epochAtStart);
    // We are writing `value` with `ttlMs` (0: no expiry): keep it locally and mark the key so
    // that the invalidation Redis sends for our own write does not drop it again.
    void wrote(const QString &key, const QVariant &value, qint64 ttlMs);
    // Our write did not happen (refused or failed): drop the copy and the mark.
    void forget(const QString &key);
    void clearLocal();

private:
    // Marks of our own writes expire after this long (cashews: 5 s).
    static constexpr qint64 MarkTtlMs = 5000;
    // Local entries kept at most (cashews' default local Memory(size=10000)).
    static constexpr qsizetype LocalCapacity = 10000;

    // A local copy. Local copies expire by themselves too: Redis reports an expired key only
    // when it actually deletes it (lazily or by its sampling sweep), which can be much later;
    // cashews keeps copies without TTL and serves them past their expiry.
    struct Entry
    {
        QVariant value;
        qint64 expiresAtMs; // 0: never
    };

    QCoro::Task<bool> listen();
    void keep(const QString &key, const QVariant &value, qint64 ttlMs);
    void onMessage(const RedisReply &reply);
    void onListenerClosed(const QString &reason);
    void invalidate(const QByteArray &redisKey);

    RedisOptions m_options;
    QByteArray m_prefix;
    QPointer<RedisConnection> m_listener;
    QHash<QString, Entry> m_local;
    QHash<QString, qint64> m_marks;
    QTimer m_restartTimer;
    std::shared_ptr<bool> m_alive;
    quint64 m_sequence = 0;
    quint64 m_clearedAt = 0;
    // Sequence number of each key's latest invalidation, for fetches still in flight.
    // Bounded: when it grows past LocalCapacity it is dropped and counts as a clear.
    QHash<QString, quint64> m_invalidatedAt;
    int m_failures = 0;
    bool m_listening = false;
    bool m_stopped = false;
};

} // namespace cashews
