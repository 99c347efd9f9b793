#include "tagregistry.h"

#include <cashews/errors.h>

namespace cashews {

namespace {

// The group name of a template field: its first name ("user" of "{user.uid:lower}" is not
// enough, cashews keys the whole dotted path), dots written as "__" as cashews does, since
// regex group names cannot hold dots.
QString fieldName(QStringView field)
{
    qsizetype end = field.size();
    for (const QChar stop : {QLatin1Char(':'), QLatin1Char('['), QLatin1Char('(')}) {
        const qsizetype at = field.indexOf(stop);
        if (at >= 0 && at < end)
            end = at;
    }
    QString name = field.left(end).toString();
    name.replace(QLatin1Char('.'), QStringLiteral("__"));
    name.replace(QLatin1Char('@'), QStringLiteral("_at_"));
    return name;
}

// Calls `literal(text)` and `field(name)` for the parts of a template in order; "{{" and "}}"
// are literal braces. Throws ValueError naming the template when a brace is unbalanced.
template<typename Literal, typename Field>
void walk(const QString &text, Literal literal, Field field)
{
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if ((c == QLatin1Char('{') || c == QLatin1Char('}')) && i + 1 < text.size() && text.at(i + 1) == c) {
            literal(QString(c));
            i += 2;
        } else if (c == QLatin1Char('{')) {
            const qsizetype close = text.indexOf(QLatin1Char('}'), i + 1);
            if (close < 0)
                throw ValueError(QStringLiteral("template '%1': unclosed '{'").arg(text));
            field(fieldName(QStringView(text).mid(i + 1, close - i - 1)));
            i = close + 1;
        } else {
            literal(QString(c));
            ++i;
        }
    }
}

} // namespace

void TagRegistry::add(const QString &tag, const QString &keyTemplate)
{
    for (const Entry &entry : std::as_const(m_entries)) {
        if (entry.tag == tag && entry.keyTemplate == keyTemplate)
            return;
    }
    QStringList groups;
    QString regex;
    walk(keyTemplate, [&](const QString &text) { regex += QRegularExpression::escape(text); },
         [&](const QString &name) {
             // As cashews: each field is an optional group matching ".+"; a repeated field must
             // repeat its value (a group name may appear only once).
             if (groups.contains(name)) {
                 regex += QStringLiteral("\\k<%1>").arg(name);
                 return;
             }
             regex += QStringLiteral("(?<%1>.+)?").arg(name);
             groups.append(name);
         });
    walk(tag, [](const QString &) {},
         [&](const QString &name) {
             if (!groups.contains(name))
                 throw ValueError(QStringLiteral("tag '%1' uses field '%2' that key template '%3' does not have")
                                      .arg(tag, name, keyTemplate));
         });
    QRegularExpression pattern(QRegularExpression::anchoredPattern(regex), QRegularExpression::DotMatchesEverythingOption);
    if (!pattern.isValid())
        throw ValueError(QStringLiteral("key template '%1' gives no valid pattern: %2").arg(keyTemplate, pattern.errorString()));
    m_entries.append({tag, keyTemplate, std::move(pattern)});
}

QStringList TagRegistry::tagsOf(const QString &key) const
{
    QStringList tags;
    for (const Entry &entry : m_entries) {
        const QRegularExpressionMatch match = entry.pattern.match(key);
        if (!match.hasMatch())
            continue;
        QString rendered;
        walk(entry.tag, [&](const QString &text) { rendered += text; },
             [&](const QString &name) { rendered += match.captured(name); });
        if (!tags.contains(rendered))
            tags.append(rendered);
    }
    return tags;
}

} // namespace cashews
