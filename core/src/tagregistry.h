#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace cashews {

// Which tags a key carries (cashews' register_tag / get_key_tags): each tag template is
// registered against key templates, compiled into anchored regexes whose fields capture the
// values that render the tag again from a key alone (used to clean tag sets on delete).
class TagRegistry
{
public:
    // Registers `tag` (a template such as "user:{user_id}") for keys of `keyTemplate`.
    // Throws ValueError when the tag uses a field that `keyTemplate` does not have.
    void add(const QString &tag, const QString &keyTemplate);
    // The rendered tags whose key templates fully match `key` (no duplicates).
    QStringList tagsOf(const QString &key) const;
    bool isEmpty() const { return m_entries.isEmpty(); }

private:
    struct Entry
    {
        QString tag;
        QString keyTemplate;
        QRegularExpression pattern;
    };
    QList<Entry> m_entries;
};

} // namespace cashews
