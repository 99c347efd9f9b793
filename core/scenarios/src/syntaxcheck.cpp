#include <cashews/scenarios/syntaxcheck.h>

#include <QHash>

namespace cashews::scenarios {

namespace {

bool isIdentStart(QChar c)
{
    return c.isLetter() || c == u'_' || c == u'$';
}

bool isIdentPart(QChar c)
{
    return isIdentStart(c) || c.isDigit();
}

// Identifiers that are unsupported wherever they appear as a word.
const QHash<QString, QString> &unsupportedWords()
{
    static const QHash<QString, QString> words{
        {QStringLiteral("await"), QStringLiteral("'await' is not supported by this JavaScript engine (Qt 6.4): write the flow as a "
                                                 "generator, function* (ctx) { const r = yield ctx.call(...) }")},
        {QStringLiteral("setTimeout"), QStringLiteral("setTimeout does not exist here: use 'yield ctx.sleep(ms)' in a flow")},
        {QStringLiteral("setInterval"), QStringLiteral("setInterval does not exist here: use a timeline action or 'yield ctx.sleep(ms)'")},
        {QStringLiteral("queueMicrotask"), QStringLiteral("queueMicrotask does not exist here (no host timers or microtask queue)")},
        {QStringLiteral("allSettled"), QStringLiteral("Promise.allSettled is not supported by this engine (Qt 6.4): use Promise.all")},
        {QStringLiteral("BigInt"), QStringLiteral("BigInt is not supported by this engine (Qt 6.4)")},
    };
    return words;
}

class Scanner
{
public:
    explicit Scanner(const QString &source) : s(source) {}

