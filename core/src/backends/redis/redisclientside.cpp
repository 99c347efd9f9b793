#include "redisclientside.h"

#include "redisconnection.h"
#include "redislog.h"

#include <cashews/clock.h>
#include <cashews/errors.h>
#include <cashews/keycodec.h>

namespace cashews {

RedisClientSide::RedisClientSide(RedisOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_prefix(keyToBytes(m_options.clientSidePrefix))
    , m_alive(std::make_shared<bool>(true))
{
    // The listener's replies are bounded by client_side_listen_timeout; once subscribed no
    // command is outstanding, so the timer never fires on a quiet channel.
    m_options.commandTimeoutMs = m_options.clientSideListenTimeoutMs;
    m_options.connectTimeoutMs = qMin(m_options.connectTimeoutMs, m_options.clientSideListenTimeoutMs);
    m_options.clientName = m_options.clientName.isEmpty() ? QString() : m_options.clientName + QStringLiteral("-tracking");
    m_restartTimer.setSingleShot(true);
    connect(&m_restartTimer, &QTimer::timeout, this, [this] { listen(); });
}

RedisClientSide::~RedisClientSide()
{
    *m_alive = false;
    stop();
}

QCoro::Task<bool> RedisClientSide::start()
{
    m_stopped = false;
    return listen();
}

void RedisClientSide::stop()
{
    m_stopped = true;
    m_restartTimer.stop();
    if (m_listener) {
        m_listener->disconnect(this);
        m_listener->close(QStringLiteral("redis %1: client-side listener stopped").arg(m_options.endpoint()));
        m_listener->deleteLater();
        m_listener.clear();
    }
    m_listening = false;
    clearLocal();
}

QCoro::Task<bool> RedisClientSide::listen()
{
    const auto alive = m_alive;
    if (m_listener)
        co_return m_listening;
    // Without a parent, deleted later only (see RedisPool::pick()).
    QPointer<RedisConnection> listener = new RedisConnection(m_options);
    m_listener = listener;
    listener->setSubscriber(true);
    connect(listener, &RedisConnection::message, this, &RedisClientSide::onMessage);
    connect(listener, &RedisConnection::closed, this, &RedisClientSide::onListenerClosed);
    if (listener->state() == RedisConnection::State::Closed) {
        onListenerClosed(listener->closeReason());
        co_return false;
    }
    QString problem;
    try {
        auto idArgs = QList<QByteArray>{QByteArrayLiteral("CLIENT"), QByteArrayLiteral("ID")};
        const RedisReply id = co_await listener->command(idArgs);
        if (!*alive || !listener)
            co_return false;
        auto trackArgs = QList<QByteArray>{QByteArrayLiteral("CLIENT"), QByteArrayLiteral("TRACKING"),
                                           QByteArrayLiteral("on"), QByteArrayLiteral("REDIRECT"),
                                           QByteArray::number(id.toInteger()), QByteArrayLiteral("BCAST"),
                                           QByteArrayLiteral("PREFIX"), m_prefix};
        const RedisReply tracking = co_await listener->command(trackArgs);
        if (!*alive || !listener)
            co_return false;
        auto subscribeArgs = QList<QByteArray>{QByteArrayLiteral("SUBSCRIBE"), QByteArrayLiteral("__redis__:invalidate")};
        const RedisReply subscribed = co_await listener->command(subscribeArgs);
        if (!*alive || !listener)
            co_return false;
        if (id.isError() || tracking.isError() || subscribed.isError()) {
            problem = QStringLiteral("redis %1: client-side tracking refused: %2")
                          .arg(m_options.endpoint(),
                               QString::fromUtf8((id.isError() ? id : tracking.isError() ? tracking : subscribed).string));
        }
    } catch (const CacheBackendInteractionError &error) {
        problem = error.message();
    }
    if (!*alive)
        co_return false;
    if (!problem.isEmpty()) {
        if (listener)
            listener->close(problem);
        co_return false;
    }
    m_failures = 0;
    clearLocal();
    m_listening = true;
    co_return true;
}

void RedisClientSide::onListenerClosed(const QString &reason)
{
    if (m_listener)
        m_listener->deleteLater();
    m_listener.clear();
    clearLocal();
    m_listening = false;
    if (m_stopped)
        return;
    ++m_failures;
    const int delay = static_cast<int>(qMin<qint64>(5000, 100LL << qMin(m_failures - 1, 6)));
    qCWarning(lcRedis, "%s; client-side cache off, listener restarts in %d ms", qUtf8Printable(reason), delay);
    m_restartTimer.start(delay);
}

void RedisClientSide::onMessage(const RedisReply &reply)
{
    if (reply.elements.size() < 3)
        return;
    const RedisReply &payload = reply.elements.at(2);
    if (payload.type != RedisReply::Type::Array) {
        // nil: FLUSHDB / FLUSHALL (or a string from a server without key lists): drop everything.
        clearLocal();
        return;
    }
    for (const auto &key : payload.elements)
        invalidate(key.string);
}

void RedisClientSide::invalidate(const QByteArray &redisKey)
{
    if (!redisKey.startsWith(m_prefix))
        return;
    const QString key = keyFromBytes(redisKey.mid(m_prefix.size()));
    // Recorded even for our own writes: a fetch that started before them may be stale.
    if (m_invalidatedAt.size() >= LocalCapacity) {
        m_invalidatedAt.clear();
        m_clearedAt = m_sequence + 1;
    }
    m_invalidatedAt.insert(key, ++m_sequence);
    const auto mark = m_marks.constFind(key);
    if (mark != m_marks.cend()) {
        const bool fresh = mark.value() > nowMs();
        m_marks.erase(mark);
        if (fresh)
            return;
    }
    m_local.remove(key);
}

bool RedisClientSide::lookup(const QString &key, QVariant &value) const
{
    if (!m_listening)
        return false;
    const auto it = m_local.constFind(key);
    if (it == m_local.cend() || (it->expiresAtMs != 0 && it->expiresAtMs <= nowMs()))
        return false;
    value = it->value;
    return true;
}

void RedisClientSide::keep(const QString &key, const QVariant &value, qint64 ttlMs)
{
    if (m_local.size() >= LocalCapacity && !m_local.contains(key))
        m_local.erase(m_local.begin()); // bounded like cashews' local Memory; any entry may go
    m_local.insert(key, Entry{value, ttlMs > 0 ? nowMs() + ttlMs : 0});
}

void RedisClientSide::storeFetched(const QString &key, const QVariant &value, qint64 ttlMs, quint64 epochAtStart)
{
    if (!m_listening || m_clearedAt > epochAtStart || m_invalidatedAt.value(key) > epochAtStart)
        return;
    keep(key, value, ttlMs);
}

void RedisClientSide::wrote(const QString &key, const QVariant &value, qint64 ttlMs)
{
    if (!m_listening)
        return;
    const qint64 now = nowMs();
    if (m_marks.size() >= 500) {
        for (auto it = m_marks.begin(); it != m_marks.end();)
            it = it.value() <= now ? m_marks.erase(it) : std::next(it);
    }
    m_marks.insert(key, now + MarkTtlMs);
    keep(key, value, ttlMs);
}

void RedisClientSide::forget(const QString &key)
{
    m_marks.remove(key);
    m_local.remove(key);
}

void RedisClientSide::clearLocal()
{
    m_clearedAt = ++m_sequence;
    m_invalidatedAt.clear();
    m_local.clear();
    m_marks.clear();
}

} // namespace cashews
