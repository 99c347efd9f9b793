#pragma once

#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>

namespace cashews::scenarios {

// Reads one object of a scenario's declarations strictly: each getter names the option it
// reads, and finish() rejects every option nobody asked for, listing the known ones, so a
// misspelt name is an error rather than silently ignored. Errors are ScenarioErrors naming
// the path ("options.functions.get.ttl").
class OptionReader
{
public:
    // Throws when `value` is not an object.
    OptionReader(const QVariant &value, QString path);

    bool has(const QString &name);
    // The raw value, or `fallback` when absent.
    QVariant take(const QString &name, const QVariant &fallback = {});
    // The raw value; throws when absent.
    QVariant required(const QString &name);
    double number(const QString &name, double fallback, double min, double max);
    int integer(const QString &name, int fallback, int min, int max);
    bool boolean(const QString &name, bool fallback);
    QString string(const QString &name, const QString &fallback = {});
    // A string or a list of strings.
    QStringList strings(const QString &name);
    // A duration in milliseconds (see durationMs()).
    double duration(const QString &name, double fallbackMs);
    // "path.name", for messages about an option.
    QString pathOf(const QString &name) const;
    QString path() const { return m_path; }
    // Throws naming the first option that no getter asked for.
    void finish() const;

private:
    QVariantMap m_map;
    QString m_path;
    QStringList m_known;
};

} // namespace cashews::scenarios
