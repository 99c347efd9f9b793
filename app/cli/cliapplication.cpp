#include "cliapplication.h"

#include "clierrors.h"
#include "commandline.h"

#include <cashews/tagkey.h>
#include <cashews/cache.h>
#include <cashews/keycodec.h>
#include <cashews/serializer.h>
#include <cashews/settings.h>
#include <cashews/typedjson.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTimer>

#include <cstdio>

namespace cashews::cli {

namespace {

// Options that configure the serialization pipeline (encode/decode, and any store URL).
const QStringList PipelineOptions{QStringLiteral("secret"), QStringLiteral("digestmod"),
                                  QStringLiteral("pickle-type"), QStringLiteral("compress-type")};
// The setup options Serializer::fromSettings() takes.
const QStringList PipelineSettings{QStringLiteral("secret"), QStringLiteral("digestmod"), QStringLiteral("pickle_type"),
                                   QStringLiteral("compress_type"), QStringLiteral("check_repr")};

struct Invocation
{
    QString url;
    QVariantMap options;
    QStringList arguments; // command first
    Ttl ttl;
    QString key;
    QString file;
    QStringList tags; // --tag, repeatable
};

void printLine(const QByteArray &text, FILE *stream = stdout)
{
    std::fwrite(text.constData(), 1, static_cast<size_t>(text.size()), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}

QString argumentAt(const Invocation &inv, int index, const char *name)
{
    if (inv.arguments.size() <= index)
        throw UsageError(QStringLiteral("'%1' needs the argument %2").arg(inv.arguments.first(), QLatin1String(name)));
    return inv.arguments.at(index);
}

// A key argument in the form `keys` prints (\xNN for bytes that are not UTF-8, \\ for \).
QString keyAt(const Invocation &inv, int index, const char *name)
{
    return keyFromDisplay(argumentAt(inv, index, name));
}

void expectArguments(const Invocation &inv, int max)
{
    if (inv.arguments.size() > max)
        throw UsageError(QStringLiteral("'%1' got unexpected arguments: %2")
                             .arg(inv.arguments.first(), inv.arguments.mid(max).join(u' ')));
}

bool isSigning(const Invocation &inv)
{
    return !inv.options.value(QStringLiteral("secret")).toString().isEmpty();
}

SerializerPtr pipelineFor(const QVariantMap &options)
{
    Settings settings = Settings::parse(QStringLiteral("mem://"), options);
    SerializerPtr serializer = Serializer::fromSettings(settings, QStringLiteral("pickle"));
    settings.finish();
    return serializer;
}

// The value of `bytes`, or an error saying why there is none.
QVariant decodeExplained(const Serializer &serializer, const QString &key, const QByteArray &bytes, bool signing)
{
    try {
        return serializer.decodeStrict(key, bytes);
    } catch (const SignIsMissingError &) {
        throw SignatureError(QStringLiteral("the value of '%1' is not signed, but --secret was given").arg(displayKey(key)));
    } catch (const DecodeError &error) {
        // Signed data read without a secret does not unpickle; say what it is ("sha256:<hex>_..." or "<hex>_...").
        static const QRegularExpression signedData(QStringLiteral("^(?:[a-z0-9]+:)?[0-9a-f]+_"));
        if (!signing && signedData.match(QString::fromLatin1(bytes.left(160))).hasMatch())
            throw SignatureError(QStringLiteral("the value of '%1' is signed; give --secret (and --digestmod) to read it")
                                     .arg(displayKey(key)));
        throw UnreadableError(QStringLiteral("the bytes of '%1' do not decode: %2").arg(displayKey(key), error.message()));
    }
}

// decodeExplained() for bytes given to `decode`: redis-cli --raw ends its output with "\n", so
// exactly one trailing "\n" is dropped, but only when the bytes do not decode with it and do
// without it (a value's own bytes may end in "\n").
QVariant decodeInput(const Serializer &serializer, const QString &key, const QByteArray &bytes, bool signing)
{
    try {
        return decodeExplained(serializer, key, bytes, signing);
    } catch (const CacheError &) {
        if (!bytes.endsWith('\n'))
            throw;
        try {
            return serializer.decodeStrict(key, bytes.chopped(1));
        } catch (const CacheError &) {
            // Not a redis-cli newline either: report why the bytes as given do not decode.
        }
        throw;
    }
}

// Why get() missed a key that may exist: no key (MissError), another type (UnreadableError),
// or bytes the pipeline cannot read (decodeExplained). Returns the value if it is readable after all.
QCoro::Task<QVariant> explainMiss(Cache *cache, QString key, SerializerPtr pipeline, bool signing)
{
    const QString type = co_await cache->keyType(key);
    if (type == u"none")
        throw MissError(QStringLiteral("'%1' is not in the cache").arg(displayKey(key)));
    if (type != u"string")
        throw UnreadableError(QStringLiteral("'%1' holds a %2, not a cashews value (WRONGTYPE)").arg(displayKey(key), type));
    const QVariant raw = co_await cache->getRaw(key);
    if (!raw.isValid())
        throw MissError(QStringLiteral("'%1' is not in the cache").arg(displayKey(key)));
    // Stores that keep live values (mem://) hand back the value itself.
    if (raw.typeId() != QMetaType::QByteArray)
        co_return raw;
    co_return decodeExplained(*pipeline, key, raw.toByteArray(), signing);
}

QByteArray readInput(const QString &path)
{
    QFile file;
    if (path.isEmpty() || path == u"-") {
        if (!file.open(stdin, QIODevice::ReadOnly))
            throw UsageError(QStringLiteral("cannot read standard input"));
    } else {
        file.setFileName(path);
        if (!file.open(QIODevice::ReadOnly))
            throw UsageError(QStringLiteral("cannot read '%1': %2").arg(path, file.errorString()));
    }
    return file.readAll();
}

// The setup options for the store: the cli must see failures, so the redis backends, whose
// default suppress=true turns an unreachable server into misses and empty listings, get
// suppress=false unless the user chose otherwise (mem:// and disk:// never suppress).
QVariantMap storeOptions(const Invocation &inv)
{
    QVariantMap options = inv.options;
    const QString scheme = Settings::parse(inv.url).scheme();
    const bool redis = scheme == u"redis" || scheme == u"rediss" || scheme == u"unix";
    if (redis && !options.contains(QStringLiteral("suppress")))
        options.insert(QStringLiteral("suppress"), false);
    return options;
}

QCoro::Task<int> execute(Invocation inv)
{
    const QString command = inv.arguments.first();
    if (command == u"encode") {
        expectArguments(inv, 2);
        if (inv.key.isEmpty())
            throw UsageError(QStringLiteral("encode needs --key (signatures cover the key)"));
        const QVariant value = fromTypedJson(argumentAt(inv, 1, "VALUE").toUtf8());
        const QByteArray bytes = pipelineFor(inv.options)->encode(keyFromDisplay(inv.key), value);
        std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
        co_return Success;
    }
    if (command == u"decode") {
        expectArguments(inv, 2);
        if (inv.key.isEmpty())
            throw UsageError(QStringLiteral("decode needs --key (signatures cover the key)"));
        const QString path = inv.arguments.value(1);
        const QVariant value = decodeInput(*pipelineFor(inv.options), keyFromDisplay(inv.key), readInput(path), isSigning(inv));
        printLine(toTypedJson(value));
        co_return Success;
    }

    Cache cache(QStringLiteral("cli"));
    cache.setup(inv.url, storeOptions(inv));
    if (command == u"set") {
        expectArguments(inv, 3);
        const QString key = keyAt(inv, 1, "KEY");
        const QVariant value = fromTypedJson(argumentAt(inv, 2, "VALUE").toUtf8());
        if (!(co_await cache.set(key, value, inv.ttl, Exist::Always, inv.tags)))
            throw CacheError(QStringLiteral("the store did not write '%1'").arg(displayKey(key)));
    } else if (command == u"get") {
        expectArguments(inv, 2);
        const QString key = keyAt(inv, 1, "KEY");
        QVariant value = co_await cache.get(key);
        if (!value.isValid()) {
            QVariantMap pipelineOptions;
            for (auto it = inv.options.cbegin(); it != inv.options.cend(); ++it) {
                if (PipelineSettings.contains(it.key().toLower()))
                    pipelineOptions.insert(it.key(), it.value());
            }
            value = co_await explainMiss(&cache, key, pipelineFor(pipelineOptions), isSigning(inv));
        }
        printLine(toTypedJson(value));
    } else if (command == u"del") {
        expectArguments(inv, 2);
        const QString key = keyAt(inv, 1, "KEY");
        if (!(co_await cache.remove(key)))
            throw MissError(QStringLiteral("'%1' is not in the cache").arg(displayKey(key)));
    } else if (command == u"keys") {
        expectArguments(inv, 2);
        auto keys = cache.scan(keyFromDisplay(inv.arguments.value(1, QStringLiteral("*"))), 1000);
        QCORO_FOREACH(const QString &key, keys) {
            printLine(displayKey(key).toUtf8());
        }
    } else if (command == u"ttl") {
        expectArguments(inv, 2);
        const QString key = keyAt(inv, 1, "KEY");
        const qint64 ttl = co_await cache.getExpire(key);
        if (ttl == NotExist)
            throw MissError(QStringLiteral("'%1' is not in the cache").arg(displayKey(key)));
        printLine(QByteArray::number(ttl));
    } else if (command == u"incr") {
        expectArguments(inv, 3);
        const QString key = keyAt(inv, 1, "KEY");
        bool ok = true;
        const qint64 by = inv.arguments.size() > 2 ? inv.arguments.at(2).toLongLong(&ok) : 1;
        if (!ok)
            throw UsageError(QStringLiteral("incr: '%1' is not an integer").arg(inv.arguments.at(2)));
        const auto result = co_await cache.incr(key, by, inv.ttl);
        if (!result)
            throw CacheError(QStringLiteral("incr of '%1' gave no result").arg(displayKey(key)));
        printLine(QByteArray::number(*result));
    } else if (command == u"tags") {
        expectArguments(inv, 2);
        // A tag is the set "_tag:<tag>" (cashews' layout), so listing tags is a scan of those.
        const QString &tagPrefix = tagKeyPrefix();
        auto keys = cache.scan(tagPrefix + keyFromDisplay(inv.arguments.value(1, QStringLiteral("*"))), 1000);
        QCORO_FOREACH(const QString &key, keys) {
            const qsizetype size = (co_await cache.setMembers(key)).size();
            printLine(displayKey(key.mid(tagPrefix.size())).toUtf8() + '\t' + QByteArray::number(size));
        }
    } else if (command == u"delete-tags") {
        if (inv.arguments.size() < 2)
            throw UsageError(QStringLiteral("delete-tags needs at least one TAG"));
        QStringList tags;
        for (const QString &tag : inv.arguments.mid(1))
            tags.append(keyFromDisplay(tag));
        printLine(QByteArray::number(co_await cache.deleteTags(tags)));
    } else if (command == u"count") {
        expectArguments(inv, 1);
        printLine(QByteArray::number(co_await cache.getKeysCount()));
    } else if (command == u"ping") {
        expectArguments(inv, 1);
        printLine(co_await cache.ping());
    } else {
        throw UsageError(QStringLiteral("unknown command '%1' (try --help)").arg(command));
    }
    co_await cache.close();
    co_return Success;
}

// Runs the command and ends the event loop with its exit code; errors become messages.
QCoro::Task<> runAndExit(Invocation inv)
{
    int code = Success;
    QByteArray message;
    try {
        code = co_await execute(std::move(inv));
    } catch (const MissError &e) {
        code = Miss;
        message = e.what();
    } catch (const UnSecureDataError &e) {
        // A wrong --secret or --digestmod: the user's input, not the store, is at fault.
        code = BadInput;
        message = QByteArray("signature does not verify (check --secret and --digestmod): ") + e.what();
    } catch (const ValueError &e) {
        code = BadInput;
        message = e.what();
    } catch (const BackendNotAvailableError &e) {
        code = BadInput;
        message = e.what();
    } catch (const std::exception &e) {
        code = Failure;
        message = e.what();
    }
    if (!message.isEmpty())
        printLine("cashews-cli: " + message, stderr);
    QCoreApplication::exit(code);
}

} // namespace

int run(QCoreApplication &app, const QList<QByteArray> &rawArguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Command-line access to a cashews store. Values are typed JSON: null, true, 1, -5, \"text\", [..],\n"
        "{\"$bytes\": \"<base64>\"}, {\"$tuple\": [..]}, {\"$dict\": [[k, v], ..]}, {\"$float\": \"1.5\"}, ...\n"
        "Keys are printed and read with \\xNN for bytes that are not UTF-8 (and control characters) and\n"
        "\\\\ for a backslash; other backslashes stay as typed. Negative numbers need no \"--\"; other\n"
        "arguments starting with '-' do. Store URLs: mem://, redis://HOST:PORT/DB, disk:///ABSOLUTE/DIR,\n"
        "disk://?directory=DIR, disk:// (a temporary store).\n\n"
        "Commands:\n"
        "  set KEY VALUE [--ttl T] [--tag TAG]...\n"
        "                            store a value (with tags: in cashews' _tag:TAG sets)\n"
        "  get KEY                   print a value (exit 1 on a miss)\n"
        "  del KEY                   delete a key (exit 1 if missing)\n"
        "  keys [PATTERN]            list keys matching a Redis glob (default *)\n"
        "  ttl KEY                   seconds left, -1 without expiry\n"
        "  incr KEY [BY] [--ttl T]   add to an integer\n"
        "  tags [PATTERN]            list tags matching a Redis glob with their number of keys\n"
        "  delete-tags TAG...        delete the keys of the tags; prints how many went\n"
        "  count                     number of keys\n"
        "  ping                      check the store\n"
        "  encode --key K VALUE      print the bytes cashews would store for VALUE\n"
        "  decode --key K [FILE]     print the value of stored bytes (file or stdin; one trailing\n"
        "                            newline, as redis-cli --raw adds, is dropped when only that\n"
        "                            makes the bytes decode)\n\n"
        "Exit codes: 0 success; 1 miss; 2 bad input: command line, URL, option, or --secret/--digestmod\n"
        "that do not fit the value (signature does not verify, signed value without --secret); 3 store\n"
        "failure: unreachable or failing store, a key of another type (WRONGTYPE), undecodable bytes."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption urlOption(QStringLiteral("url"), QStringLiteral("Store URL (default mem://)."),
                                       QStringLiteral("URL"), QStringLiteral("mem://"));
    const QCommandLineOption ttlOption(QStringLiteral("ttl"), QStringLiteral("Expiry, e.g. 60 or 1h30m."), QStringLiteral("T"));
    const QCommandLineOption tagOption(QStringLiteral("tag"), QStringLiteral("Tag of the value (set; repeatable)."),
                                       QStringLiteral("TAG"));
    const QCommandLineOption keyOption(QStringLiteral("key"), QStringLiteral("Key the bytes belong to (encode/decode)."),
                                       QStringLiteral("KEY"));
    const QCommandLineOption optOption(QStringList{QStringLiteral("o"), QStringLiteral("option")},
                                       QStringLiteral("Setup option name=value (repeatable)."), QStringLiteral("name=value"));
    QList<QCommandLineOption> pipeline;
    for (const QString &name : PipelineOptions)
        pipeline.append(QCommandLineOption(name, QStringLiteral("Serialization option %1.").arg(name), QStringLiteral("VALUE")));
    QSet<QString> valueOptions;
    for (const QCommandLineOption &option : QList<QCommandLineOption>{urlOption, ttlOption, tagOption, keyOption, optOption} + pipeline) {
        parser.addOption(option);
        for (const QString &name : option.names())
            valueOptions.insert(name);
    }
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("One of the commands above."));

