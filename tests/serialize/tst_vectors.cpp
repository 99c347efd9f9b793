// Every value serialized by Python cashews (tests/vectors) is read back, re-encoded and, for
// pickles, compared byte for byte with what Python wrote; Python itself reads our pickles.
#include "valuecompare.h"

#include <cashews/errors.h>
#include <cashews/pytypes.h>
#include <cashews/serializer.h>
#include <cashews/typedjson.h>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace cashews;

namespace {

struct Vector
{
    int line = 0;
    QString key;
    SerializerOptions options;
    QByteArray raw;
    QByteArray valueJson;         // typed JSON of the value Python stored
    QByteArray pythonDecodedJson; // typed JSON of what Python cashews reads back, or $miss/$error
};

// The raw text of a field: "value" is followed by "raw", "python_decoded" ends the line.
QByteArray fieldText(const QByteArray &line, const QByteArray &name, const QByteArray &next)
{
    const qsizetype start = line.indexOf("\"" + name + "\": ");
    if (start < 0)
        return {};
    const qsizetype from = start + name.size() + 4;
    const qsizetype end = next.isEmpty() ? line.lastIndexOf('}') : line.indexOf(", \"" + next + "\": ", from);
    return end < 0 ? QByteArray() : line.mid(from, end - from).trimmed();
}

// Python-written pickles that our writer reproduces only up to aliasing: Python shares one
// list object between several places, which the C++ value model has no way to express (we
// never alias mutable containers, see PickleWriter).
bool pythonAliasesLists(const QByteArray &valueJson)
{
    return valueJson == R"([[["deep"]], [["deep"]], [["deep"]]])";
}

// Runs `script` with `python` and the argument `file`, its output (stdout and stderr) into
// `output`; fails the current test unless it ends normally with exit code 0.
void runPython(const QString &python, const char *script, const QString &file, QByteArray &output)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(python, {QStringLiteral("-c"), QString::fromUtf8(script), file});
    QVERIFY(process.waitForFinished(60000));
    output = process.readAll();
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0, output.constData());
}

} // namespace

class VectorsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void decodesToPythonValue();
    void reencodeRoundTrip();
    void pickleBytesMatchPython();
    void onlyProtocol5Opcodes();
    void pythonReadsOurPickles();
    void largeValuesMatchPythonBytes();

private:
    QList<Vector> m_vectors;
};

void VectorsTest::initTestCase()
{
    const QString path = qEnvironmentVariable("CASHEWS_VECTORS");
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(QStringLiteral("cannot open the vectors at '%1'").arg(path)));
    int lineNo = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        ++lineNo;
        if (line.isEmpty())
            continue;
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        Vector v;
        v.line = lineNo;
        v.key = object.value(QStringLiteral("key")).toString();
        const QString pickleType = object.value(QStringLiteral("pickle_type")).toString();
        v.options.pickleType = pickleType == u"default" ? QStringLiteral("pickle") : pickleType;
        v.options.compressType = object.value(QStringLiteral("compress_type")).toString();
        v.options.secret = object.value(QStringLiteral("secret")).toString().toUtf8();
        v.options.digestmod = object.value(QStringLiteral("digestmod")).toString().toUtf8();
        v.raw = QByteArray::fromBase64(object.value(QStringLiteral("raw")).toString().toLatin1());
        v.valueJson = fieldText(line, "value", "raw");
        v.pythonDecodedJson = fieldText(line, "python_decoded", {});
        QVERIFY2(!v.valueJson.isEmpty() && !v.pythonDecodedJson.isEmpty(), qPrintable(QStringLiteral("line %1").arg(lineNo)));
        m_vectors.append(v);
    }
    QCOMPARE(m_vectors.size(), 486);
}

void VectorsTest::decodesToPythonValue()
{
    for (const Vector &v : std::as_const(m_vectors)) {
        const auto serializer = Serializer::create(v.options);
        // JSON rows read back with JSON semantics (tuples become lists), as Python does; where
        // Python cashews fails we read the value: negative ints (its isdigit() bug) and
        // "bytes:" payloads under the JSON pickler (it raises JSONDecodeError; we fall
        // through to the custom types as the pickle path does).
        const bool pythonFails = v.pythonDecodedJson.startsWith("{\"$miss\"") || v.pythonDecodedJson.startsWith("{\"$error\"");
        const QByteArray expectedJson = (v.options.pickleType == u"json" && !pythonFails) ? v.pythonDecodedJson : v.valueJson;
        QVariant decoded;
        try {
            decoded = serializer->decodeStrict(v.key, v.raw);
        } catch (const CacheError &error) {
            QFAIL(qPrintable(QStringLiteral("line %1: %2").arg(v.line).arg(error.message())));
        }
        QVERIFY2(decoded.isValid(), qPrintable(QStringLiteral("line %1").arg(v.line)));
        QCOMPARE(test::canonicalJson(decoded), test::canonicalJson(fromTypedJson(expectedJson)));
    }
}

