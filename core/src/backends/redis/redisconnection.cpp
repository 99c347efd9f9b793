#include "redisconnection.h"

#include "redistimeouterror.h"

#include <cashews/errors.h>

#include <QFile>
#include <QLocalSocket>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpSocket>

#include <hiredis/hiredis.h>

#include <vector>

namespace cashews {

class RedisConnection::Awaiter
{
public:
    explicit Awaiter(Waiter *waiter) : m_waiter(waiter) {}
    bool await_ready() const noexcept { return m_waiter->done; }
    void await_suspend(std::coroutine_handle<> handle) noexcept { m_waiter->handle = handle; }
    void await_resume() const noexcept {}

private:
    Waiter *m_waiter;
};

namespace {

QString tlsSetupError(const RedisOptions &options, QSslConfiguration &config)
{
    if (!options.sslCaCerts.isEmpty()) {
        const auto cas = QSslCertificate::fromPath(options.sslCaCerts, QSsl::Pem);
        if (cas.isEmpty())
            return QStringLiteral("ssl_ca_certs '%1' holds no readable PEM certificate").arg(options.sslCaCerts);
        config.setCaCertificates(cas);
    }
    if (!options.sslCertFile.isEmpty()) {
        const auto certs = QSslCertificate::fromPath(options.sslCertFile, QSsl::Pem);
        if (certs.isEmpty())
            return QStringLiteral("ssl_certfile '%1' holds no readable PEM certificate").arg(options.sslCertFile);
        QFile keyFile(options.sslKeyFile);
        if (!keyFile.open(QIODevice::ReadOnly))
            return QStringLiteral("ssl_keyfile '%1' cannot be read: %2").arg(options.sslKeyFile, keyFile.errorString());
        const QByteArray pem = keyFile.readAll();
        QSslKey key(pem, QSsl::Rsa, QSsl::Pem);
        if (key.isNull())
            key = QSslKey(pem, QSsl::Ec, QSsl::Pem);
        if (key.isNull())
            return QStringLiteral("ssl_keyfile '%1' holds no RSA or EC private key in PEM form").arg(options.sslKeyFile);
        config.setLocalCertificate(certs.first());
        config.setPrivateKey(key);
    }
    switch (options.sslCertReqs) {
    case RedisOptions::CertReqs::Required:
        config.setPeerVerifyMode(QSslSocket::VerifyPeer);
        break;
    case RedisOptions::CertReqs::Optional:
        config.setPeerVerifyMode(QSslSocket::QueryPeer);
        break;
    case RedisOptions::CertReqs::None:
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
        break;
    }
    return {};
}

} // namespace

RedisConnection::RedisConnection(const RedisOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
    m_clock.start();
    m_connectTimer.setSingleShot(true);
    m_commandTimer.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, [this] {
        fail(QStringLiteral("redis %1: timed out connecting").arg(m_options.endpoint()), true);
    });
    connect(&m_commandTimer, &QTimer::timeout, this, &RedisConnection::onCommandTimer);

    const auto handshake = m_options.handshake();
    for (const auto &args : handshake)
        enqueue(args, nullptr);
    m_handshakeLeft = static_cast<int>(handshake.size());

    QString setupError;
    if (m_options.transport == RedisOptions::Transport::Unix) {
        auto *socket = new QLocalSocket(this);
        m_device = socket;
        connect(socket, &QLocalSocket::connected, this, &RedisConnection::onConnected);
        connect(socket, &QLocalSocket::errorOccurred, this, [this, socket] {
            fail(QStringLiteral("redis %1: %2").arg(m_options.endpoint(), socket->errorString()), false);
        });
    } else {
        QTcpSocket *socket = nullptr;
        if (m_options.transport == RedisOptions::Transport::Tls) {
            auto *ssl = new QSslSocket(this);
            socket = ssl;
            QSslConfiguration config = QSslConfiguration::defaultConfiguration();
            setupError = tlsSetupError(m_options, config);
            ssl->setSslConfiguration(config);
            connect(ssl, &QSslSocket::encrypted, this, &RedisConnection::onConnected);
            connect(ssl, &QSslSocket::sslErrors, this, [this, ssl](const QList<QSslError> &errors) {
                if (m_options.sslCertReqs != RedisOptions::CertReqs::Required) {
                    ssl->ignoreSslErrors();
                    return;
                }
                QStringList messages;
                for (const auto &error : errors)
                    messages.append(error.errorString());
                fail(QStringLiteral("redis %1: TLS certificate verification failed: %2")
                         .arg(m_options.endpoint(), messages.join(QStringLiteral("; "))),
                     false);
            });
        } else {
            socket = new QTcpSocket(this);
            connect(socket, &QTcpSocket::connected, this, &RedisConnection::onConnected);
        }
        m_device = socket;
        connect(socket, &QAbstractSocket::errorOccurred, this, [this, socket] {
            fail(QStringLiteral("redis %1: %2").arg(m_options.endpoint(), socket->errorString()), false);
        });
    }
    connect(m_device, &QIODevice::readyRead, this, &RedisConnection::onReadyRead);

