#include "commandline.h"

#include "clierrors.h"

#include <cashews/keycodec.h>

#include <QRegularExpression>
#include <QStringDecoder>

namespace cashews::cli {

namespace {

QString decodeArgument(const QByteArray &bytes, qsizetype index)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8(bytes);
    if (utf8.hasError())
        throw UsageError(QStringLiteral("argument %1 '%2' is not UTF-8; write key bytes as \\xNN and value bytes as "
                                        "{\"$bytes\": \"<base64>\"}")
                             .arg(index)
                             .arg(displayKey(keyFromBytes(bytes))));
    return text;
}

// The option name of `argument` when it is one without an attached value ("--url", "-o"),
// empty otherwise ("--url=x", "-ox", or not an option).
QString bareOptionName(const QString &argument)
{
    if (argument.startsWith(u"--"))
        return argument.contains(u'=') ? QString() : argument.mid(2);
    return argument.size() == 2 ? argument.mid(1) : QString();
}

} // namespace

QStringList parserArguments(const QList<QByteArray> &raw, const QSet<QString> &valueOptions)
{
    static const QRegularExpression negativeNumber(QStringLiteral("^-\\.?[0-9]"));
    QStringList options;
    QStringList positional;
    bool onlyPositional = false;
    for (qsizetype i = 1; i < raw.size(); ++i) {
        const QString argument = decodeArgument(raw.at(i), i);
        if (onlyPositional || argument == u"-" || !argument.startsWith(u'-') || negativeNumber.match(argument).hasMatch()) {
            positional.append(argument);
        } else if (argument == u"--") {
            onlyPositional = true;
        } else {
            options.append(argument);
            // The option's value is the next argument whatever it looks like (--ttl -5 is an error
            // for the TTL parser to report, not an unknown option).
            if (valueOptions.contains(bareOptionName(argument)) && i + 1 < raw.size()) {
                ++i;
                options.append(decodeArgument(raw.at(i), i));
            }
        }
    }
    return QStringList{raw.isEmpty() ? QString() : QString::fromLocal8Bit(raw.first())} + options
        + QStringList{QStringLiteral("--")} + positional;
}

} // namespace cashews::cli
