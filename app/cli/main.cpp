#include "cliapplication.h"
#include "scenariocommand.h"

#include <cashews/version.h>

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("cashews-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CASHEWS_VERSION_STRING));
    QList<QByteArray> arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QByteArray(argv[i]));
    if (cashews::cli::isScenarioCommand(arguments))
        return cashews::cli::runScenarioCommand(app, arguments);
    return cashews::cli::run(app, arguments);
}
