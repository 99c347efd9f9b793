#include <cashews/errors.h>
#include <cashews/settings.h>

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

#include <cmath>

namespace cashews {

namespace {

SettingsError badOption(const QString &name, const QVariant &value, const QString &expected)
{
    return SettingsError(QStringLiteral("option '%1' has the value '%2', expected %3")
                             .arg(name, value.toString(), expected));
}

} // namespace

Settings Settings::parse(const QString &url, const QVariantMap &options)
{
    static const QRegularExpression schemeRe(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*)?://"));
    const auto schemeMatch = schemeRe.match(url);
    if (!schemeMatch.hasMatch())
        throw SettingsError(QStringLiteral("settings url '%1' has no scheme (expected e.g. mem://, redis://host:6379/0, disk://?directory=...)").arg(url));

    Settings s;
    s.m_url = url;
    s.m_scheme = schemeMatch.captured(1).toLower();
    // QUrl rejects an empty scheme; cashews reads "://" as a disabled memory store, so parse the
    // rest with a neutral scheme.
    const QString rest = url.mid(schemeMatch.capturedLength());
    const QUrl parsed(QStringLiteral("x://") + rest, QUrl::StrictMode);
    if (!parsed.isValid())
        throw SettingsError(QStringLiteral("settings url '%1' is malformed: %2").arg(url, parsed.errorString()));

    s.m_host = parsed.host();
    s.m_port = parsed.port(-1);
    if (s.m_port == 0)
        throw SettingsError(QStringLiteral("settings url '%1' has an invalid port 0").arg(url));
    s.m_path = parsed.path(QUrl::FullyDecoded);
    s.m_userName = parsed.userName(QUrl::FullyDecoded);
    s.m_password = parsed.password(QUrl::FullyDecoded);

    const QUrlQuery query(parsed);
    for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (name.isEmpty())
            throw SettingsError(QStringLiteral("settings url '%1' has a query parameter without a name").arg(url));
        s.m_options.insert(name.toLower(), value);
    }
    for (auto it = options.begin(); it != options.end(); ++it)
        s.m_options.insert(it.key().toLower(), it.value());
    return s;
}

QString Settings::redactedUrl() const
{
    static const QRegularExpression secretRe(QStringLiteral("((?:password|secret)=)[^&]*"),
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression userInfoRe(QStringLiteral("(://[^:/@]*:)[^@/]*@"));
    QString out = m_url;
    out.replace(secretRe, QStringLiteral("\\1***"));
    out.replace(userInfoRe, QStringLiteral("\\1***@"));
    return out;
}

bool Settings::takeBool(const QString &name, bool fallback)
{
    const QVariant v = takeRaw(name);
    if (!v.isValid())
        return fallback;
    if (v.metaType().id() == QMetaType::Bool)
        return v.toBool();
    const QString text = v.toString().trimmed().toLower();
    // cashews reads anything but "1"/"true" as false; a typo like "ture" is an error here.
    if (text == u"1" || text == u"true" || text == u"yes" || text == u"on")
        return true;
    if (text == u"0" || text == u"false" || text == u"no" || text == u"off")
        return false;
    throw badOption(name, v, QStringLiteral("true or false"));
}

qint64 Settings::takeInt(const QString &name, qint64 fallback, qint64 min, qint64 max)
{
    const QVariant v = takeRaw(name);
    if (!v.isValid())
        return fallback;
    bool ok = false;
    const qint64 value = v.toString().trimmed().toLongLong(&ok);
    if (!ok || value < min || value > max)
        throw badOption(name, v, QStringLiteral("an integer from %1 to %2").arg(min).arg(max));
    return value;
}

double Settings::takeDouble(const QString &name, double fallback, double min, double max)
{
    const QVariant v = takeRaw(name);
    if (!v.isValid())
        return fallback;
    bool ok = false;
    const double value = v.toString().trimmed().toDouble(&ok);
    if (!ok || std::isnan(value) || value < min || value > max)
        throw badOption(name, v, QStringLiteral("a number from %1 to %2").arg(min).arg(max));
    return value;
}

QString Settings::takeString(const QString &name, const QString &fallback)
{
    const QVariant v = takeRaw(name);
    return v.isValid() ? v.toString() : fallback;
}

Ttl Settings::takeTtl(const QString &name, Ttl fallback)
{
    const QVariant v = takeRaw(name);
    if (!v.isValid())
        return fallback;
    try {
        bool ok = false;
        const double seconds = v.toString().trimmed().toDouble(&ok);
        return ok ? Ttl(seconds) : Ttl::parse(v.toString());
    } catch (const ValueError &) {
        throw badOption(name, v, QStringLiteral("a duration (seconds or e.g. \"1m30s\")"));
    }
}

QVariant Settings::takeRaw(const QString &name)
{
    return m_options.take(name);
}

void Settings::finish() const
{
    if (m_options.isEmpty())
        return;
    throw SettingsError(QStringLiteral("unknown option%1 '%2' for %3://")
                            .arg(m_options.size() > 1 ? QStringLiteral("s") : QString(),
                                 m_options.keys().join(QStringLiteral("', '")), m_scheme));
}

} // namespace cashews