void VectorsTest::reencodeRoundTrip()
{
    for (const Vector &v : std::as_const(m_vectors)) {
        const auto serializer = Serializer::create(v.options);
        const QVariant value = serializer->decode(v.key, v.raw);
        const QByteArray encoded = serializer->encode(v.key, value);
        const QVariant again = serializer->decode(v.key, encoded);
        QVERIFY2(again.isValid(), qPrintable(QStringLiteral("line %1").arg(v.line)));
        QCOMPARE(test::canonicalJson(again), test::canonicalJson(value));
    }
}

void VectorsTest::pickleBytesMatchPython()
{
    int compared = 0;
    for (const Vector &v : std::as_const(m_vectors)) {
        // gzip headers carry the write time, so only deterministic encodings compare.
        if (v.options.compressType == u"gzip" || pythonAliasesLists(v.valueJson))
            continue;
        const auto serializer = Serializer::create(v.options);
        const QVariant value = serializer->decode(v.key, v.raw);
        QCOMPARE(serializer->encode(v.key, value).toHex(), v.raw.toHex());
        ++compared;
    }
    QVERIFY(compared > 300);
}

void VectorsTest::onlyProtocol5Opcodes()
{
    // Argument sizes of every opcode our writer may emit; any other byte at an opcode position
    // fails. Lengths come from the argument itself for the sized opcodes.
    const auto serializer = Serializer::create({});
    for (const Vector &v : std::as_const(m_vectors)) {
        const QVariant value = Serializer::create(v.options)->decode(v.key, v.raw);
        const QByteArray bytes = serializer->encode(v.key, value);
        if (!bytes.startsWith("\x80\x05"))
            continue; // integers and bytes: digits / "bytes:" payload, not pickled
        qsizetype pos = 2;
        bool stopped = false;
        const auto u = [&](qsizetype at, int size) {
            quint64 n = 0;
            for (int i = size - 1; i >= 0; --i)
                n = (n << 8) | quint8(bytes.at(at + i));
            return qsizetype(n);
        };
        while (!stopped) {
            QVERIFY2(pos < bytes.size(), qPrintable(QStringLiteral("line %1: no STOP").arg(v.line)));
            const char op = bytes.at(pos++);
            switch (op) {
            case '.': stopped = true; break;
            case '(': case 'N': case 'R': case 'a': case 'b': case '}': case 'e': case ']': case 's':
            case 't': case ')': case 'u': case '\x81': case '\x85': case '\x86': case '\x87':
            case '\x88': case '\x89': case '\x8f': case '\x90': case '\x91': case '\x93': case '\x94':
                break;
            case 'K': case 'h': pos += 1; break;
            case 'M': pos += 2; break;
            case 'J': case 'j': pos += 4; break;
            case 'G': case '\x95': pos += 8; break;
            case '\x8a': case '\x8c': case 'C': pos += 1 + u(pos, 1); break;
            case '\x8b': case 'X': case 'B': pos += 4 + u(pos, 4); break;
            default:
                QFAIL(qPrintable(QStringLiteral("line %1: unexpected opcode 0x%2 at %3").arg(v.line).arg(quint8(op), 2, 16, QLatin1Char('0')).arg(pos - 1)));
            }
        }
        QCOMPARE(pos, bytes.size());
    }
}

