// cashews-studio: opens the stores given on the command line (default: an embedded mem://
// store seeded with demo data) in the Cashews Studio main window.
#include "connections/connection.h"
#include "window/mainwindow.h"
#include "window/screenshotter.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("cashews-studio"));
    QApplication::setOrganizationName(QStringLiteral("Cashews"));
    QApplication::setApplicationVersion(QStringLiteral(CASHEWS_STUDIO_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/cashews.svg")));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    // English (cashews_en: plural forms only) when the locale has no translation.
    if (translator.load(QLocale(), QStringLiteral("cashews"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || translator.load(QStringLiteral("cashews_en"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Cashews Studio: browse and manage cashews caches."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("url"),
                                 QApplication::translate("main", "Stores to open (mem://, disk://DIR, redis://, rediss://, unix://). "
                                                                 "Default: mem:// with demo data."),
                                 QStringLiteral("[url...]"));
    const QCommandLineOption option(QStringLiteral("option"),
                                    QApplication::translate("main", "A setup option for every URL, e.g. secret=s3cret or pickle_type=json."),
                                    QStringLiteral("name=value"));
    const QCommandLineOption readOnly(QStringLiteral("read-only"), QApplication::translate("main", "Open the stores read-only."));
    const QCommandLineOption demo(QStringLiteral("demo"), QApplication::translate("main", "Seed mem:// stores with demo data."));
    const QCommandLineOption screenshots(QStringLiteral("screenshots"),
                                         QApplication::translate("main", "Save a screenshot of every view into DIR, then quit."),
                                         QStringLiteral("DIR"));
    parser.addOptions({option, readOnly, demo, screenshots});
    parser.process(app);

    QVariantMap options;
    for (const QString &pair : parser.values(option)) {
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

    cashews::MainWindow window;
    cashews::Screenshotter *shooter = nullptr;
    if (parser.isSet(screenshots))
        shooter = new cashews::Screenshotter(&window, parser.value(screenshots));
    else
        window.restoreSettings(); // screenshots keep the default size whatever was saved
    window.show();
    int opened = 0;
    for (const QString &url : urls) {
        cashews::ConnectionConfig config;
        config.name = url == QLatin1StringView("mem://") && defaultDemo ? QApplication::translate("main", "Demo (mem://)") : url;
        config.url = url;
        config.options = options;
        config.readOnly = parser.isSet(readOnly);
        config.demo = url.startsWith(QLatin1StringView("mem://")) && (defaultDemo || parser.isSet(demo));
        if (window.openConnection(config))
            ++opened;
    }
    if (opened == 0 && shooter) {
        std::fprintf(stderr, "%s\n", qPrintable(QApplication::translate("main", "No store could be opened.")));
        return 1;
    }
    return QApplication::exec();
}
