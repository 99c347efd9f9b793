#include "transactionbackend.h"

#include "backends/storedinteger.h"

#include <cashews/clock.h>
#include <cashews/errors.h>
#include <cashews/pattern.h>
#include <cashews/tagkey.h>

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QMap>

#include <QCoro/QCoroTimer>

#include <algorithm>
#include <chrono>

Q_DECLARE_LOGGING_CATEGORY(lcTransaction)

namespace cashews {

namespace {

// Python cashews' lock keys, so that both implementations exclude each other on one store.
const QString LockPrefix = QStringLiteral(":tx_lock:");
const QString SerializableLockKey = QStringLiteral(":serializable:lock");
// cashews retries a taken lock every 0.1 s.
constexpr qint64 LockRetryMs = 100;

qint64 expiryFrom(const Ttl &ttl)
{
    return ttl.hasExpiry() ? nowMs() + ttl.milliseconds() : 0;
}

qint64 addChecked(const QString &key, qint64 current, qint64 by)
{
    qint64 result = 0;
    if (qAddOverflow(current, by, &result))
        throw OverflowError(QStringLiteral("incr: '%1' + %2 would overflow a 64-bit integer").arg(key).arg(by));
    return result;
}

} // namespace

TransactionBackend::TransactionBackend(BackendPtr inner, TransactionMode mode, Ttl timeout, QByteArray token)
    : m_inner(std::move(inner))
    , m_mode(mode)
    , m_timeout(timeout)
    , m_token(std::move(token))
{
}

// ---------------------------------------------------------------- buffer and locks

TransactionBackend::Entry *TransactionBackend::live(const QString &key)
{
    auto it = m_entries.find(key);
    if (it == m_entries.end())
        return nullptr;
    if (it->expireAt != 0 && it->expireAt <= nowMs()) {
        m_entries.erase(it);
        m_deleted.insert(key);
        return nullptr;
    }
    return &*it;
}

bool TransactionBackend::gone(const QString &key)
{
    auto it = m_expiries.find(key);
    if (it != m_expiries.end() && *it != 0 && *it <= nowMs()) {
        m_expiries.erase(it);
        m_deleted.insert(key);
    }
    return m_deleted.contains(key);
}

QCoro::Task<bool> TransactionBackend::existsMerged(QString key)
{
    if (live(key))
        co_return true;
    if (gone(key))
        co_return false;
    co_return co_await m_inner->exists(key);
}

void TransactionBackend::checkOpen(const QString &key) const
{
    if (m_ended)
        throw TransactionError(
            QStringLiteral("the transaction has ended: the write to '%1' through its view would be lost").arg(key));
}

QCoro::Task<> TransactionBackend::lockFor(QString key)
{
    checkOpen(key);
    if (m_mode == TransactionMode::Fast)
        co_return;
    const QString lockKey = m_mode == TransactionMode::Serializable ? SerializableLockKey : LockPrefix + key;
    if (m_locks.contains(lockKey))
        co_return;
    // A monotonic clock: nowMs() may be a test's frozen clock.
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        const bool taken = co_await m_inner->setLock(lockKey, m_token, m_timeout);
        if (taken && m_ended) {
            // The transaction ended while the lock was being taken: its locks are already released.
            co_await m_inner->unlock(lockKey, m_token);
            checkOpen(key);
        }
        if (taken) {
            m_locks.insert(lockKey);
            co_return;
        }
        // Another coroutine writing through this transaction took it meanwhile.
        if (m_locks.contains(lockKey))
            co_return;
        const qint64 left = m_timeout.milliseconds() - waited.elapsed();
        if (left <= 0)
            throw LockedError(QStringLiteral("transaction: the lock '%1' for key '%2' is still held after %3 s "
                                             "(probably a deadlock or a long-running transaction)")
                                  .arg(lockKey, key)
                                  .arg(m_timeout.seconds()));
        co_await QCoro::sleepFor(std::chrono::milliseconds(std::min(LockRetryMs, left)));
        checkOpen(key);
    }
}

