#include "backendurl.h"

#include <QFile>

namespace cashews::test {

QString redisFixtureUrl()
{
    QFile file(qEnvironmentVariable("CASHEWS_REDIS_URL_FILE"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).trimmed();
}

QString backendUrl(const char *variable, const QString &fallback)
{
    QString url = qEnvironmentVariable(variable, fallback);
    if (!url.contains(QStringLiteral("{redis}")))
        return url;
    const QString redis = redisFixtureUrl();
    if (redis.isEmpty())
        return {};
    return url.replace(QStringLiteral("{redis}"), redis);
}

} // namespace cashews::test
