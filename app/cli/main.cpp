#include "cliapplication.h"

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
    return cashews::cli::run(app, arguments);
}
