// rediss:// against a TLS-only redis-server with certificates made by openssl at test time:
// a CA, a server certificate for 127.0.0.1 and a client certificate (the server requires one).
#include "corotest.h"
#include "redisserver.h"

#include <cashews/cache.h>
#include <cashews/errors.h>

#include <QFile>
#include <QProcess>
#include <QStandardPaths>

using namespace cashews;

namespace {

BackendPtr makeBackend(const QString &url)
{
    Cache cache;
    return cache.setup(url);
}

// Runs openssl in `dir`; returns its output on failure, an empty string on success.
QString openssl(const QString &dir, const QStringList &args)
{
    QProcess process;
    process.setWorkingDirectory(dir);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("openssl"), args);
    if (!process.waitForFinished(20000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return QStringLiteral("openssl %1: %2").arg(args.join(u' '), QString::fromUtf8(process.readAll()));
    return {};
}

// A key pair and a certificate signed by `ca` (or self-signed when `ca` is empty).
QString makeCertificate(const QString &dir, const QString &name, const QString &ca, const QString &altNames)
{
    const QStringList ec{QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                         QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                         QStringLiteral("-keyout"), name + QStringLiteral(".key")};
    const QString subject = QStringLiteral("/CN=cashews-test-") + name;
    if (ca.isEmpty()) {
        return openssl(dir, QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ec
                                + QStringList{QStringLiteral("-out"), name + QStringLiteral(".crt"), QStringLiteral("-days"),
                                              QStringLiteral("2"), QStringLiteral("-subj"), subject});
    }
    QString error = openssl(dir, QStringList{QStringLiteral("req")} + ec
                                     + QStringList{QStringLiteral("-out"), name + QStringLiteral(".csr"),
                                                   QStringLiteral("-subj"), subject});
    if (!error.isEmpty())
        return error;
    QFile ext(dir + u'/' + name + QStringLiteral(".ext"));
    if (!ext.open(QIODevice::WriteOnly))
        return ext.errorString();
    ext.write(altNames.isEmpty() ? QByteArray("extendedKeyUsage=clientAuth\n")
                                 : "subjectAltName=" + altNames.toUtf8() + "\nextendedKeyUsage=serverAuth\n");
    ext.close();
    return openssl(dir, QStringList{QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                                    name + QStringLiteral(".csr"), QStringLiteral("-CA"), ca + QStringLiteral(".crt"),
                                    QStringLiteral("-CAkey"), ca + QStringLiteral(".key"), QStringLiteral("-CAcreateserial"),
                                    QStringLiteral("-out"), name + QStringLiteral(".crt"), QStringLiteral("-days"),
                                    QStringLiteral("2"), QStringLiteral("-extfile"), name + QStringLiteral(".ext")});
}

// The message of the error ping() fails with on `url` (empty when it succeeds).
QCoro::Task<QString> pingFailure(QString url)
{
    BackendPtr backend = makeBackend(url);
    try {
        co_await backend->ping(QByteArray());
    } catch (const CacheBackendInteractionError &error) {
        co_return error.message();
    }
    co_return QString();
}

} // namespace

class RedisTlsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void clientCertificate();
    void wrongCaIsAClearError();
    void serverRequiresClientCertificate();
    void unreadableKeyFileIsNamed();
    void certReqsNoneSkipsVerification();

private:
    QString url(const QString &query) const;

    test::RedisServer m_server;
};

void RedisTlsTest::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
        QSKIP("openssl is not installed");
    const QString dir = m_server.directory();
    for (const auto &[name, ca, alt] : {std::tuple{"ca", "", ""}, std::tuple{"server", "ca", "IP:127.0.0.1,DNS:localhost"},
                                        std::tuple{"client", "ca", ""}, std::tuple{"wrongca", "", ""}}) {
        const QString error = makeCertificate(dir, QString::fromLatin1(name), QString::fromLatin1(ca), QString::fromLatin1(alt));
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    m_server.setArguments(QStringList{QStringLiteral("--tls-cert-file"), dir + QStringLiteral("/server.crt"),
                                      QStringLiteral("--tls-key-file"), dir + QStringLiteral("/server.key"),
                                      QStringLiteral("--tls-ca-cert-file"), dir + QStringLiteral("/ca.crt"),
                                      QStringLiteral("--tls-auth-clients"), QStringLiteral("yes")},
                          true);
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void RedisTlsTest::cleanupTestCase()
{
    m_server.stop();
}

QString RedisTlsTest::url(const QString &query) const
{
    QString text = query;
    text.replace(QStringLiteral("{dir}"), m_server.directory());
    return m_server.url() + QStringLiteral("/0?suppress=false&") + text;
}

void RedisTlsTest::clientCertificate()
{
    const QString target = url(QStringLiteral("ssl_ca_certs={dir}/ca.crt&ssl_certfile={dir}/client.crt&ssl_keyfile={dir}/client.key"));
    CASHEWS_RUN([](QString u) -> QCoro::Task<> {
        BackendPtr backend = makeBackend(u);
        CORO_COMPARE(co_await backend->ping(QByteArray()), QByteArray("PONG"));
        CORO_VERIFY(co_await backend->set(QStringLiteral("tls"), QStringLiteral("secret value"), 30, Exist::Always));
        CORO_COMPARE((co_await backend->get(QStringLiteral("tls"))).toString(), QStringLiteral("secret value"));
        co_await backend->close();
    }(target));
}

void RedisTlsTest::wrongCaIsAClearError()
{
    const QString target = url(QStringLiteral("ssl_ca_certs={dir}/wrongca.crt&ssl_certfile={dir}/client.crt&ssl_keyfile={dir}/client.key"));
    CASHEWS_RUN([](QString u) -> QCoro::Task<> {
        const QString message = co_await pingFailure(u);
        CORO_VERIFY2(message.contains(QStringLiteral("TLS certificate verification failed")), qPrintable(message));
    }(target));
}

void RedisTlsTest::serverRequiresClientCertificate()
{
    const QString target = url(QStringLiteral("ssl_ca_certs={dir}/ca.crt"));
    CASHEWS_RUN([](QString u) -> QCoro::Task<> {
        const QString message = co_await pingFailure(u);
        CORO_VERIFY2(!message.isEmpty(), "connected without a client certificate");
    }(target));
}

void RedisTlsTest::unreadableKeyFileIsNamed()
{
    const QString target = url(QStringLiteral("ssl_ca_certs={dir}/ca.crt&ssl_certfile={dir}/client.crt&ssl_keyfile={dir}/absent.key"));
    CASHEWS_RUN([](QString u) -> QCoro::Task<> {
        const QString message = co_await pingFailure(u);
        CORO_VERIFY2(message.contains(QStringLiteral("absent.key")), qPrintable(message));
    }(target));
}

void RedisTlsTest::certReqsNoneSkipsVerification()
{
    const QString target = url(QStringLiteral("ssl_cert_reqs=none&ssl_certfile={dir}/client.crt&ssl_keyfile={dir}/client.key"));
    CASHEWS_RUN([](QString u) -> QCoro::Task<> {
        BackendPtr backend = makeBackend(u);
        CORO_COMPARE(co_await backend->ping(QByteArray("hi")), QByteArray("hi"));
        co_await backend->close();
    }(target));
}

QTEST_GUILESS_MAIN(RedisTlsTest)
#include "tst_redistls.moc"