void TransactionBackend::buffer(const QString &key, QVariant value, qint64 expireAt)
{
    m_deleted.remove(key);
    m_expiries.remove(key);
    m_entries.insert(key, Entry{std::move(value), expireAt});
}

void TransactionBackend::bufferDeletion(const QString &key)
{
    m_entries.remove(key);
    m_expiries.remove(key);
    m_deleted.insert(key);
}

void TransactionBackend::end()
{
    m_ended = true;
    m_entries.clear();
    m_deleted.clear();
    m_expiries.clear();
}

QCoro::Task<> TransactionBackend::commit()
{
    const QHash<QString, Entry> entries = std::exchange(m_entries, {});
    const QHash<QString, qint64> expiries = std::exchange(m_expiries, {});
    QStringList doomed(m_deleted.cbegin(), m_deleted.cend());
    end();
    // cashews groups by int(expire_at - now), cutting up to a second off each TTL (50 s became
    // 49 s); we keep the milliseconds left.
    const qint64 now = nowMs();
    QMap<qint64, KeyValueList> byTimeLeft; // 0 = no expiry
    for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
        if (it->expireAt == 0)
            byTimeLeft[0].append({it.key(), it->value});
        else if (it->expireAt > now)
            byTimeLeft[it->expireAt - now].append({it.key(), it->value});
        else
            doomed.append(it.key()); // expired in the buffer: what the store holds was overwritten
    }
    QList<QPair<QString, Ttl>> newExpiries;
    for (auto it = expiries.cbegin(); it != expiries.cend(); ++it) {
        if (*it == 0)
            newExpiries.append({it.key(), Ttl()});
        else if (*it > now)
            newExpiries.append({it.key(), Ttl::fromMilliseconds(*it - now)});
        else
            doomed.append(it.key());
    }
    if (!doomed.isEmpty())
        co_await m_inner->removeMany(doomed);
    for (auto it = byTimeLeft.cbegin(); it != byTimeLeft.cend(); ++it) {
        const Ttl ttl = it.key() == 0 ? Ttl() : Ttl::fromMilliseconds(it.key());
        co_await m_inner->setMany(it.value(), ttl);
    }
    for (const auto &[key, ttl] : std::as_const(newExpiries))
        co_await m_inner->expire(key, ttl);
}

QCoro::Task<> TransactionBackend::releaseLocks()
{
    const QSet<QString> locks = std::exchange(m_locks, {});
    for (const QString &lockKey : locks) {
        try {
            co_await m_inner->unlock(lockKey, m_token);
        } catch (const std::exception &e) {
            // It expires after the transaction's timeout anyway.
            qCWarning(lcTransaction) << "releasing the transaction lock" << lockKey << "failed:" << e.what();
        }
    }
}

// ---------------------------------------------------------------- buffered writes

QCoro::Task<bool> TransactionBackend::set(QString key, QVariant value, Ttl expire, Exist exist)
{
    co_await lockFor(key);
    if (exist != Exist::Always) {
        const bool present = co_await existsMerged(key);
        if (present != (exist == Exist::IfExists))
            co_return false;
    }
    buffer(key, std::move(value), expiryFrom(expire));
    co_return true;
}

QCoro::Task<bool> TransactionBackend::setMany(KeyValueList pairs, Ttl expire)
{
    for (const KeyValue &pair : std::as_const(pairs))
        co_await lockFor(pair.first);
    const qint64 expireAt = expiryFrom(expire);
    for (KeyValue &pair : pairs)
        buffer(pair.first, std::move(pair.second), expireAt);
    co_return true;
}

