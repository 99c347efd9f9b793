#include <cashews/pattern.h>

namespace cashews {

namespace {

bool isSpecial(QChar c)
{
    return c == u'*' || c == u'?' || c == u'[' || c == u'\\';
}

// Matches one bracket class starting after '[' at pattern[pos]; returns the index just after
// the class and sets `matched`. Follows Redis' stringmatchlen: '^' negates, 'a-c' ranges
// (reversed ranges are swapped), '\' escapes, an unterminated class runs to the end.
qsizetype matchClass(QStringView pattern, qsizetype pos, QChar c, bool &matched)
{
    const qsizetype n = pattern.size();
    bool negate = false;
    if (pos < n && pattern[pos] == u'^') {
        negate = true;
        ++pos;
    }
    bool found = false;
    while (pos < n && pattern[pos] != u']') {
        if (pattern[pos] == u'\\' && pos + 1 < n) {
            ++pos;
            if (pattern[pos] == c)
                found = true;
            ++pos;
        } else if (pos + 2 < n && pattern[pos + 1] == u'-' && pattern[pos + 2] != u']') {
            QChar lo = pattern[pos];
            QChar hi = pattern[pos + 2];
            if (lo > hi)
                std::swap(lo, hi);
            if (c >= lo && c <= hi)
                found = true;
            pos += 3;
        } else {
            if (pattern[pos] == c)
                found = true;
            ++pos;
        }
    }
    if (pos < n)
        ++pos; // the closing ']'
    matched = negate ? !found : found;
    return pos;
}

} // namespace

GlobPattern::GlobPattern(QString pattern)
    : m_pattern(std::move(pattern))
    , m_matchAll(m_pattern == QStringLiteral("*"))
{
}

bool GlobPattern::matches(QStringView text) const
{
    if (m_matchAll)
        return true;
    const QStringView p(m_pattern);
    const qsizetype pn = p.size();
    const qsizetype tn = text.size();
    qsizetype pi = 0;
    qsizetype ti = 0;
    // Position after the last '*' seen and the text position it currently absorbs up to:
    // on a mismatch, let that star absorb one more character and retry (linear backtracking).
    qsizetype starP = -1;
    qsizetype starT = 0;
    while (ti < tn) {
        bool advanced = false;
        if (pi < pn) {
            const QChar pc = p[pi];
            if (pc == u'*') {
                while (pi < pn && p[pi] == u'*')
                    ++pi;
                if (pi == pn)
                    return true;
                starP = pi;
                starT = ti;
                continue;
            }
            if (pc == u'?') {
                ++pi;
                ++ti;
                advanced = true;
            } else if (pc == u'[') {
                bool matched = false;
                const qsizetype next = matchClass(p, pi + 1, text[ti], matched);
                if (matched) {
                    pi = next;
                    ++ti;
                    advanced = true;
                }
            } else {
                QChar literal = pc;
                qsizetype next = pi + 1;
                if (pc == u'\\' && pi + 1 < pn) {
                    literal = p[pi + 1];
                    next = pi + 2;
                }
                if (literal == text[ti]) {
                    pi = next;
                    ++ti;
                    advanced = true;
                }
            }
        }
        if (!advanced) {
            if (starP < 0)
                return false;
            pi = starP;
            ti = ++starT;
        }
    }
    while (pi < pn && p[pi] == u'*')
        ++pi;
    return pi == pn;
}

QString GlobPattern::literalPrefix() const
{
    QString prefix;
    for (qsizetype i = 0; i < m_pattern.size(); ++i) {
        const QChar c = m_pattern[i];
        if (c == u'\\' && i + 1 < m_pattern.size()) {
            prefix.append(m_pattern[++i]);
            continue;
        }
        if (isSpecial(c))
            break;
        prefix.append(c);
    }
    return prefix;
}

bool GlobPattern::isLiteral() const
{
    for (qsizetype i = 0; i < m_pattern.size(); ++i) {
        const QChar c = m_pattern[i];
        if (c == u'\\') {
            ++i;
            continue;
        }
        if (isSpecial(c))
            return false;
    }
    return true;
}

} // namespace cashews