void VectorsTest::pythonReadsOurPickles()
{
    const QString python = qEnvironmentVariable("CASHEWS_PYTHON3");
    if (python.isEmpty())
        QSKIP("python3 is not installed");
    // For every vector value: our pickle, and the typed JSON of the value. Python loads the
    // pickle with its own pickle module and compares with the typed JSON.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile input(dir.filePath(QStringLiteral("ours.jsonl")));
    QVERIFY(input.open(QIODevice::WriteOnly));
    const auto pickler = Serializer::create({});
    int written = 0;
    for (const Vector &v : std::as_const(m_vectors)) {
        const QVariant value = Serializer::create(v.options)->decode(v.key, v.raw);
        const QByteArray bytes = pickler->encode(v.key, value);
        if (!bytes.startsWith("\x80\x05"))
            continue;
        input.write("{\"line\": " + QByteArray::number(v.line) + ", \"pickle\": \"" + bytes.toBase64()
                    + "\", \"value\": " + toTypedJson(value) + "}\n");
        ++written;
    }
    input.close();

    static const char script[] = R"PY(
import base64, datetime, decimal, json, math, pickle, sys

def conv(v):
    if isinstance(v, list):
        return [conv(x) for x in v]
    if isinstance(v, dict):
        (tag, p), = v.items()
        return {
            "$float": lambda: float(p),
            "$bytes": lambda: base64.b64decode(p),
            "$tuple": lambda: tuple(conv(x) for x in p),
            "$set": lambda: set(conv(x) for x in p),
            "$frozenset": lambda: frozenset(conv(x) for x in p),
            "$dict": lambda: {conv(k): conv(x) for k, x in p},
            "$datetime": lambda: datetime.datetime.fromisoformat(p),
            "$date": lambda: datetime.date.fromisoformat(p),
            "$decimal": lambda: decimal.Decimal(p),
        }[tag]()
    return v

def same(a, b):
    if type(a) is not type(b):
        return False
    if isinstance(a, float):
        return (math.isnan(a) and math.isnan(b)) or (a == b and math.copysign(1, a) == math.copysign(1, b))
    if isinstance(a, (list, tuple)):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    if isinstance(a, dict):
        return list(a) == list(b) and all(same(a[k], b[k]) for k in a)
    if isinstance(a, datetime.datetime):
        return a == b and a.utcoffset() == b.utcoffset()
    return a == b

bad = 0
count = 0
for line in open(sys.argv[1]):
    row = json.loads(line)
    count += 1
    loaded = pickle.loads(base64.b64decode(row["pickle"]))
    if not same(loaded, conv(row["value"])):
        bad += 1
        print("line", row["line"], "differs:", repr(loaded)[:200])
print(count - bad, "passed,", bad, "failed")
sys.exit(1 if bad else 0)
)PY";
    QByteArray output;
    runPython(python, script, input.fileName(), output);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(output.contains(QByteArray::number(written) + " passed"), output.constData());
}

void VectorsTest::largeValuesMatchPythonBytes()
{
    const QString python = qEnvironmentVariable("CASHEWS_PYTHON3");
    if (python.isEmpty())
        QSKIP("python3 is not installed");
    // Values beyond one 64 KiB frame and one batch of 1000, built here and by Python; the
    // pickles must be identical (frames, batches, big str/bytes written outside frames).
    Dict records;
    for (int i = 0; i < 5000; ++i)
        records.insert(QStringLiteral("k%1").arg(i), QVariantList{i, i / 3.0, QString(2 + i % 50, QLatin1Char('y'))});
    QVariantList numbers;
    for (int i = 0; i < 30000; ++i)
        numbers.append(i * 7919 - 100000);
    QVariantList members;
    for (int i = 0; i < 2001; ++i)
        members.append(i);
    const QVariantList value{QVariant::fromValue(records), numbers, QVariant::fromValue(PySet{members}),
                             QByteArray(70000, 'b'), QString(65536, QLatin1Char('c'))};
    const QByteArray ours = Serializer::create({})->encode(QStringLiteral("k"), value);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(QStringLiteral("ours.pickle")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(ours);
    file.close();
    static const char script[] = R"PY(
import pickle, sys
records = {"k%d" % i: [i, i / 3.0, "y" * (2 + i % 50)] for i in range(5000)}
numbers = [i * 7919 - 100000 for i in range(30000)]
value = [records, numbers, set(range(2001)), b"b" * 70000, "c" * 65536]
ours = open(sys.argv[1], "rb").read()
theirs = pickle.dumps(value, protocol=5)
if ours != theirs:
    at = next((i for i, (a, b) in enumerate(zip(ours, theirs)) if a != b), min(len(ours), len(theirs)))
    print("differ at byte", at, "of", len(ours), "/", len(theirs))
    sys.exit(1)
print("identical", len(ours))
)PY";
    QByteArray output;
    runPython(python, script, file.fileName(), output);
}

QTEST_GUILESS_MAIN(VectorsTest)
#include "tst_vectors.moc"
