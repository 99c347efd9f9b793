// cashews-cli scenario end to end: the built executable (CASHEWS_CLI) run with QProcess; its
// exit codes and output formats.
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Result
{
    int code;
    QByteArray out;
    QByteArray err;
};

Result cli(const QStringList &arguments)
{
    QProcess process;
    process.start(qEnvironmentVariable("CASHEWS_CLI"), arguments);
    process.closeWriteChannel();
    if (!process.waitForFinished(100000))
        process.kill();
    process.waitForFinished();
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

QString script(const QTemporaryDir &dir, const QByteArray &source)
{
    const QString path = dir.filePath(QStringLiteral("s.js"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(source);
    return path;
}

const QByteArray Quick = "export const options = { functions: { f: { ttl: 10, origin: { latency: 1 } } },\n"
                         "  scenarios: { s: { executor: 'shared-iterations', vus: 2, iterations: 20, fn: 'f' } },\n"
                         "  thresholds: { origin_calls: ['count%1'] } };\n";

} // namespace

class ScenarioCliTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsBuiltins()
    {
        const Result r = cli({QStringLiteral("scenario"), QStringLiteral("list")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("stampede") && r.out.contains("Hot-key stampede"), r.out.constData());
        QVERIFY(r.out.contains("circuit-breaker"));
    }

    void passingRunExitsZero()
    {
        QTemporaryDir dir;
        const Result r = cli({QStringLiteral("scenario"), QStringLiteral("run"), script(dir, QByteArray(Quick).replace("%1", "==1"))});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("ok   origin_calls count==1"), r.out.constData());
    }

    void failedThresholdExits99()
    {
        QTemporaryDir dir;
        const Result r = cli({QStringLiteral("scenario"), QStringLiteral("run"), script(dir, QByteArray(Quick).replace("%1", ">1"))});
        QCOMPARE(r.code, 99);
        QVERIFY2(r.out.contains("FAIL origin_calls count>1"), r.out.constData());
    }

    // --json: one JSON object per line, intervals first, the summary last.
    void jsonLines()
    {
        const Result r = cli({QStringLiteral("scenario"), QStringLiteral("run"), QStringLiteral("builtin:hit-cache"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QVERIFY(lines.size() >= 3);
        for (const QByteArray &line : lines)
            QVERIFY2(QJsonDocument::fromJson(line).isObject(), line.constData());
        QCOMPARE(QJsonDocument::fromJson(lines.first()).object().value(QStringLiteral("type")).toString(), QStringLiteral("Interval"));
        const QJsonObject summary = QJsonDocument::fromJson(lines.last()).object();
        QCOMPARE(summary.value(QStringLiteral("type")).toString(), QStringLiteral("Summary"));
        QVERIFY(summary.value(QStringLiteral("state")).toObject().value(QStringLiteral("passed")).toBool());
    }

    void badScriptExits2WithLocation()
    {
        QTemporaryDir dir;
        const QString path = script(dir, "export const options = {};\nconst f = async () => 1;\n");
        const Result r = cli({QStringLiteral("scenario"), QStringLiteral("run"), path});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains((path + QStringLiteral(":2:11: 'async' functions")).toUtf8()), r.err.constData());
    }

    void badInputExits2_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("unknown built-in") << QStringList{QStringLiteral("scenario"), QStringLiteral("run"), QStringLiteral("builtin:nope")};
        QTest::newRow("missing file") << QStringList{QStringLiteral("scenario"), QStringLiteral("run"), QStringLiteral("/nonexistent/x.js")};
        QTest::newRow("no action") << QStringList{QStringLiteral("scenario")};
        QTest::newRow("bad store URL") << QStringList{QStringLiteral("scenario"), QStringLiteral("run"), QStringLiteral("builtin:hit-cache"),
                                                      QStringLiteral("--store"), QStringLiteral("nosuch://x")};
    }
    void badInputExits2()
    {
        QFETCH(QStringList, arguments);
        const Result r = cli(arguments);
        QCOMPARE(r.code, 2);
        QVERIFY(!r.err.isEmpty());
    }

    void unreachableStoreExits3()
    {
        // Port 1 on the loopback: nothing listens there.
        const Result r = cli({QStringLiteral("scenario"), QStringLiteral("run"), QStringLiteral("builtin:hit-cache"), QStringLiteral("--store"),
                              QStringLiteral("redis://127.0.0.1:1/0")});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains("store unavailable"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(ScenarioCliTest)
#include "tst_scenariocli.moc"