    Invocation inv;
    try {
        if (!parser.parse(parserArguments(rawArguments, valueOptions)))
            throw UsageError(parser.errorText());
        // Handled here rather than by process(), whose parse errors exit with 1, the miss code.
        if (parser.isSet(helpOption) || parser.isSet(QStringLiteral("help-all")))
            parser.showHelp(Success);
        if (parser.isSet(versionOption))
            parser.showVersion();
        inv.url = parser.value(urlOption);
        inv.key = parser.value(keyOption);
        inv.arguments = parser.positionalArguments();
        for (const QString &tag : parser.values(tagOption))
            inv.tags.append(keyFromDisplay(tag));
        if (inv.arguments.isEmpty())
            throw UsageError(QStringLiteral("no command given (try --help)"));
        if (!inv.tags.isEmpty() && inv.arguments.first() != u"set")
            throw UsageError(QStringLiteral("--tag applies to set only"));
        if (parser.isSet(ttlOption))
            inv.ttl = Ttl::parse(parser.value(ttlOption));
        for (const QString &pair : parser.values(optOption)) {
            const qsizetype eq = pair.indexOf(u'=');
            if (eq <= 0)
                throw UsageError(QStringLiteral("--option '%1' is not name=value").arg(pair));
            inv.options.insert(pair.left(eq), pair.mid(eq + 1));
        }
        for (const QCommandLineOption &option : pipeline) {
            if (parser.isSet(option))
                inv.options.insert(option.names().first().replace(u'-', u'_'), parser.value(option));
        }
    } catch (const ValueError &e) {
        printLine(QByteArray("cashews-cli: ") + e.what(), stderr);
        return BadInput;
    }
    // Start once the event loop runs, so that the command can end it.
    QTimer::singleShot(0, &app, [inv] { runAndExit(inv); });
    return app.exec();
}

} // namespace cashews::cli
