#pragma once

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

namespace cashews::test {

// A private redis-server for tests and benchmarks: 127.0.0.1, a free port, a temporary
// directory, no persistence; stopped by its PID (SIGTERM, then SIGKILL).
class RedisServer
{
public:
    RedisServer();
    ~RedisServer();
    RedisServer(const RedisServer &) = delete;
    RedisServer &operator=(const RedisServer &) = delete;

    // The URL the `redis` CTest fixture wrote to the file named by CASHEWS_REDIS_URL_FILE,
    // or an empty string when the test runs without the fixture.
    static QString fixtureUrl();

    // Extra redis-server arguments (e.g. TLS files). With `tlsOnly` the port serves TLS only.
    void setArguments(QStringList arguments, bool tlsOnly = false);
    // Starts the server (again on the same port after stop()) and waits until it accepts
    // connections. Returns false and fills errorString() when it does not come up.
    bool start();
    // Stops it by PID and waits for the exit.
    void stop();
    bool isRunning() const;
    // The server's PID (0 when stopped), e.g. to freeze it with SIGSTOP.
    qint64 processId() const { return m_process.processId(); }

    quint16 port() const { return m_port; }
    // redis://127.0.0.1:<port> (rediss:// for a TLS-only server).
    QString url() const;
    // The temporary directory the server runs in (certificates can go there too).
    QString directory() const { return m_dir.path(); }
    QString errorString() const { return m_error; }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QStringList m_arguments;
    QString m_error;
    quint16 m_port = 0;
    bool m_tlsOnly = false;
};

} // namespace cashews::test