QCoro::Task<std::optional<qint64>> TransactionBackend::incr(QString key, qint64 by, Ttl expire)
{
    co_await lockFor(key);
    QVariant stored;
    qint64 expireAt = expiryFrom(expire);
    if (!live(key) && !gone(key)) {
        stored = co_await m_inner->get(key);
        if (stored.isValid() && m_expiries.contains(key)) {
            expireAt = m_expiries.value(key);
        } else if (stored.isValid()) {
            // cashews buffers the store's value without its expiry, so the commit made the
            // counter persistent; it keeps the time it had left here.
            const qint64 left = co_await m_inner->getExpireMs(key);
            if (left == NotExist)
                stored = QVariant();
            else
                expireAt = left > 0 ? nowMs() + left : 0;
        }
    }
    // Checked again: another coroutine of this transaction may have buffered it meanwhile.
    if (Entry *entry = live(key)) {
        const std::optional<qint64> current = storedInteger(entry->value);
        if (!current)
            throw ValueError(QStringLiteral("incr: the value of '%1' is not an integer").arg(key));
        const qint64 result = addChecked(key, *current, by);
        entry->value = result;
        co_return result;
    }
    qint64 current = 0;
    if (stored.isValid()) {
        const std::optional<qint64> number = storedInteger(stored);
        if (!number)
            throw ValueError(QStringLiteral("incr: the value of '%1' is not an integer").arg(key));
        current = *number;
    }
    const qint64 result = addChecked(key, current, by);
    buffer(key, result, expireAt);
    co_return result;
}

// cashews' delete always answers True; ours says whether the key existed for the transaction
// (Cache::remove cleans tag sets only then).
QCoro::Task<bool> TransactionBackend::remove(QString key)
{
    co_await lockFor(key);
    const bool existed = co_await existsMerged(key);
    bufferDeletion(key);
    co_return existed;
}

QCoro::Task<qint64> TransactionBackend::removeMany(QStringList keys)
{
    qint64 removed = 0;
    for (const QString &key : std::as_const(keys)) {
        co_await lockFor(key);
        const bool existed = co_await existsMerged(key);
        removed += existed ? 1 : 0;
        bufferDeletion(key);
    }
    co_return removed;
}

QCoro::Task<qint64> TransactionBackend::removeMatch(QString pattern)
{
    checkOpen(pattern);
    const GlobPattern glob(pattern);
    QStringList doomed;
    const QStringList buffered = m_entries.keys();
    for (const QString &key : buffered) {
        if (glob.matches(key) && live(key))
            doomed.append(key);
    }
    auto batches = m_inner->scan(pattern, 100);
    auto batch = co_await batches.begin();
    while (batch != batches.end()) {
        for (const QString &key : std::as_const(*batch)) {
            if (!gone(key) && !m_entries.contains(key))
                doomed.append(key);
        }
        co_await ++batch;
    }
    for (const QString &key : std::as_const(doomed)) {
        co_await lockFor(key);
        bufferDeletion(key);
    }
    co_return doomed.size();
}

QCoro::Task<bool> TransactionBackend::expire(QString key, Ttl timeout)
{
    // Tag sets are not transactional (cashews writes them with set_add(expire=...) on the store).
    if (key.startsWith(tagKeyPrefix()))
        co_return co_await m_inner->expire(std::move(key), timeout);
    co_await lockFor(key);
    if (Entry *entry = live(key)) {
        entry->expireAt = expiryFrom(timeout);
        co_return true;
    }
    if (gone(key))
        co_return false;
    // cashews reads the stored value and buffers it again with the new expiry, which brings the
    // store's old value back over a buffered one and rewrites sets as plain values; only the
    // expiry is buffered here, the value stays as it is in the store.
    const bool present = co_await m_inner->exists(key);
    if (!present || live(key))
        co_return present;
    m_expiries.insert(key, expiryFrom(timeout));
    co_return true;
}

// ---------------------------------------------------------------- merged reads

