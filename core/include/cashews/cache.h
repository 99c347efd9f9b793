#pragma once

#include <cashews/backend.h>
#include <cashews/callbackscope.h>
#include <cashews/command.h>
#include <cashews/errors.h>
#include <cashews/middleware.h>
#include <cashews/settings.h>
#include <cashews/transactionmode.h>
#include <cashews/ttl.h>
#include <cashews/value.h>

#include <QCoro/QCoroAsyncGenerator>
#include <QCoro/QCoroTask>

#include <functional>
#include <memory>
#include <optional>

namespace cashews {

class CacheState;
class Cache;
class Transaction;

// Builds a backend from parsed settings (it must take() every option it understands).
using BackendFactory = std::function<BackendPtr(Settings &settings)>;

// A held lock (from Cache::lock). release() unlocks with compare-and-delete; a guard that
// is destroyed without release() unlocks in the background.
class LockGuard
{
public:
    LockGuard() = default;
    LockGuard(LockGuard &&other) noexcept;
    LockGuard &operator=(LockGuard &&other) noexcept;
    LockGuard(const LockGuard &) = delete;
    LockGuard &operator=(const LockGuard &) = delete;
    ~LockGuard();

    // Releases the lock; true if it was still ours.
    QCoro::Task<bool> release();
    // Whether the lock is really held (false when the backend was down and the block
    // runs without a lock, as cashews does).
    bool isHeld() const { return m_held; }
    QString key() const { return m_key; }
    QByteArray token() const { return m_token; }

private:
    friend class Cache;
    std::shared_ptr<CacheState> m_state;
    QString m_key;
    QByteArray m_token;
    bool m_held = false;
};

// The cashews facade: routes each command by key prefix to a backend, runs the
// middleware chain, and applies enable/disable. Use it from one thread (the thread whose
// event loop runs its coroutines).
class Cache
{
public:
    explicit Cache(QString name = QStringLiteral("default"));
    ~Cache();
    Cache(const Cache &) = delete;
    Cache &operator=(const Cache &) = delete;

    QString name() const;

    // Sets up a backend from a URL such as "mem://?size=500", "redis://host:6379/0",
    // "disk://?directory=/tmp/c". Options override query parameters. The option "prefix"
    // routes keys starting with it to this backend (longest prefix wins; "" is the default).
    // Throws SettingsError / BackendNotAvailableError naming the bad part.
    BackendPtr setup(const QString &url, const QVariantMap &options = {});
    // Registers a URL scheme (e.g. "mem") for setup().
    // Sets up the backend for tag sets ("_tag:<tag>" keys), as cashews' setup_tags_backend.
    BackendPtr setupTagsBackend(const QString &url, QVariantMap options = {});
    static void registerBackend(const QString &scheme, BackendFactory factory);
    // Whether any backend is set up.
    bool isSetup() const;
    // The backend a key routes to; throws NotConfiguredError.
    BackendPtr backendFor(const QString &key) const;
    // Every backend with its routing prefix.
    QList<QPair<QString, BackendPtr>> backends() const;

    // Adds a middleware; the last added runs first.
    void addMiddleware(Middleware middleware);
    // Adds a listener for what backends do on their own (evictions), called in the order added
    // on the cache's thread. Never silent: each event is also logged by its backend.
    void addEventListener(Backend::EventListener listener);

    // Disables commands (all when `commands` is empty) for the backend of `prefix`:
    // disabled reads return the default, disabled writes do nothing.
    void disable(CommandSet commands = {}, const QString &prefix = {});
    // Re-enables commands (all when empty).
    void enable(CommandSet commands = {}, const QString &prefix = {});
    bool isDisabled(Command command, const QString &prefix = {}) const;
    bool isEnabled(Command command, const QString &prefix = {}) const { return !isDisabled(command, prefix); }
    // True when every backend has every command disabled.
    bool isFullyDisabled() const;

    // RAII scope that disables commands and restores the previous state when it ends.
    class DisablingScope
    {
    public:
        DisablingScope(Cache *cache, CommandSet commands, QString prefix);
        ~DisablingScope();
        DisablingScope(const DisablingScope &) = delete;
        DisablingScope &operator=(const DisablingScope &) = delete;

