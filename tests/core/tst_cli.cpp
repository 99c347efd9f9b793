// cashews-cli end to end: runs the built executable (path in CASHEWS_CLI) with QProcess.
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class CliTest : public QObject
{
    Q_OBJECT

private:
    struct Result
    {
        int exitCode;
        QByteArray out;
        QByteArray err;
    };

    Result cli(const QStringList &arguments, const QByteArray &input = {})
    {
        QProcess process;
        process.start(qEnvironmentVariable("CASHEWS_CLI"), arguments);
        if (!input.isNull())
            process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(20000))
            qWarning() << "cashews-cli did not finish:" << arguments;
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                process.readAllStandardOutput(), process.readAllStandardError()};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(qEnvironmentVariable("CASHEWS_CLI")), "CASHEWS_CLI names no executable");
        QVERIFY(m_dir.isValid());
        m_url = QStringLiteral("disk://?directory=%1&shards=1").arg(m_dir.path());
    }

    void setGetRoundTrip()
    {
        QCOMPARE(cli({QStringLiteral("--url"), m_url, QStringLiteral("set"), QStringLiteral("user:1"),
                      QStringLiteral("{\"$tuple\": [1, \"a\", null]}"), QStringLiteral("--ttl"), QStringLiteral("1h")})
                     .exitCode,
                 0);
        const Result got = cli({QStringLiteral("--url"), m_url, QStringLiteral("get"), QStringLiteral("user:1")});
        QCOMPARE(got.exitCode, 0);
        QCOMPARE(got.out.trimmed(), QByteArray("{\"$tuple\": [1, \"a\", null]}"));
        const Result ttl = cli({QStringLiteral("--url"), m_url, QStringLiteral("ttl"), QStringLiteral("user:1")});
        QCOMPARE(ttl.exitCode, 0);
        QVERIFY(ttl.out.trimmed().toInt() > 3500);
        const Result keys = cli({QStringLiteral("--url"), m_url, QStringLiteral("keys"), QStringLiteral("user:*")});
        QCOMPARE(keys.out.trimmed(), QByteArray("user:1"));
        const Result count = cli({QStringLiteral("--url"), m_url, QStringLiteral("count")});
        QCOMPARE(count.out.trimmed(), QByteArray("1"));
    }

    void incrAndDelete()
    {
        const Result first = cli({QStringLiteral("--url"), m_url, QStringLiteral("incr"), QStringLiteral("n"), QStringLiteral("5")});
        QCOMPARE(first.exitCode, 0);
        QCOMPARE(first.out.trimmed(), QByteArray("5"));
        QCOMPARE(cli({QStringLiteral("--url"), m_url, QStringLiteral("incr"), QStringLiteral("n")}).out.trimmed(), QByteArray("6"));
        QCOMPARE(cli({QStringLiteral("--url"), m_url, QStringLiteral("del"), QStringLiteral("n")}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("--url"), m_url, QStringLiteral("del"), QStringLiteral("n")}).exitCode, 1);
    }

    void missExitsOne()
    {
        const Result r = cli({QStringLiteral("--url"), m_url, QStringLiteral("get"), QStringLiteral("absent")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("absent"), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void badInputExitsTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("mentions");
        QTest::newRow("bad ttl") << QStringList{QStringLiteral("set"), QStringLiteral("k"), QStringLiteral("1"), QStringLiteral("--ttl"), QStringLiteral("1.5h")} << QByteArray("1.5h");
        QTest::newRow("bad json") << QStringList{QStringLiteral("set"), QStringLiteral("k"), QStringLiteral("{oops")} << QByteArray("json");
        QTest::newRow("unknown scheme") << QStringList{QStringLiteral("--url"), QStringLiteral("nope://x"), QStringLiteral("count")} << QByteArray("nope");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--url"), QStringLiteral("mem://?sise=1"), QStringLiteral("count")} << QByteArray("sise");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << QByteArray("frobnicate");
        QTest::newRow("missing key") << QStringList{QStringLiteral("get")} << QByteArray("KEY");
        QTest::newRow("decode without key") << QStringList{QStringLiteral("decode")} << QByteArray("--key");
    }
    void badInputExitsTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, mentions);
        const Result r = cli(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.toLower().contains(mentions.toLower()), r.err.constData());
    }

    void encodeDecodeRoundTrip()
    {
        const QStringList signing{QStringLiteral("--key"), QStringLiteral("k"), QStringLiteral("--secret"), QStringLiteral("s3"),
                                  QStringLiteral("--digestmod"), QStringLiteral("sha256")};
        const Result encoded = cli(QStringList{QStringLiteral("encode")} + signing + QStringList{QStringLiteral("{\"$dict\": [[\"a\", 1]]}")});
        QCOMPARE(encoded.exitCode, 0);
        QVERIFY2(encoded.out.startsWith("sha256:"), encoded.out.constData());
        const Result decoded = cli(QStringList{QStringLiteral("decode")} + signing, encoded.out);
        QCOMPARE(decoded.exitCode, 0);
        QCOMPARE(decoded.out.trimmed(), QByteArray("{\"$dict\": [[\"a\", 1]]}"));
        // Another secret: the signature does not match, which is an error, not a miss.
        const QStringList wrong{QStringLiteral("decode"), QStringLiteral("--key"), QStringLiteral("k"), QStringLiteral("--secret"), QStringLiteral("other")};
        QCOMPARE(cli(wrong, encoded.out).exitCode, 3);
    }

private:
    QTemporaryDir m_dir;
    QString m_url;
};

QTEST_GUILESS_MAIN(CliTest)
#include "tst_cli.moc"
