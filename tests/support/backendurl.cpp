#include "backendurl.h"

#include <QFile>

namespace cashews::test {

QString backendUrl(const char *variable, const QString &fallback)
{
    QString url = qEnvironmentVariable(variable, fallback);
    if (!url.contains(QStringLiteral("{redis}")))
        return url;
    QFile file(qEnvironmentVariable("CASHEWS_REDIS_URL_FILE"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString redis = QString::fromUtf8(file.readAll()).trimmed();
    if (redis.isEmpty())
        return {};
    return url.replace(QStringLiteral("{redis}"), redis);
}

} // namespace cashews::test
