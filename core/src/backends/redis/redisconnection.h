#pragma once

#include "redisoptions.h"
#include "redisreader.h"
#include "redisreply.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <QCoro/QCoroTask>

#include <coroutine>
#include <deque>
#include <memory>

class QIODevice;

namespace cashews {

// One Redis connection: a Qt socket for transport, hiredis for the protocol.
//
// Why not hiredis' async context + its Qt adapter: hiredis 0.14 (Debian 12) has no TLS, no
// connect/command timeouts and resolves host names with a blocking getaddrinfo. Owning the
// transport (QTcpSocket / QSslSocket / QLocalSocket) gives TLS with client certificates,
// asynchronous DNS and QTimer timeouts, while hiredis still does the protocol work:
// redisFormatCommandArgv encodes commands and redisReader (see RedisReader) parses replies.
//
// Commands are pipelined automatically: every command is appended to one output buffer;
// a command issued while the connection is idle is written at once, others are written
// together on the next event-loop turn. Replies are matched to commands in FIFO order.
// The handshake (AUTH / SELECT / CLIENT SETNAME) is sent as one batch as soon as the socket is
// connected; commands issued meanwhile follow once it has succeeded.
class RedisConnection : public QObject
{
    Q_OBJECT

public:
    enum class State : quint8 { Connecting, Ready, Closed };

    // Starts connecting at once.
    RedisConnection(const RedisOptions &options, QObject *parent = nullptr);
    ~RedisConnection() override;

    // Sends one command and returns its reply (error replies are returned, not thrown).
    // Throws CacheBackendInteractionError when the connection fails, RedisTimeoutError on timeout.
    QCoro::Task<RedisReply> command(QList<QByteArray> args);
    // Sends several commands in one write; the replies come back in order.
    QCoro::Task<QList<RedisReply>> pipeline(QList<QList<QByteArray>> commands);

    // Commands waiting for their reply.
    qsizetype pendingCount() const { return static_cast<qsizetype>(m_pending.size()); }
    State state() const { return m_state; }
    // Why the connection closed (empty while open).
    QString closeReason() const { return m_closeReason; }
    // Delivers pub/sub "message" pushes through message() instead of the reply FIFO.
    void setSubscriber(bool subscriber) { m_subscriber = subscriber; }
    // Fails every waiting command with `reason` and drops the socket. Idempotent.
    void close(const QString &reason);

Q_SIGNALS:
    // The handshake succeeded.
    void ready();
    // The connection is gone (server closed it, error, timeout, close()); `reason` says why.
    void closed(QString reason);
    // A pub/sub message (subscriber connections only): ["message", channel, payload].
    void message(cashews::RedisReply reply);

private:
    // Lives in the awaiting coroutine's frame until the reply or a failure resumes it.
    struct Waiter
    {
        std::coroutine_handle<> handle;
        RedisReply reply;
        QString error;
        bool timedOut = false;
        bool done = false;
    };
    struct Slot
    {
        Waiter *waiter; // nullptr for handshake replies
        qint64 queuedAtMs;
    };
    class Awaiter;

    // Throws the failure a waiter was resumed with (RedisTimeoutError on a timeout).
    static void throwIfFailed(const Waiter &waiter);
    void enqueue(const QList<QByteArray> &args, Waiter *waiter);
    void scheduleFlush();
    void flush();
    void onConnected();
    void becomeReady();
    void onReadyRead();
    void onCommandTimer();
    void dispatch(RedisReply &&reply);
    void fail(const QString &reason, bool timedOut);

    RedisOptions m_options;
    QString m_closeReason;
    QIODevice *m_device = nullptr;
    RedisReader m_reader;
    QByteArray m_out;
    QByteArray m_backlog;
    std::deque<Slot> m_pending;
    QTimer m_connectTimer;
    QTimer m_commandTimer;
    QElapsedTimer m_clock;
    State m_state = State::Connecting;
    bool m_socketConnected = false;
    bool m_flushScheduled = false;
    bool m_subscriber = false;
    int m_handshakeLeft = 0;
};

} // namespace cashews
