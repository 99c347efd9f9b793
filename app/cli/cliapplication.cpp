#include "cliapplication.h"

#include <cashews/cache.h>
#include <cashews/serializer.h>
#include <cashews/settings.h>
#include <cashews/typedjson.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTimer>

#include <cstdio>

namespace cashews::cli {

namespace {

// Options that configure the serialization pipeline (encode/decode, and any store URL).
const QStringList PipelineOptions{QStringLiteral("secret"), QStringLiteral("digestmod"),
                                  QStringLiteral("pickle-type"), QStringLiteral("compress-type")};

struct Invocation
{
    QString url;
    QVariantMap options;
    QStringList arguments; // command first
    Ttl ttl;
    QString key;
    QString file;
};

void printLine(const QByteArray &text, FILE *stream = stdout)
{
    std::fwrite(text.constData(), 1, static_cast<size_t>(text.size()), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}

class UsageError : public ValueError
{
public:
    using ValueError::ValueError;
};

class MissError : public CacheError
{
public:
    using CacheError::CacheError;
};

QString argumentAt(const Invocation &inv, int index, const char *name)
{
    if (inv.arguments.size() <= index)
        throw UsageError(QStringLiteral("'%1' needs the argument %2").arg(inv.arguments.first(), QLatin1String(name)));
    return inv.arguments.at(index);
}

void expectArguments(const Invocation &inv, int max)
{
    if (inv.arguments.size() > max)
        throw UsageError(QStringLiteral("'%1' got unexpected arguments: %2")
                             .arg(inv.arguments.first(), inv.arguments.mid(max).join(u' ')));
}

SerializerPtr pipelineFor(const Invocation &inv)
{
    Settings settings = Settings::parse(QStringLiteral("mem://"), inv.options);
    SerializerPtr serializer = Serializer::fromSettings(settings, QStringLiteral("pickle"));
    settings.finish();
    return serializer;
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

QCoro::Task<int> execute(Invocation inv)
{
    const QString command = inv.arguments.first();
    if (command == u"encode") {
        expectArguments(inv, 2);
        if (inv.key.isEmpty())
            throw UsageError(QStringLiteral("encode needs --key (signatures cover the key)"));
        const QVariant value = fromTypedJson(argumentAt(inv, 1, "VALUE").toUtf8());
        const QByteArray bytes = pipelineFor(inv)->encode(inv.key, value);
        std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
        co_return Success;
    }
    if (command == u"decode") {
        expectArguments(inv, 2);
        if (inv.key.isEmpty())
            throw UsageError(QStringLiteral("decode needs --key (signatures cover the key)"));
        const QString path = inv.arguments.value(1);
        const QVariant value = pipelineFor(inv)->decode(inv.key, readInput(path));
        if (!value.isValid())
            throw MissError(QStringLiteral("the bytes do not decode to a value (unsigned data under a secret, or undecodable)"));
        printLine(toTypedJson(value));
        co_return Success;
    }

    Cache cache(QStringLiteral("cli"));
    cache.setup(inv.url, inv.options);
    int code = Success;
    if (command == u"set") {
        expectArguments(inv, 3);
        const QString key = argumentAt(inv, 1, "KEY");
        const QVariant value = fromTypedJson(argumentAt(inv, 2, "VALUE").toUtf8());
        if (!(co_await cache.set(key, value, inv.ttl)))
            throw CacheError(QStringLiteral("the store did not write '%1'").arg(key));
    } else if (command == u"get") {
        expectArguments(inv, 2);
        const QString key = argumentAt(inv, 1, "KEY");
        const QVariant value = co_await cache.get(key);
        if (!value.isValid())
            throw MissError(QStringLiteral("'%1' is not in the cache").arg(key));
        printLine(toTypedJson(value));
    } else if (command == u"del") {
        expectArguments(inv, 2);
        const QString key = argumentAt(inv, 1, "KEY");
        if (!(co_await cache.remove(key)))
            throw MissError(QStringLiteral("'%1' is not in the cache").arg(key));
    } else if (command == u"keys") {
        expectArguments(inv, 2);
        auto keys = cache.scan(inv.arguments.value(1, QStringLiteral("*")), 1000);
        QCORO_FOREACH(const QString &key, keys) {
            printLine(key.toUtf8());
        }
    } else if (command == u"ttl") {
        expectArguments(inv, 2);
        const QString key = argumentAt(inv, 1, "KEY");
        const qint64 ttl = co_await cache.getExpire(key);
        if (ttl == NotExist)
            throw MissError(QStringLiteral("'%1' is not in the cache").arg(key));
        printLine(QByteArray::number(ttl));
    } else if (command == u"incr") {
        expectArguments(inv, 3);
        const QString key = argumentAt(inv, 1, "KEY");
        bool ok = true;
        const qint64 by = inv.arguments.size() > 2 ? inv.arguments.at(2).toLongLong(&ok) : 1;
        if (!ok)
            throw UsageError(QStringLiteral("incr: '%1' is not an integer").arg(inv.arguments.at(2)));
        const auto result = co_await cache.incr(key, by, inv.ttl);
        if (!result)
            throw CacheError(QStringLiteral("incr of '%1' gave no result").arg(key));
        printLine(QByteArray::number(*result));
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
    co_return code;
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

int run(QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Command-line access to a cashews store. Values are typed JSON: null, true, 1, \"text\", [..],\n"
        "{\"$bytes\": \"<base64>\"}, {\"$tuple\": [..]}, {\"$dict\": [[k, v], ..]}, {\"$float\": \"1.5\"}, ...\n\n"
        "Commands:\n"
        "  set KEY VALUE [--ttl T]   store a value\n"
        "  get KEY                   print a value (exit 1 on a miss)\n"
        "  del KEY                   delete a key (exit 1 if missing)\n"
        "  keys [PATTERN]            list keys matching a Redis glob (default *)\n"
        "  ttl KEY                   seconds left, -1 without expiry\n"
        "  incr KEY [BY] [--ttl T]   add to an integer\n"
        "  count                     number of keys\n"
        "  ping                      check the store\n"
        "  encode --key K VALUE      print the bytes cashews would store for VALUE\n"
        "  decode --key K [FILE]     print the value of stored bytes (file or stdin)"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption urlOption(QStringLiteral("url"), QStringLiteral("Store URL (default mem://)."),
                                       QStringLiteral("URL"), QStringLiteral("mem://"));
    const QCommandLineOption ttlOption(QStringLiteral("ttl"), QStringLiteral("Expiry, e.g. 60 or 1h30m."), QStringLiteral("T"));
    const QCommandLineOption keyOption(QStringLiteral("key"), QStringLiteral("Key the bytes belong to (encode/decode)."),
                                       QStringLiteral("KEY"));
    const QCommandLineOption optOption(QStringList{QStringLiteral("o"), QStringLiteral("option")},
                                       QStringLiteral("Setup option name=value (repeatable)."), QStringLiteral("name=value"));
    parser.addOptions({urlOption, ttlOption, keyOption, optOption});
    QList<QCommandLineOption> pipeline;
    for (const QString &name : PipelineOptions) {
        pipeline.append(QCommandLineOption(name, QStringLiteral("Serialization option %1.").arg(name), QStringLiteral("VALUE")));
        parser.addOption(pipeline.last());
    }
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("One of the commands above."));
    parser.process(app);

    Invocation inv;
    try {
        inv.url = parser.value(urlOption);
        inv.key = parser.value(keyOption);
        inv.arguments = parser.positionalArguments();
        if (inv.arguments.isEmpty())
            throw UsageError(QStringLiteral("no command given (try --help)"));
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