    if (!setupError.isEmpty()) {
        fail(QStringLiteral("redis %1: %2").arg(m_options.endpoint(), setupError), false);
        return;
    }
    m_connectTimer.start(qMin(m_options.connectTimeoutMs, m_options.waitForConnectionTimeoutMs));
    if (auto *local = qobject_cast<QLocalSocket *>(m_device)) {
        local->connectToServer(m_options.socketPath);
    } else if (auto *ssl = qobject_cast<QSslSocket *>(m_device)) {
        ssl->connectToHostEncrypted(m_options.host, m_options.port);
    } else {
        auto *tcp = static_cast<QTcpSocket *>(m_device);
        tcp->connectToHost(m_options.host, m_options.port);
    }
}

RedisConnection::~RedisConnection()
{
    close(QStringLiteral("redis %1: connection closed").arg(m_options.endpoint()));
}

void RedisConnection::throwIfFailed(const Waiter &waiter)
{
    if (waiter.error.isEmpty())
        return;
    if (waiter.timedOut)
        throw RedisTimeoutError(waiter.error);
    throw CacheBackendInteractionError(waiter.error);
}

QCoro::Task<RedisReply> RedisConnection::command(QList<QByteArray> args)
{
    Waiter waiter;
    enqueue(args, &waiter);
    Awaiter awaiter(&waiter);
    co_await awaiter;
    throwIfFailed(waiter);
    co_return std::move(waiter.reply);
}

QCoro::Task<QList<RedisReply>> RedisConnection::pipeline(QList<QList<QByteArray>> commands)
{
    // std::deque keeps the waiters' addresses stable while the slots point at them.
    std::deque<Waiter> waiters(static_cast<size_t>(commands.size()));
    for (qsizetype i = 0; i < commands.size(); ++i)
        enqueue(commands.at(i), &waiters[static_cast<size_t>(i)]);
    QList<RedisReply> replies;
    replies.reserve(commands.size());
    for (auto &waiter : waiters) {
        Awaiter awaiter(&waiter);
        co_await awaiter;
        throwIfFailed(waiter);
        replies.append(std::move(waiter.reply));
    }
    co_return replies;
}

void RedisConnection::enqueue(const QList<QByteArray> &args, Waiter *waiter)
{
    if (m_state == State::Closed) {
        if (waiter) {
            waiter->error = m_closeReason;
            waiter->done = true;
        }
        return;
    }
    QVarLengthArray<const char *, 16> argv;
    QVarLengthArray<size_t, 16> lengths;
    for (const auto &arg : args) {
        argv.append(arg.constData());
        lengths.append(static_cast<size_t>(arg.size()));
    }
    char *formatted = nullptr;
    const int size = redisFormatCommandArgv(&formatted, static_cast<int>(argv.size()), argv.data(), lengths.data());
    if (size < 0 || !formatted) {
        if (waiter) {
            waiter->error = QStringLiteral("redis: cannot encode the command %1").arg(QString::fromUtf8(args.value(0)));
            waiter->done = true;
        }
        return;
    }
    const bool wasIdle = m_pending.empty();
    // Until the handshake has succeeded, commands wait in the backlog: pipelined behind a
    // failing SELECT they would run on the wrong database.
    QByteArray &buffer = waiter && m_state != State::Ready ? m_backlog : m_out;
    buffer.append(formatted, size);
    redisFreeCommand(formatted);
    m_pending.push_back(Slot{waiter, m_clock.elapsed()});
    if (!m_socketConnected || m_state != State::Ready)
        return;
    if (!m_commandTimer.isActive())
        m_commandTimer.start(m_options.commandTimeoutMs);
    // Idle: write now (lowest latency for a lone caller). Busy: let more commands join the
    // batch until the event loop runs again (automatic pipelining).
    if (wasIdle && !m_flushScheduled)
        flush();
    else
        scheduleFlush();
}

void RedisConnection::scheduleFlush()
{
    if (m_flushScheduled)
        return;
    m_flushScheduled = true;
    QMetaObject::invokeMethod(this, &RedisConnection::flush, Qt::QueuedConnection);
}

void RedisConnection::flush()
{
    m_flushScheduled = false;
    if (m_out.isEmpty() || !m_socketConnected || m_state == State::Closed)
        return;
    m_device->write(m_out);
    m_out.clear();
    // flush() is not virtual: call the one of the actual class (QSslSocket encrypts in its own).
    if (auto *local = qobject_cast<QLocalSocket *>(m_device))
        local->flush();
    else if (auto *ssl = qobject_cast<QSslSocket *>(m_device))
        ssl->flush();
    else
        static_cast<QAbstractSocket *>(m_device)->flush();
}