    private:
        Cache *m_cache;
        QString m_prefix;
        CommandSet m_previous;
    };
    [[nodiscard]] DisablingScope disabling(CommandSet commands = {}, const QString &prefix = {});

    // cashews' cache.callback(fn, cmd): `callback` runs after every command of `commands` (all
    // when empty) until the returned scope ends; see CallbackScope.
    [[nodiscard]] CallbackScope callback(CommandCallback callback, CommandSet commands);

    // --- commands (cashews' Basic API) ---
    // Stores `value`; with `tags`, a successful write also adds the key to the set "_tag:<tag>"
    // of each tag (see addToTags).
    QCoro::Task<bool> set(QString key, QVariant value, Ttl expire = {}, Exist exist = Exist::Always,
                          QStringList tags = {});
    QCoro::Task<bool> setRaw(QString key, QVariant value, Ttl expire = {});
    // Stores the pairs; with `tags`, tags every key once all were written.
    QCoro::Task<bool> setMany(KeyValueList pairs, Ttl expire = {}, QStringList tags = {});
    // The value, or `defaultValue` on a miss (an invalid QVariant unless given). Not a
    // coroutine, so the arguments are references: they are read (or copied into the awaited
    // path's frame) before get() returns, and the hot hit path copies neither.
    QCoro::Task<QVariant> get(const QString &key, const QVariant &defaultValue = {});
    // Synchronous get for hot paths (the strategies): true when the backend answered without
    // waiting, with `value` set (invalid on a miss); false when the caller must await get()
    // (a middleware must see the command, GET is disabled, or the backend would wait).
    bool tryGetNow(const QString &key, QVariant &value) const;
    QCoro::Task<QVariant> getRaw(QString key);
    // At most `maxBytes` of the stored value plus its full length (previews of large values).
    QCoro::Task<RawPrefix> getRawPrefix(QString key, qint64 maxBytes);
    QCoro::Task<QList<QVariant>> getMany(QStringList keys, QVariant defaultValue = {});
    // On a miss stores `value` and returns it.
    QCoro::Task<QVariant> getOrSet(QString key, QVariant value, Ttl expire = {});
    // On a miss awaits `factory`, stores its result and returns it.
    QCoro::Task<QVariant> getOrSet(QString key, std::function<QCoro::Task<QVariant>()> factory, Ttl expire = {});
    // Keys matching a Redis glob, fetched from the store in batches of `batchSize`.
    QCoro::AsyncGenerator<QString> scan(QString pattern, int batchSize = 100);
    // The same, one batch at a time (what a paged view wants).
    QCoro::AsyncGenerator<QStringList> scanBatches(QString pattern, int batchSize = 100);
    // Keys and values matching a glob.
    QCoro::AsyncGenerator<KeyValue> getMatch(QString pattern, int batchSize = 100);
    // Adds `by` (missing counts as 0); the expiry is set when the key is created.
    // An empty optional when the command is disabled or the store failed under suppress.
    // With `tags`, tags the key after a successful increment.
    QCoro::Task<std::optional<qint64>> incr(QString key, qint64 by = 1, Ttl expire = {}, QStringList tags = {});
    QCoro::Task<bool> exists(QString key);
    // The three deletes also remove the deleted keys from the sets of their tags (getKeyTags).
    QCoro::Task<bool> remove(QString key);
    QCoro::Task<qint64> removeMany(QStringList keys);
    QCoro::Task<qint64> removeMatch(QString pattern);
    QCoro::Task<bool> expire(QString key, Ttl timeout);
    // Whole seconds left (rounded), -1 without expiry, -2 when missing.
    QCoro::Task<qint64> getExpire(QString key);
    // Milliseconds left, -1 without expiry, -2 when missing.
    QCoro::Task<qint64> getExpireMs(QString key);
    QCoro::Task<bool> rename(QString key, QString newKey);
    QCoro::Task<QString> keyType(QString key);
    // Pings the backend that `message` routes to; throws even under suppress.
    QCoro::Task<QByteArray> ping(QByteArray message = {});
    // Clears every backend (Redis: FLUSHDB).
    QCoro::Task<> clear();