    QList<SyntaxCheck::Finding> run()
    {
        while (i < s.size()) {
            const QChar c = s.at(i);
            if (c == u'\n') {
                newline();
                ++i;
            } else if (c == u'/' && peek(1) == u'/') {
                while (i < s.size() && s.at(i) != u'\n')
                    ++i;
            } else if (c == u'/' && peek(1) == u'*') {
                skipBlockComment();
            } else if (c == u'"' || c == u'\'') {
                skipString(c);
            } else if (c == u'`') {
                skipTemplate();
            } else if (c == u'/' && regexAllowed()) {
                skipRegex();
            } else if (isIdentStart(c)) {
                word();
            } else if (c.isDigit()) {
                while (i < s.size() && (isIdentPart(s.at(i)) || s.at(i) == u'.'))
                    ++i;
                lastSignificant = u'0';
            } else {
                punctuation(c);
            }
        }
        return findings;
    }

private:
    QChar peek(qsizetype ahead) const { return i + ahead < s.size() ? s.at(i + ahead) : QChar(); }
    void newline()
    {
        ++line;
        lineStart = i + 1;
    }
    void report(qsizetype at, const QString &message)
    {
        findings.append({line, static_cast<int>(at - lineStart + 1), message});
    }
    // Skips spaces and comments without losing line counts; returns the next significant char.
    QChar nextSignificant(qsizetype from) const
    {
        qsizetype j = from;
        while (j < s.size() && s.at(j).isSpace())
            ++j;
        return j < s.size() ? s.at(j) : QChar();
    }
    bool regexAllowed() const
    {
        // A '/' after a value is a division, anywhere else it starts a regular expression.
        return !(isIdentPart(lastSignificant) || lastSignificant == u')' || lastSignificant == u']' || lastSignificant == u'}')
               || lastWordIsKeyword;
    }
    void skipBlockComment()
    {
        i += 2;
        while (i < s.size() && !(s.at(i) == u'*' && peek(1) == u'/')) {
            if (s.at(i) == u'\n')
                newline();
            ++i;
        }
        i += 2;
    }
    void skipString(QChar quote)
    {
        ++i;
        while (i < s.size() && s.at(i) != quote && s.at(i) != u'\n') {
            if (s.at(i) == u'\\')
                ++i;
            ++i;
        }
        ++i;
        lastSignificant = u'"';
    }
    void skipTemplate()
    {
        ++i;
        while (i < s.size() && s.at(i) != u'`') {
            if (s.at(i) == u'\\') {
                ++i;
            } else if (s.at(i) == u'\n') {
                newline();
            } else if (s.at(i) == u'$' && peek(1) == u'{') {
                // A substitution is skipped up to its matching brace (expressions there are rare in scenarios).
                i += 2;
                int depth = 1;
                while (i < s.size() && depth > 0) {
                    const QChar c = s.at(i);
                    if (c == u'{')
                        ++depth;
                    else if (c == u'}')
                        --depth;
                    else if (c == u'\n')
                        newline();
                    if (depth > 0)
                        ++i;
                }
            }
            ++i;
        }
        ++i;
        lastSignificant = u'"';
    }
    void skipRegex()
    {
        ++i;
        bool inClass = false;
        while (i < s.size() && s.at(i) != u'\n') {
            const QChar c = s.at(i);
            if (c == u'\\')
                ++i;
            else if (c == u'[')
                inClass = true;
            else if (c == u']')
                inClass = false;
            else if (c == u'/' && !inClass)
                break;
            ++i;
        }
        ++i;
        while (i < s.size() && isIdentPart(s.at(i)))
            ++i;
        lastSignificant = u'"';
    }
    void word()
    {
        const qsizetype start = i;
        while (i < s.size() && isIdentPart(s.at(i)))
            ++i;
        const QString w = s.mid(start, i - start);
        const bool afterDot = lastSignificant == u'.';
        const QChar next = nextSignificant(i);
        if (!afterDot && w == u"async") {
            const QString rest = s.mid(i, 40).trimmed();
            if (rest.startsWith(u"function") || next == u'(' || (next.isLetter() && rest.contains(u"=>")))
                report(start, QStringLiteral("'async' functions are not supported by this JavaScript engine (Qt 6.4): write the "
                                             "flow as a generator, function* (ctx) { const r = yield ctx.call(...) }"));
        } else if (afterDot && w == u"finally") {
            report(start, QStringLiteral("Promise.prototype.finally is not supported by this engine (Qt 6.4): use .then(f, f)"));
        } else if (afterDot && w == u"any" && previousWord == u"Promise") {
            report(start, QStringLiteral("Promise.any is not supported by this engine (Qt 6.4)"));
        } else if (w == u"import" && next == u'(') {
            report(start, QStringLiteral("dynamic import() is not supported: use a static import at the top of the module"));
        } else if (w == u"catch" && next == u'{') {
            report(start, QStringLiteral("'catch' without a binding is not supported by this engine (Qt 6.4): write catch (e) { ... }"));
        } else if (!afterDot) {
            if (const auto it = unsupportedWords().constFind(w); it != unsupportedWords().cend())
                report(start, *it);
        }
        static const QStringList keywords{QStringLiteral("return"), QStringLiteral("typeof"), QStringLiteral("case"),
                                          QStringLiteral("in"), QStringLiteral("of"), QStringLiteral("yield"),
                                          QStringLiteral("delete"), QStringLiteral("void"), QStringLiteral("new")};
        lastWordIsKeyword = keywords.contains(w);
        previousWord = w;
        lastSignificant = u'a';
    }
    void punctuation(QChar c)
    {
        if (c == u'.' && peek(1) == u'.' && peek(2) == u'.') {
            // Spread/rest is fine in arrays and calls; inside braces it is an object spread or rest.
            if (!brackets.isEmpty() && brackets.last() == u'{' && (lastSignificant == u'{' || lastSignificant == u','))
                report(i, QStringLiteral("object spread/rest ({...o}) is not supported by this engine (Qt 6.4): use "
                                         "Object.assign({}, o)"));
            i += 3;
            lastSignificant = u'.';
            return;
        }
        if (c == u'{' || c == u'(' || c == u'[') {
            // A block body (function, if, ...) is braces too; a spread at its start would be a
            // syntax error anyway, so treating every brace alike is safe.
            brackets.append(c);
        } else if ((c == u'}' || c == u')' || c == u']') && !brackets.isEmpty()) {
            brackets.removeLast();
        }
        if (!c.isSpace()) {
            lastSignificant = c;
            lastWordIsKeyword = false;
        }
        ++i;
    }

    const QString &s;
    qsizetype i = 0;
    int line = 1;
    qsizetype lineStart = 0;
    QChar lastSignificant = u';';
    bool lastWordIsKeyword = false;
    QString previousWord;
    QList<QChar> brackets;
    QList<SyntaxCheck::Finding> findings;
};

} // namespace

QList<SyntaxCheck::Finding> SyntaxCheck::scan(const QString &source)
{
    return Scanner(source).run();
}

} // namespace cashews::scenarios
