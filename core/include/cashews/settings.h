#pragma once

#include <cashews/ttl.h>

#include <QSet>
#include <QString>
#include <QVariantMap>

namespace cashews {

// A parsed setup URL plus keyword options, as cashews' settings_url + **kwargs.
// Query parameter names are lower-cased; keyword options override query parameters.
// Consumers take the options they understand with the typed take*() helpers, which throw
// SettingsError naming the option and the bad value; finish() rejects whatever is left,
// so a misspelt option is an error rather than silently ignored (cashews passes it on).
class Settings
{
public:
    // Throws SettingsError / BackendNotAvailableError naming the bad part of `url`.
    static Settings parse(const QString &url, const QVariantMap &options = {});

    QString url() const { return m_url; }
    // The URL with password and secret values masked, for display and logs.
    QString redactedUrl() const;
    QString scheme() const { return m_scheme; }
    QString host() const { return m_host; }
    int port(int defaultPort) const { return m_port < 0 ? defaultPort : m_port; }
    QString path() const { return m_path; }
    QString userName() const { return m_userName; }
    QString password() const { return m_password; }

    bool has(const QString &name) const { return m_options.contains(name); }
    // Typed takers: remove the option and return its value (or `fallback` when absent).
    bool takeBool(const QString &name, bool fallback);
    qint64 takeInt(const QString &name, qint64 fallback, qint64 min, qint64 max);
    double takeDouble(const QString &name, double fallback, double min, double max);
    QString takeString(const QString &name, const QString &fallback = {});
    Ttl takeTtl(const QString &name, Ttl fallback);
    QVariant takeRaw(const QString &name);
    // Throws SettingsError if an option was given that nobody took.
    void finish() const;

private:
    QString m_url;
    QString m_scheme;
    QString m_host;
    int m_port = -1;
    QString m_path;
    QString m_userName;
    QString m_password;
    QVariantMap m_options;
};

} // namespace cashews
