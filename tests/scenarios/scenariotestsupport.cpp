#include "scenariotestsupport.h"

#include "corotest.h"

#include <QFile>
#include <QTimer>

namespace cashews::test {

QString writeScript(const QTemporaryDir &dir, const QString &name, const QString &source)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    file.write(source.toUtf8());
    return path;
}

QString scenarioStoreUrl()
{
    const QByteArray urlFile = qgetenv("CASHEWS_REDIS_URL_FILE");
    if (urlFile.isEmpty())
        return QStringLiteral("mem://");
    QFile file(QString::fromLocal8Bit(urlFile));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", urlFile.constData());
    return QString::fromUtf8(file.readAll()).trimmed();
}

bool runScenario(const QString &path, const QString &url, scenarios::RunResult &result, int stopAfterMs)
{
    bool ok = false;
    auto body = [](QString file, QString store, scenarios::RunResult *out, int stopMs, bool *done) -> QCoro::Task<> {
        scenarios::ScenarioRunner::Options options;
        options.storeUrl = store;
        scenarios::ScenarioRunner runner(file, options);
        QObject timerContext; // dies before the runner: a late timer cannot reach it
        if (stopMs >= 0)
            QTimer::singleShot(stopMs, &timerContext, [&runner] { runner.stop(); });
        *out = co_await runner.run();
        *done = true;
    };
    if (!runCoro(body(path, url, &result, stopAfterMs, &ok), std::chrono::seconds(60), __FILE__, __LINE__))
        return false;
    return ok;
}

} // namespace cashews::test
