#include <cashews/errors.h>
#include <cashews/keycontext.h>
#include <cashews/keyformatter.h>
#include <cashews/keytemplate.h>

#include <algorithm>
#include <vector>

namespace cashews {

namespace {

constexpr int ContextIndex = -1; // the `@` root

struct Segment
{
    QString literal;       // text, when paramIndex is unused
    bool isField = false;
    int paramIndex = 0;    // position of the root parameter or ContextIndex
    QStringList path;      // member names after the root
    QString function;      // format function, empty for none
    QStringList arguments; // its arguments
};

WrongKeyError badField(const QString &field, const QString &text, const QString &why)
{
    return WrongKeyError(QStringLiteral("%1 '%2' in the key '%3'").arg(why, field, text));
}

Segment parseField(const QString &field, const QString &text, const QStringList &params)
{
    Segment s;
    s.isField = true;
    const qsizetype colon = field.indexOf(QLatin1Char(':'));
    const QString expr = colon < 0 ? field : field.left(colon);
    qsizetype i = 0;
    while (i < expr.size() && expr.at(i) != QLatin1Char('.') && expr.at(i) != QLatin1Char('['))
        ++i;
    const QString root = expr.left(i).trimmed();
    if (root == QLatin1String("@")) {
        s.paramIndex = ContextIndex;
    } else {
        s.paramIndex = static_cast<int>(params.indexOf(root));
        // Same message as cashews' get_cache_key_template.
        if (root.isEmpty() || s.paramIndex < 0)
            throw badField(root, text, QStringLiteral("Wrong parameter placeholder"));
    }
    while (i < expr.size()) {
        if (expr.at(i) == QLatin1Char('.')) {
            qsizetype j = i + 1;
            while (j < expr.size() && expr.at(j) != QLatin1Char('.') && expr.at(j) != QLatin1Char('['))
                ++j;
            s.path.append(expr.mid(i + 1, j - i - 1));
            i = j;
        } else {
            const qsizetype close = expr.indexOf(QLatin1Char(']'), i);
            if (close < 0)
                throw badField(field, text, QStringLiteral("Unclosed '[' in the field"));
            s.path.append(expr.mid(i + 1, close - i - 1));
            i = close + 1;
        }
        if (s.path.constLast().isEmpty())
            throw badField(field, text, QStringLiteral("Empty member name in the field"));
    }
    if (colon >= 0) {
        const QString spec = field.mid(colon + 1).trimmed();
        const qsizetype open = spec.indexOf(QLatin1Char('('));
        if (open < 0) {
            s.function = spec;
        } else {
            if (!spec.endsWith(QLatin1Char(')')))
                throw badField(field, text, QStringLiteral("Unclosed '(' in the field"));
            s.function = spec.left(open).trimmed();
            const QString args = spec.mid(open + 1, spec.size() - open - 2);
            if (!args.trimmed().isEmpty())
                s.arguments = args.split(QLatin1Char(','));
        }
        // Deliberate fix: cashews silently ignores unknown format functions, which makes a typo
        // produce colliding keys; we reject them when the function is wrapped.
        if (!KeyFormatter::hasFunction(s.function))
            throw badField(s.function, text, QStringLiteral("Unknown format function"));
    }
    return s;
}

} // namespace

struct KeyTemplate::Data
{
    QString text;
    std::vector<Segment> segments;
    bool usesContext = false;
    int maxParamIndex = -1; // the highest parameter position a field reads
};

KeyTemplate::KeyTemplate()
    : m_data(std::make_shared<Data>())
{
}

KeyTemplate::KeyTemplate(const QString &text, const QStringList &params)
{
    auto data = std::make_shared<Data>();
    data->text = text;
    QString literal;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('{') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('{')) {
            literal.append(c);
            ++i;
        } else if (c == QLatin1Char('}') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('}')) {
            literal.append(c);
            ++i;
        } else if (c == QLatin1Char('{')) {
            const qsizetype close = text.indexOf(QLatin1Char('}'), i);
            if (close < 0)
                throw WrongKeyError(QStringLiteral("Unclosed '{' at position %1 in the key '%2'").arg(i).arg(text));
            if (!literal.isEmpty()) {
                Segment s;
                s.literal = literal;
                data->segments.push_back(std::move(s));
                literal.clear();
            }
            Segment field = parseField(text.mid(i + 1, close - i - 1), text, params);
            data->usesContext = data->usesContext || field.paramIndex == ContextIndex;
            data->maxParamIndex = std::max(data->maxParamIndex, field.paramIndex);
            data->segments.push_back(std::move(field));
            i = close;
        } else if (c == QLatin1Char('}')) {
            throw WrongKeyError(QStringLiteral("Single '}' at position %1 in the key '%2'").arg(i).arg(text));
        } else {
            literal.append(c);
        }
    }
    if (!literal.isEmpty()) {
        Segment s;
        s.literal = literal;
        data->segments.push_back(std::move(s));
    }
    m_data = std::move(data);
}

QString KeyTemplate::defaultTemplate(const QString &name, const QStringList &params)
{
    QString text = name;
    for (const QString &p : params)
        text += QLatin1Char(':') + p + QStringLiteral(":{") + p + QLatin1Char('}');
    return text;
}

QString KeyTemplate::text() const
{
    return m_data->text;
}

bool KeyTemplate::isConstant() const
{
    return std::none_of(m_data->segments.cbegin(), m_data->segments.cend(), [](const Segment &s) { return s.isField; });
}

QString KeyTemplate::render(std::span<const QVariant> args) const
{
    const auto count = static_cast<qsizetype>(args.size());
    if (count <= m_data->maxParamIndex)
        throw ValueError(QStringLiteral("The key '%1' needs %2 arguments, got %3").arg(m_data->text).arg(m_data->maxParamIndex + 1).arg(count));
    const QVariantMap context = m_data->usesContext ? KeyContext::current() : QVariantMap();
    QString key;
    key.reserve(m_data->text.size() + 16);
    for (const Segment &s : m_data->segments) {
        if (!s.isField) {
            key += s.literal;
            continue;
        }
        if (s.path.isEmpty() && s.function.isEmpty() && s.paramIndex != ContextIndex) {
            KeyFormatter::appendTo(key, args[s.paramIndex]); // the common {param}: no copies
            continue;
        }
        QVariant value = s.paramIndex == ContextIndex ? QVariant(context) : args[s.paramIndex];
        for (const QString &name : s.path)
            value = KeyFormatter::member(value, name);
        key += s.function.isEmpty() ? KeyFormatter::render(value) : KeyFormatter::apply(s.function, value, s.arguments);
    }
    return key;
}

} // namespace cashews