QCoro::Task<QVariant> TransactionBackend::get(QString key)
{
    if (Entry *entry = live(key)) {
        // A const copy: QCoro 0.8's return_value(U &&) moves from a non-const lvalue, which
        // would empty the buffered entry.
        const QVariant value = entry->value;
        co_return value;
    }
    if (gone(key))
        co_return QVariant();
    co_return co_await m_inner->get(key);
}

bool TransactionBackend::tryGetNow(const QString &key, QVariant &value)
{
    if (Entry *entry = live(key)) {
        value = entry->value;
        return true;
    }
    if (gone(key)) {
        value = QVariant();
        return true;
    }
    return m_inner->tryGetNow(key, value);
}

QCoro::Task<QList<QVariant>> TransactionBackend::getMany(QStringList keys)
{
    QList<QVariant> values(keys.size());
    QStringList fromStore;
    QList<qsizetype> positions;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (Entry *entry = live(keys[i]))
            values[i] = entry->value;
        else if (!gone(keys[i])) {
            fromStore.append(keys[i]);
            positions.append(i);
        }
    }
    if (fromStore.isEmpty())
        co_return values;
    const QList<QVariant> stored = co_await m_inner->getMany(fromStore);
    for (qsizetype j = 0; j < positions.size() && j < stored.size(); ++j)
        values[positions[j]] = stored[j];
    co_return values;
}

QCoro::Task<bool> TransactionBackend::exists(QString key)
{
    co_return co_await existsMerged(std::move(key));
}

QCoro::Task<qint64> TransactionBackend::getExpireMs(QString key)
{
    if (Entry *entry = live(key))
        co_return entry->expireAt == 0 ? NoExpiry : entry->expireAt - nowMs();
    if (gone(key))
        co_return NotExist;
    if (m_expiries.contains(key)) {
        const qint64 expireAt = m_expiries.value(key);
        co_return expireAt == 0 ? NoExpiry : expireAt - nowMs();
    }
    co_return co_await m_inner->getExpireMs(key);
}

QCoro::AsyncGenerator<QStringList> TransactionBackend::scan(QString pattern, int batchSize)
{
    const GlobPattern glob(pattern);
    QSet<QString> buffered;
    const QStringList keys = m_entries.keys();
    for (const QString &key : keys) {
        if (glob.matches(key) && live(key))
            buffered.insert(key);
    }
    if (!buffered.isEmpty())
        co_yield QStringList(buffered.cbegin(), buffered.cend());
    auto batches = m_inner->scan(pattern, batchSize);
    auto batch = co_await batches.begin();
    while (batch != batches.end()) {
        QStringList kept;
        for (const QString &key : std::as_const(*batch)) {
            if (!gone(key) && !buffered.contains(key))
                kept.append(key);
        }
        if (!kept.isEmpty())
            co_yield kept;
        co_await ++batch;
    }
}

QCoro::AsyncGenerator<KeyValueList> TransactionBackend::getMatch(QString pattern, int batchSize)
{
    const GlobPattern glob(pattern);
    QSet<QString> seen;
    KeyValueList buffered;
    const QStringList keys = m_entries.keys();
    for (const QString &key : keys) {
        if (!glob.matches(key))
            continue;
        if (const Entry *entry = live(key)) {
            buffered.append({key, entry->value});
            seen.insert(key);
        }
    }
    if (!buffered.isEmpty())
        co_yield buffered;
    auto batches = m_inner->getMatch(pattern, batchSize);
    auto batch = co_await batches.begin();
    while (batch != batches.end()) {
        KeyValueList kept;
        for (const KeyValue &pair : std::as_const(*batch)) {
            if (!gone(pair.first) && !seen.contains(pair.first))
                kept.append(pair);
        }
        if (!kept.isEmpty())
            co_yield kept;
        co_await ++batch;
    }
}

// ---------------------------------------------------------------- straight to the store

QString TransactionBackend::describe() const
{
    return m_inner->describe();
}

StoreLocation TransactionBackend::location() const
{
    return m_inner->location();
}