void RedisConnection::onConnected()
{
    if (m_state == State::Closed)
        return;
    m_socketConnected = true;
    if (auto *tcp = qobject_cast<QAbstractSocket *>(m_device)) {
        tcp->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        if (m_options.keepAlive)
            tcp->setSocketOption(QAbstractSocket::KeepAliveOption, 1);
    }
    // Commands queued while connecting start their timeout now.
    const qint64 now = m_clock.elapsed();
    for (auto &slot : m_pending)
        slot.queuedAtMs = now;
    if (!m_pending.empty())
        m_commandTimer.start(m_options.commandTimeoutMs);
    if (m_handshakeLeft == 0)
        becomeReady();
    else
        flush();
}

void RedisConnection::becomeReady()
{
    m_state = State::Ready;
    m_connectTimer.stop();
    m_out.append(m_backlog);
    m_backlog.clear();
    flush();
    Q_EMIT ready();
}

void RedisConnection::onReadyRead()
{
    const QByteArray data = m_device->readAll();
    QPointer<RedisConnection> self(this);
    try {
        m_reader.feed(data.constData(), data.size());
        while (self && m_state != State::Closed) {
            auto reply = m_reader.next();
            if (!reply)
                break;
            dispatch(std::move(*reply));
        }
    } catch (const CacheBackendInteractionError &error) {
        if (self)
            fail(QStringLiteral("redis %1: %2").arg(m_options.endpoint(), error.message()), false);
    }
}

void RedisConnection::dispatch(RedisReply &&reply)
{
    if (m_subscriber && reply.type == RedisReply::Type::Array && !reply.elements.isEmpty()
        && reply.elements.first().string == "message") {
        Q_EMIT message(reply);
        return;
    }
    if (m_pending.empty()) {
        fail(QStringLiteral("redis %1: unexpected reply '%2' with no command waiting")
                 .arg(m_options.endpoint(), QString::fromUtf8(reply.describe())),
             false);
        return;
    }
    const Slot slot = m_pending.front();
    m_pending.pop_front();
    if (!slot.waiter) {
        if (reply.isError()) {
            fail(QStringLiteral("redis %1: connection setup failed: %2")
                     .arg(m_options.endpoint(), QString::fromUtf8(reply.string)),
                 false);
            return;
        }
        if (--m_handshakeLeft == 0 && m_state == State::Connecting)
            becomeReady();
        return;
    }
    slot.waiter->reply = std::move(reply);
    slot.waiter->done = true;
    if (slot.waiter->handle)
        slot.waiter->handle.resume();
}

void RedisConnection::onCommandTimer()
{
    if (m_pending.empty() || m_state == State::Closed)
        return;
    const qint64 age = m_clock.elapsed() - m_pending.front().queuedAtMs;
    if (age >= m_options.commandTimeoutMs) {
        fail(QStringLiteral("redis %1: no reply within %2 ms (socket_timeout)")
                 .arg(m_options.endpoint())
                 .arg(m_options.commandTimeoutMs),
             true);
        return;
    }
    m_commandTimer.start(static_cast<int>(m_options.commandTimeoutMs - age));
}

void RedisConnection::close(const QString &reason)
{
    fail(reason, false);
}

void RedisConnection::fail(const QString &reason, bool timedOut)
{
    if (m_state == State::Closed)
        return;
    m_state = State::Closed;
    m_closeReason = reason;
    m_connectTimer.stop();
    m_commandTimer.stop();
    m_out.clear();
    m_backlog.clear();
    if (m_device) {
        m_device->disconnect(this);
        if (auto *local = qobject_cast<QLocalSocket *>(m_device))
            local->abort();
        else
            static_cast<QAbstractSocket *>(m_device)->abort();
    }
    std::deque<Slot> pending;
    pending.swap(m_pending);
    Q_EMIT closed(reason);
    // Every waiter learns the failure before any is resumed: a pipeline's waiters live in one
    // coroutine frame, and resuming its first waiter ends that frame (the failure is thrown),
    // so writing to the later ones afterwards was a use-after-free. Only an awaited waiter has
    // a handle, and a frame awaits one waiter at a time.
    std::vector<std::coroutine_handle<>> handles;
    for (const auto &slot : pending) {
        if (!slot.waiter)
            continue;
        slot.waiter->error = reason;
        slot.waiter->timedOut = timedOut;
        slot.waiter->done = true;
        if (slot.waiter->handle)
            handles.push_back(slot.waiter->handle);
    }
    // Resumed last: they may issue new commands (on other connections) or drop their owner,
    // which must not happen while this connection is mid-update.
    for (const auto handle : handles)
        handle.resume();
}

} // namespace cashews