    QCoro::Task<bool> setLock(QString key, QByteArray value, Ttl expire);
    // Compare-and-delete: only deletes when the stored value is `value`.
    QCoro::Task<bool> unlock(QString key, QByteArray value);
    // With an empty `wait`, whether the key exists; otherwise waits (checking every `step`)
    // up to `wait` for the key to go away and returns whether it is still locked.
    QCoro::Task<bool> isLocked(QString key, Ttl wait = {}, Ttl step = 0.1);
    // Takes the lock `key` for `expire`. With `wait`, retries every `checkInterval` until
    // it is free; without, throws LockedError. If the store is down, returns a guard that
    // does not hold the lock (the block runs unlocked, as in cashews).
    QCoro::Task<LockGuard> lock(QString key, Ttl expire, bool wait = true, Ttl checkInterval = 0.05);

    QCoro::Task<QList<qint64>> getBits(QString key, QList<qint64> indexes, int size = 1);
    QCoro::Task<QList<qint64>> incrBits(QString key, QList<qint64> indexes, int size = 1, qint64 by = 1);
    QCoro::Task<qint64> sliceIncr(QString key, double start, double end, qint64 maxValue, Ttl expire = {});
    // The timestamps a sliding window (rate limit, circuit breaker) holds, ascending; read-only.
    QCoro::Task<QList<double>> sliceEntries(QString key);
    QCoro::Task<qint64> setAdd(QString key, QStringList members, Ttl expire = {});
    QCoro::Task<qint64> setRemove(QString key, QStringList members);
    QCoro::Task<QStringList> setPop(QString key, int count = 100);
    QCoro::Task<QStringList> setMembers(QString key);
    // About `count` entries of a non-string key from `cursor` (empty = the start) with its type;
    // read-only, for admin tools (Backend::memberPage). A missing key has type "none".
    QCoro::Task<MemberPage> memberPage(QString key, QByteArray cursor = {}, int count = 100);
    QCoro::Task<qint64> getSize(QString key);

    // --- tags (cashews' register_tag / get_key_tags / delete_tags) ---
    // Registers the tag template `tag` (e.g. "user:{user_id}") for keys of `keyTemplate`, so that
    // getKeyTags() finds it from a key. Throws ValueError when the tag has a field the template lacks.
    void registerTag(const QString &tag, const QString &keyTemplate);
    // The rendered tags whose registered key templates fully match `key`.
    QStringList getKeyTags(const QString &key) const;
    // Adds `keys` to "_tag:<tag>" for each tag. The set's expiry only grows: it becomes the
    // longest of its entries' (persistent once an entry has none), never shorter than a member's.
    QCoro::Task<> addToTags(QStringList keys, Ttl expire, QStringList tags);
    // Deletes every key of each tag's set (popping it in batches of 100 until empty);
    // returns how many keys were deleted.
    QCoro::Task<qint64> deleteTags(QStringList tags);
    // Sum over every backend.
    QCoro::Task<qint64> getKeysCount();
    // Closes every backend.
    QCoro::Task<> close();

    // --- transactions (cashews' transaction(); include <cashews/transaction.h>) ---
    // Starts a transaction whose writes go through its view (Transaction::cache()) and reach the
    // store at commit. Empty arguments take the defaults below. On a view, joins its transaction.
    Transaction transaction(std::optional<TransactionMode> mode = {}, Ttl timeout = {});
    // The mode of transactions started without one (cashews: Locked).
    void setTransactionMode(TransactionMode mode);
    // How long a transaction waits for a lock, and how long its locks live (cashews: 10 s).
    void setTransactionTimeout(Ttl timeout);

private:
    friend class LockGuard;
    friend class Transaction;
    friend class CallbackScope;
    // A cache on existing state (a transaction's view).
    explicit Cache(std::shared_ptr<CacheState> state);
    std::shared_ptr<CacheState> m_state;
};

} // namespace cashews
