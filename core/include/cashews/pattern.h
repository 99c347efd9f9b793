#pragma once

#include <QString>
#include <QStringView>

namespace cashews {

// A Redis-style glob: `*`, `?`, `[a-c]`, `[^x]` / `[!x]`, and `\` escapes.
// Every backend matches keys with it, so patterns mean the same on memory, disk and Redis
// (cashews' memory and disk backends turn patterns into regexes instead; we don't).
class GlobPattern
{
public:
    explicit GlobPattern(QString pattern = QStringLiteral("*"));

    // Whether the whole of `text` matches the pattern.
    bool matches(QStringView text) const;
    // The literal text before the first special character (lets backends narrow a range scan).
    QString literalPrefix() const;
    // Whether the pattern is plain text (no special characters): a single-key match.
    bool isLiteral() const;
    QString pattern() const { return m_pattern; }

private:
    QString m_pattern;
    bool m_matchAll;
};

} // namespace cashews
