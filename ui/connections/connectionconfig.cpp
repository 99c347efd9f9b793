#include "connections/connectionconfig.h"

#include <QUrl>

namespace cashews {

QStringList ConnectionConfig::secretOptions()
{
    return {QStringLiteral("secret"), QStringLiteral("password")};
}

QStringList ConnectionConfig::knownOptions()
{
    return {QStringLiteral("secret"), QStringLiteral("digestmod"), QStringLiteral("pickle_type"),
            QStringLiteral("compress_type"), QStringLiteral("client_side")};
}

QString ConnectionConfig::urlPassword() const
{
    return QUrl(url).password();
}

QString ConnectionConfig::urlWithoutPassword() const
{
    QUrl parsed(url);
    if (parsed.password().isEmpty())
        return url;
    parsed.setPassword({});
    return parsed.toString();
}

QString ConnectionConfig::urlWithPassword(const QString &password) const
{
    if (password.isEmpty())
        return url;
    QUrl parsed(url);
    parsed.setPassword(password);
    return parsed.toString();
}

} // namespace cashews
