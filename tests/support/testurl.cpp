#include "testurl.h"

#include <QFile>

namespace cashews::test {

QString testUrl(const char *variable, const QString &fallback)
{
    QString url = qEnvironmentVariable(variable, fallback);
    if (url.contains(QStringLiteral("{redis}"))) {
        QFile file(qEnvironmentVariable("CASHEWS_REDIS_URL_FILE"));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        url.replace(QStringLiteral("{redis}"), QString::fromUtf8(file.readAll()).trimmed());
    }
    return url;
}

} // namespace cashews::test
