#include "benchsupport.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace cashews::bench {

void report(const QString &name, double opsPerSecond, const QVariantMap &extra)
{
    QJsonObject object = QJsonObject::fromVariantMap(extra);
    object.insert(QStringLiteral("name"), name);
    object.insert(QStringLiteral("ops_per_s"), qRound64(opsPerSecond));
    std::printf("%s\n", QJsonDocument(object).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

double measure(const std::function<void(qint64)> &body, double minSeconds)
{
    qint64 iterations = 1000;
    for (;;) {
        QElapsedTimer timer;
        timer.start();
        body(iterations);
        const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
        if (seconds >= minSeconds)
            return static_cast<double>(iterations) / seconds;
        iterations *= seconds > 0.01 ? qMax<qint64>(2, qint64(minSeconds / seconds) + 1) : 10;
    }
}

} // namespace cashews::bench