QCoro::Task<> TransactionBackend::init()
{
    return m_inner->init();
}

QCoro::Task<> TransactionBackend::close()
{
    return m_inner->close();
}

QCoro::Task<bool> TransactionBackend::setRaw(QString key, QVariant value, Ttl expire)
{
    return m_inner->setRaw(std::move(key), std::move(value), expire);
}

QCoro::Task<QVariant> TransactionBackend::getRaw(QString key)
{
    return m_inner->getRaw(std::move(key));
}

QCoro::Task<RawPrefix> TransactionBackend::getRawPrefix(QString key, qint64 maxBytes)
{
    return m_inner->getRawPrefix(std::move(key), maxBytes);
}

QCoro::Task<bool> TransactionBackend::rename(QString key, QString newKey)
{
    return m_inner->rename(std::move(key), std::move(newKey));
}

QCoro::Task<QString> TransactionBackend::keyType(QString key)
{
    return m_inner->keyType(std::move(key));
}

QCoro::Task<QByteArray> TransactionBackend::ping(QByteArray message)
{
    return m_inner->ping(std::move(message));
}

QCoro::Task<> TransactionBackend::clear()
{
    // As cashews: the store is cleared at once, and the buffer with it.
    m_entries.clear();
    m_deleted.clear();
    m_expiries.clear();
    return m_inner->clear();
}

QCoro::Task<bool> TransactionBackend::setLock(QString key, QByteArray value, Ttl expire)
{
    return m_inner->setLock(std::move(key), std::move(value), expire);
}

QCoro::Task<bool> TransactionBackend::unlock(QString key, QByteArray value)
{
    return m_inner->unlock(std::move(key), std::move(value));
}

QCoro::Task<QList<qint64>> TransactionBackend::getBits(QString key, QList<qint64> indexes, int size)
{
    return m_inner->getBits(std::move(key), std::move(indexes), size);
}

QCoro::Task<QList<qint64>> TransactionBackend::incrBits(QString key, QList<qint64> indexes, int size, qint64 by)
{
    return m_inner->incrBits(std::move(key), std::move(indexes), size, by);
}

QCoro::Task<qint64> TransactionBackend::sliceIncr(QString key, double start, double end, qint64 maxValue, Ttl expire)
{
    return m_inner->sliceIncr(std::move(key), start, end, maxValue, expire);
}

QCoro::Task<QList<double>> TransactionBackend::sliceEntries(QString key)
{
    return m_inner->sliceEntries(std::move(key));
}

QCoro::Task<qint64> TransactionBackend::setAdd(QString key, QStringList members, Ttl expire)
{
    return m_inner->setAdd(std::move(key), std::move(members), expire);
}

QCoro::Task<qint64> TransactionBackend::tagAdd(QString key, QStringList members, Ttl expire)
{
    // Tag sets are not transactional, as in cashews (see expire()): straight to the store.
    return m_inner->tagAdd(std::move(key), std::move(members), expire);
}

QCoro::Task<qint64> TransactionBackend::setRemove(QString key, QStringList members)
{
    return m_inner->setRemove(std::move(key), std::move(members));
}

QCoro::Task<QStringList> TransactionBackend::setPop(QString key, int count)
{
    return m_inner->setPop(std::move(key), count);
}

QCoro::Task<QStringList> TransactionBackend::setMembers(QString key)
{
    return m_inner->setMembers(std::move(key));
}

QCoro::Task<MemberPage> TransactionBackend::memberPage(QString key, QByteArray cursor, int count)
{
    return m_inner->memberPage(std::move(key), std::move(cursor), count);
}

QCoro::Task<qint64> TransactionBackend::getSize(QString key)
{
    return m_inner->getSize(std::move(key));
}

QCoro::Task<qint64> TransactionBackend::getKeysCount()
{
    return m_inner->getKeysCount();
}

} // namespace cashews
