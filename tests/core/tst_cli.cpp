// cashews-cli end to end: runs the built executable (path in CASHEWS_CLI) with QProcess, on
// disk:// and, when CASHEWS_REDIS_URL_FILE names the redis fixture's URL, on Redis too.
// CASHEWS_STUDIO, when set, names cashews-studio (its --help and --version are checked here too).
#include "corotest.h"

#include <cashews/cache.h>
#include <cashews/keycodec.h>
#include <cashews/serializer.h>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace cashews;

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

    static Result run(QProcess &process, const QByteArray &input = {})
    {
        if (!input.isNull())
            process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(20000))
            qWarning() << "cashews-cli did not finish:" << process.arguments();
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                process.readAllStandardOutput(), process.readAllStandardError()};
    }

    Result cli(const QStringList &arguments, const QByteArray &input = {})
    {
        QProcess process;
        process.start(qEnvironmentVariable("CASHEWS_CLI"), arguments);
        return run(process, input);
    }

    // Runs `script` in /bin/sh with the cli as $0 and `arguments` as $1...: for argument bytes
    // that QProcess (QString arguments) cannot pass, e.g. "$(printf 'a\377')".
    Result cliInShell(const QString &script, const QStringList &arguments)
    {
        QProcess process;
        process.start(QStringLiteral("/bin/sh"), QStringList{QStringLiteral("-c"), script, qEnvironmentVariable("CASHEWS_CLI")} + arguments);
        return run(process);
    }

    // The stores the store-level tests run on: this disk store, and Redis with the fixture.
    void addStoreColumn()
    {
        QTest::addColumn<QString>("url");
    }
    QList<QPair<QByteArray, QString>> stores() const
    {
        QList<QPair<QByteArray, QString>> out{{"disk", m_url}};
        QFile file(qEnvironmentVariable("CASHEWS_REDIS_URL_FILE"));
        if (file.open(QIODevice::ReadOnly))
            out.append({"redis", QString::fromUtf8(file.readAll()).trimmed() + QStringLiteral("/5")});
        return out;
    }

    // Writes through the core what the cli cannot: sets, raw bytes.
    static QCoro::Task<> seedStore(QString url, QString key, QByteArray raw, bool asSet)
    {
        Cache cache(QStringLiteral("seed"));
        cache.setup(url);
        const QStringList members{QStringLiteral("member")};
        if (asSet)
            co_await cache.setAdd(key, members);
        else
            co_await cache.setRaw(key, raw);
        co_await cache.close();
    }

    static QCoro::Task<> expectKey(QString url, QString key)
    {
        Cache cache(QStringLiteral("check"));
        cache.setup(url);
        CORO_VERIFY2(co_await cache.exists(key), qPrintable(displayKey(key)));
        co_await cache.close();
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
        const Result mismatch = cli(wrong, encoded.out);
        QCOMPARE(mismatch.exitCode, 2);
        QVERIFY2(mismatch.err.contains("signature does not verify"), mismatch.err.constData());
    }

    void negativeNumbersAreValues()
    {
        QCOMPARE(cli({QStringLiteral("--url"), m_url, QStringLiteral("set"), QStringLiteral("neg"), QStringLiteral("-5")}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("--url"), m_url, QStringLiteral("get"), QStringLiteral("neg")}).out.trimmed(), QByteArray("-5"));
        const Result incr = cli({QStringLiteral("--url"), m_url, QStringLiteral("incr"), QStringLiteral("neg"), QStringLiteral("-3")});
        QCOMPARE(incr.exitCode, 0);
        QCOMPARE(incr.out.trimmed(), QByteArray("-8"));
        // Options after a negative number still count as options.
        QCOMPARE(cli({QStringLiteral("set"), QStringLiteral("f"), QStringLiteral("-1.5"), QStringLiteral("--ttl"), QStringLiteral("1h")}).exitCode, 0);
    }

    void parserErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("mentions");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--bogus"), QStringLiteral("count")} << QByteArray("bogus");
        QTest::newRow("missing value") << QStringList{QStringLiteral("count"), QStringLiteral("--url")} << QByteArray("url");
    }
    void parserErrorsExitTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, mentions);
        const Result r = cli(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(mentions), r.err.constData());
    }

    void helpAndVersionWithoutDisplay_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QString>("option");
        QTest::addColumn<QByteArray>("mentions");
        QStringList programs{qEnvironmentVariable("CASHEWS_CLI")};
        if (qEnvironmentVariableIsSet("CASHEWS_STUDIO"))
            programs.append(qEnvironmentVariable("CASHEWS_STUDIO"));
        for (const QString &program : programs) {
            const QByteArray name = QFileInfo(program).fileName().toUtf8();
            QTest::newRow((name + " --help").constData()) << program << QStringLiteral("--help") << QByteArray("--version");
            QTest::newRow((name + " --version").constData()) << program << QStringLiteral("--version") << name;
        }
    }
    void helpAndVersionWithoutDisplay()
    {
        QFETCH(QString, program);
        QFETCH(QString, option);
        QFETCH(QByteArray, mentions);
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const QString &name : {QStringLiteral("DISPLAY"), QStringLiteral("WAYLAND_DISPLAY"), QStringLiteral("QT_QPA_PLATFORM")})
            environment.remove(name);
        process.setProcessEnvironment(environment);
        process.start(program, {option});
        const Result r = run(process);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(mentions), r.out.constData());
    }

    void cliHelpDocumentsExitCodesAndForms()
    {
        const Result r = cli({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        for (const char *part : {"Exit codes", "WRONGTYPE", "\\xNN", "disk:///", "redis-cli --raw"})
            QVERIFY2(r.out.contains(part), part);
    }

    // What get says about a key whose value cannot be read: never a plain miss.
    void unreadableValues_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<bool>("asSet");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("mentions");
        const SerializerPtr plain = Serializer::create({});
        SerializerOptions signingOptions;
        signingOptions.secret = "s3";
        signingOptions.digestmod = "sha256";
        const SerializerPtr signing = Serializer::create(signingOptions);
        const QString secret = QStringLiteral("--secret");
        for (const auto &[store, url] : stores()) {
            QTest::newRow((store + " wrong type").constData()) << url << QStringLiteral("u:set") << QByteArray() << true << QStringList() << 3 << QByteArray("WRONGTYPE");
            QTest::newRow((store + " undecodable").constData()) << url << QStringLiteral("u:junk") << QByteArray("\x80\x05junk") << false << QStringList() << 3 << QByteArray("do not decode");
            QTest::newRow((store + " signed, no secret").constData()) << url << QStringLiteral("u:signed") << signing->encode(QStringLiteral("u:signed"), QStringLiteral("x"))
                                                        << false << QStringList() << 2 << QByteArray("--secret");
            QTest::newRow((store + " wrong secret").constData()) << url << QStringLiteral("u:signed2") << signing->encode(QStringLiteral("u:signed2"), QStringLiteral("x"))
                                                   << false << QStringList{secret, QStringLiteral("other"), QStringLiteral("--digestmod"), QStringLiteral("sha256")}
                                                   << 2 << QByteArray("signature does not verify");
            QTest::newRow((store + " unsigned, secret").constData()) << url << QStringLiteral("u:plain") << plain->encode(QStringLiteral("u:plain"), QStringLiteral("x"))
                                                       << false << QStringList{secret, QStringLiteral("s3")} << 2 << QByteArray("not signed");
        }
    }
    void unreadableValues()
    {
        QFETCH(QString, url);
        QFETCH(QString, key);
        QFETCH(QByteArray, raw);
        QFETCH(bool, asSet);
        QFETCH(QStringList, options);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, mentions);
        CASHEWS_RUN(seedStore(url, key, raw, asSet));
        const Result r = cli(QStringList{QStringLiteral("--url"), url, QStringLiteral("get"), key} + options);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(mentions), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void unreachableStoreExitsThree_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::newRow("get") << QStringList{QStringLiteral("get"), QStringLiteral("k")};
        QTest::newRow("keys") << QStringList{QStringLiteral("keys")};
        QTest::newRow("count") << QStringList{QStringLiteral("count")};
        QTest::newRow("set") << QStringList{QStringLiteral("set"), QStringLiteral("k"), QStringLiteral("1")};
    }
    void unreachableStoreExitsThree()
    {
        QFETCH(QStringList, command);
        // A port that was free a moment ago: nothing listens there.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        const Result r = cli(QStringList{QStringLiteral("--url"), QStringLiteral("redis://127.0.0.1:%1/0").arg(port)} + command);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("cashews-cli: ") && r.err.contains(QByteArray::number(port)), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    // Keys that are not UTF-8 print escaped, and the printed form reads back as the same key.
    void nonUtf8KeysRoundTrip_data()
    {
        addStoreColumn();
        for (const auto &[store, url] : stores())
            QTest::newRow(store.constData()) << url;
    }
    void nonUtf8KeysRoundTrip()
    {
        QFETCH(QString, url);
        const QString typed = QStringLiteral("bin:a\\xffb\\\\c");
        QCOMPARE(cli({QStringLiteral("--url"), url, QStringLiteral("set"), typed, QStringLiteral("1")}).exitCode, 0);
        CASHEWS_RUN(expectKey(url, keyFromBytes(QByteArray("bin:a\xff" "b\\c"))));
        const Result keys = cli({QStringLiteral("--url"), url, QStringLiteral("keys"), QStringLiteral("bin:*")});
        QCOMPARE(keys.out, typed.toUtf8() + '\n');
        const Result got = cli({QStringLiteral("--url"), url, QStringLiteral("get"), QString::fromUtf8(keys.out.trimmed())});
        QCOMPARE(got.exitCode, 0);
        QCOMPARE(got.out.trimmed(), QByteArray("1"));
        const Result bad = cli({QStringLiteral("--url"), url, QStringLiteral("get"), QStringLiteral("bin:\\xf")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains("\\xf"), bad.err.constData());
    }

    void invalidUtf8ArgumentsRejected_data()
    {
        QTest::addColumn<QString>("script");
        QTest::newRow("key") << QStringLiteral("exec \"$0\" --url \"$1\" set \"$(printf 'bad\\377')\" 1");
        QTest::newRow("value") << QStringLiteral("exec \"$0\" --url \"$1\" set bad \"$(printf '\"\\377\"')\"");
    }
    void invalidUtf8ArgumentsRejected()
    {
        QFETCH(QString, script);
        const Result r = cliInShell(script, {m_url});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("not UTF-8"), r.err.constData());
        const Result keys = cli({QStringLiteral("--url"), m_url, QStringLiteral("keys"), QStringLiteral("bad*")});
        QCOMPARE(keys.out, QByteArray());
    }

    // redis-cli --raw adds "\n": dropped only when the bytes decode without it and not with it.
    void decodeTrailingNewline_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("output");
        SerializerOptions signingOptions;
        signingOptions.secret = "s3";
        const QStringList signing{QStringLiteral("--secret"), QStringLiteral("s3")};
        const QByteArray signedText = Serializer::create(signingOptions)->encode(QStringLiteral("k"), QStringLiteral("x"));
        QTest::newRow("integer") << QByteArray("5\n") << QStringList() << 0 << QByteArray("5");
        QTest::newRow("signed") << signedText + '\n' << signing << 0 << QByteArray("\"x\"");
        QTest::newRow("bytes ending in a newline") << QByteArray("bytes:x\n") << QStringList() << 0 << QByteArray("{\"$bytes\": \"eAo=\"}");
        QTest::newRow("junk") << QByteArray("\x80\x05junk\n") << QStringList() << 3 << QByteArray();
    }
    void decodeTrailingNewline()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QStringList, options);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, output);
        const Result r = cli(QStringList{QStringLiteral("decode"), QStringLiteral("--key"), QStringLiteral("k")} + options, bytes);
        QCOMPARE(r.exitCode, exitCode);
        QCOMPARE(r.out.trimmed(), output);
    }

    // disk:///DIR (the form --help and the studio advertise) is the directory DIR.
    void diskUrlPathIsTheDirectory()
    {
        const QString directory = m_dir.filePath(QStringLiteral("by-path"));
        QCOMPARE(cli({QStringLiteral("--url"), QStringLiteral("disk://%1?shards=1").arg(directory), QStringLiteral("set"),
                      QStringLiteral("p"), QStringLiteral("7")})
                     .exitCode,
                 0);
        QVERIFY(!QDir(directory).entryList(QDir::Files).isEmpty());
        const Result got = cli({QStringLiteral("--url"), QStringLiteral("disk://?directory=%1&shards=1").arg(directory),
                                QStringLiteral("get"), QStringLiteral("p")});
        QCOMPARE(got.exitCode, 0);
        QCOMPARE(got.out.trimmed(), QByteArray("7"));
    }

    void tagsSetListAndDelete_data()
    {
        addStoreColumn();
        for (const auto &[name, url] : stores())
            QTest::newRow(name.constData()) << url;
    }

    void tagsSetListAndDelete()
    {
        QFETCH(QString, url);
        const QString urlArg = QStringLiteral("--url");
        for (const char *key : {"tagged:1", "tagged:2"}) {
            QCOMPARE(cli({urlArg, url, QStringLiteral("set"), QString::fromLatin1(key), QStringLiteral("1"), QStringLiteral("--tag"),
                          QStringLiteral("cli-all"), QStringLiteral("--tag"), QStringLiteral("cli-%1").arg(QLatin1StringView(key).last(1))})
                         .exitCode,
                     0);
        }
        const Result listed = cli({urlArg, url, QStringLiteral("tags"), QStringLiteral("cli-*")});
        QCOMPARE(listed.exitCode, 0);
        QList<QByteArray> lines = listed.out.trimmed().split('\n');
        std::sort(lines.begin(), lines.end());
        const QList<QByteArray> expected{"cli-1\t1", "cli-2\t1", "cli-all\t2"};
        QCOMPARE(lines, expected);
        const Result deleted = cli({urlArg, url, QStringLiteral("delete-tags"), QStringLiteral("cli-all"), QStringLiteral("cli-none")});
        QCOMPARE(deleted.exitCode, 0);
        QCOMPARE(deleted.out.trimmed(), QByteArray("2"));
        QCOMPARE(cli({urlArg, url, QStringLiteral("get"), QStringLiteral("tagged:1")}).exitCode, 1);
        QCOMPARE(cli({urlArg, url, QStringLiteral("tags"), QStringLiteral("cli-all")}).out, QByteArray());
        // Bad use: no tag to delete, --tag on another command.
        QCOMPARE(cli({urlArg, url, QStringLiteral("delete-tags")}).exitCode, 2);
        QCOMPARE(cli({urlArg, url, QStringLiteral("get"), QStringLiteral("k"), QStringLiteral("--tag"), QStringLiteral("t")}).exitCode, 2);
    }

    void diskUrlHostIsAnError()
    {
        const Result r = cli({QStringLiteral("--url"), QStringLiteral("disk://relative/dir"), QStringLiteral("count")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("'relative'"), r.err.constData());
    }

private:
    QTemporaryDir m_dir;
    QString m_url;
};

QTEST_GUILESS_MAIN(CliTest)
#include "tst_cli.moc"
