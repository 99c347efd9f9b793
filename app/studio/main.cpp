// cashews-studio: opens the stores given on the command line (default: an embedded mem://
// store seeded with demo data) in the Cashews Studio main window.
#include "connections/connection.h"
#include "window/mainwindow.h"
#include "window/screenshotter.h"

#include <cashews/version.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QSize>
#include <QTranslator>

#include <cstdio>
#include <memory>

namespace {

void describeCommandLine(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QApplication::translate("main", "Cashews Studio: browse and manage cashews caches."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("url"),
                                 QApplication::translate("main", "Stores to open (mem://, disk:///ABSOLUTE/DIR or disk://?directory=DIR, redis://, rediss://, unix://). "
                                                                 "Default: mem:// with demo data."),
                                 QStringLiteral("[url...]"));
    parser.addOptions({
        QCommandLineOption(QStringLiteral("option"),
                           QApplication::translate("main", "A setup option for every URL, e.g. secret=s3cret or pickle_type=json."),
                           QStringLiteral("name=value")),
        QCommandLineOption(QStringLiteral("read-only"), QApplication::translate("main", "Open the stores read-only.")),
        QCommandLineOption(QStringLiteral("demo"), QApplication::translate("main", "Seed mem:// stores with demo data.")),
        QCommandLineOption(QStringLiteral("screenshots"),
                           QApplication::translate("main", "Save a screenshot of every view into DIR, then quit."),
                           QStringLiteral("DIR")),
        QCommandLineOption(QStringLiteral("window-size"),
                           QApplication::translate("main", "Open the window at this size, e.g. 1024x700."),
                           QStringLiteral("WxH")),
    });
}

// Whether the command line asks for --help or --version. Those must work without a display,
// which QApplication cannot start without, so they are answered on a QCoreApplication.
bool asksForHelpOrVersion(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    QCommandLineParser parser;
    describeCommandLine(parser);
    parser.parse(arguments); // errors are reported by process() below
    return parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all"))
        || parser.isSet(QStringLiteral("version"));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setApplicationName(QStringLiteral("cashews-studio"));
    QCoreApplication::setOrganizationName(QStringLiteral("Cashews"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CASHEWS_VERSION_STRING));
    const std::unique_ptr<QCoreApplication> app = asksForHelpOrVersion(argc, argv)
        ? std::make_unique<QCoreApplication>(argc, argv)
        : std::make_unique<QApplication>(argc, argv);

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    // English (cashews_en: plural forms only) when the locale has no translation.
    if (translator.load(QLocale(), QStringLiteral("cashews"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || translator.load(QStringLiteral("cashews_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    QCommandLineParser parser;
    describeCommandLine(parser);
    // Answers --help and --version and ends the process, as it does for a bad command line, so
    // beyond this point `app` is the QApplication.
    parser.process(*app);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/cashews.svg")));

    QVariantMap options;
    for (const QString &pair : parser.values(QStringLiteral("option"))) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            std::fprintf(stderr, "%s\n", qPrintable(QApplication::translate("main", "--option needs name=value, got \"%1\"").arg(pair)));
            return 2;
        }
        options.insert(pair.left(eq), pair.mid(eq + 1));
    }

    QStringList urls = parser.positionalArguments();
    const bool defaultDemo = urls.isEmpty();
    if (defaultDemo)
        urls << QStringLiteral("mem://");

    QSize windowSize;
    if (parser.isSet(QStringLiteral("window-size"))) {
        static const QRegularExpression form(QStringLiteral("^(\\d{3,5})x(\\d{3,5})$"));
        const QString value = parser.value(QStringLiteral("window-size"));
        const QRegularExpressionMatch size = form.match(value);
        if (!size.hasMatch()) {
            std::fprintf(stderr, "%s\n", qPrintable(QApplication::translate("main", "--window-size needs WIDTHxHEIGHT, got \"%1\"").arg(value)));
            return 2;
        }
        windowSize = QSize(size.captured(1).toInt(), size.captured(2).toInt());
    }

    cashews::MainWindow window;
    cashews::Screenshotter *shooter = nullptr;
    if (parser.isSet(QStringLiteral("screenshots")))
        shooter = new cashews::Screenshotter(&window, parser.value(QStringLiteral("screenshots")));
    else
        window.restoreSettings(); // screenshots keep the default size whatever was saved
    if (windowSize.isValid())
        window.resize(windowSize);
    window.show();
    int opened = 0;
    for (const QString &url : urls) {
        cashews::ConnectionConfig config;
        config.name = url == QLatin1StringView("mem://") && defaultDemo ? QApplication::translate("main", "Demo (mem://)") : url;
        config.url = url;
        config.options = options;
        config.readOnly = parser.isSet(QStringLiteral("read-only"));
        config.demo = url.startsWith(QLatin1StringView("mem://")) && (defaultDemo || parser.isSet(QStringLiteral("demo")));
        if (window.openConnection(config))
            ++opened;
    }
    if (opened == 0 && shooter) {
        std::fprintf(stderr, "%s\n", qPrintable(QApplication::translate("main", "No store could be opened.")));
        return 1;
    }
    return QApplication::exec();
}
