#include <cashews/scenarios/scenariolibrary.h>

#include <cashews/scenarios/scenarioerrors.h>
#include <cashews/scenarios/scenarioscript.h>

#include <QDir>
#include <QFileInfo>

namespace cashews::scenarios {

QStringList ScenarioLibrary::names()
{
    QStringList out;
    for (const QString &file : QDir(QStringLiteral(":/scenarios")).entryList({QStringLiteral("*.js")}, QDir::Files, QDir::Name))
        out.append(QFileInfo(file).completeBaseName());
    return out;
}

QString ScenarioLibrary::path(const QString &name)
{
    if (!names().contains(name))
        throw ScenarioError(QStringLiteral("no built-in scenario '%1' (built-ins: %2)").arg(name, names().join(QStringLiteral(", "))));
    return QStringLiteral(":/scenarios/%1.js").arg(name);
}

QString ScenarioLibrary::description(const QString &name)
{
    QStringList lines;
    for (const QString &line : ScenarioScript::readSource(path(name)).split(QLatin1Char('\n'))) {
        if (!line.startsWith(u"//"))
            break;
        lines.append(line.mid(2).trimmed());
    }
    return lines.join(QLatin1Char('\n'));
}

QString ScenarioLibrary::resolve(const QString &argument)
{
    if (argument.startsWith(u"builtin:"))
        return path(argument.mid(8));
    if (!QFileInfo::exists(argument) && names().contains(argument))
        return path(argument);
    return argument;
}

} // namespace cashews::scenarios
