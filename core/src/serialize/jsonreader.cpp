#include "jsonreader.h"

#include "pyformat.h"

#include <cashews/errors.h>
#include <cashews/pytypes.h>
#include <cashews/value.h>

#include <limits>

namespace cashews {

QVariant JsonReader::parse(QByteArrayView text)
{
    JsonReader reader(text);
    reader.skipWhitespace();
    QVariant value = reader.readValue(0);
    reader.skipWhitespace();
    if (reader.m_pos != text.size())
        reader.fail(QStringLiteral("extra data after the JSON value"));
    return value;
}

void JsonReader::fail(const QString &what) const
{
    throw ValueError(QStringLiteral("invalid JSON at position %1: %2").arg(m_pos).arg(what));
}

void JsonReader::skipWhitespace()
{
    while (m_pos < m_text.size()) {
        const char c = m_text.at(m_pos);
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            return;
        ++m_pos;
    }
}

bool JsonReader::consume(QByteArrayView literal)
{
    if (m_text.sliced(m_pos).startsWith(literal)) {
        m_pos += literal.size();
        return true;
    }
    return false;
}

QVariant JsonReader::readValue(int depth)
{
    if (depth > MaxDepth)
        fail(QStringLiteral("nested deeper than %1 levels").arg(MaxDepth));
    if (m_pos >= m_text.size())
        fail(QStringLiteral("expected a value, found the end of the text"));
    switch (m_text.at(m_pos)) {
    case '{':
        return readObject(depth);
    case '[':
        return readArray(depth);
    case '"':
        return readString();
    default:
        break;
    }
    if (consume("null"))
        return none();
    if (consume("true"))
        return true;
    if (consume("false"))
        return false;
    // Python's json module reads these non-standard constants (and writes them for inf/nan).
    if (consume("NaN"))
        return std::numeric_limits<double>::quiet_NaN();
    if (consume("Infinity"))
        return std::numeric_limits<double>::infinity();
    if (consume("-Infinity"))
        return -std::numeric_limits<double>::infinity();
    return readNumber();
}

QVariant JsonReader::readNumber()
{
    const qsizetype start = m_pos;
    auto digits = [this] {
        const qsizetype from = m_pos;
        while (m_pos < m_text.size() && m_text.at(m_pos) >= '0' && m_text.at(m_pos) <= '9')
            ++m_pos;
        return m_pos - from;
    };
    if (m_pos < m_text.size() && m_text.at(m_pos) == '-')
        ++m_pos;
    const qsizetype intStart = m_pos;
    const qsizetype intDigits = digits();
    if (intDigits == 0) {
        m_pos = start;
        fail(QStringLiteral("expected a value"));
    }
    if (intDigits > 1 && m_text.at(intStart) == '0') {
        m_pos = intStart;
        fail(QStringLiteral("a number must not have leading zeros"));
    }
    bool isFloat = false;
    if (m_pos < m_text.size() && m_text.at(m_pos) == '.') {
        ++m_pos;
        if (digits() == 0)
            fail(QStringLiteral("expected digits after the decimal point"));
        isFloat = true;
    }
    if (m_pos < m_text.size() && (m_text.at(m_pos) == 'e' || m_text.at(m_pos) == 'E')) {
        ++m_pos;
        if (m_pos < m_text.size() && (m_text.at(m_pos) == '+' || m_text.at(m_pos) == '-'))
            ++m_pos;
        if (digits() == 0)
            fail(QStringLiteral("expected digits in the exponent"));
        isFloat = true;
    }
    const QByteArrayView number = m_text.sliced(start, m_pos - start);
    try {
        return isFloat ? QVariant(pyformat::parseFloat(number)) : BigInt::toVariant(number);
    } catch (const ValueError &error) {
        m_pos = start;
        fail(error.message());
    }
}

QString JsonReader::readString()
{
    ++m_pos; // opening quote
    QString out;
    qsizetype runStart = m_pos;
    auto flushRun = [&] {
        if (m_pos > runStart) {
            const auto decoded = pyformat::decodeUtf8(m_text.sliced(runStart, m_pos - runStart));
            if (!decoded)
                fail(QStringLiteral("invalid UTF-8 in a string"));
            out += *decoded;
        }
    };
    auto hex4 = [this]() -> char16_t {
        if (m_pos + 4 > m_text.size())
            fail(QStringLiteral("truncated \\u escape"));
        char16_t unit = 0;
        for (int i = 0; i < 4; ++i) {
            const char c = m_text.at(m_pos + i);
            unit <<= 4;
            if (c >= '0' && c <= '9')
                unit |= char16_t(c - '0');
            else if (c >= 'a' && c <= 'f')
                unit |= char16_t(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F')
                unit |= char16_t(c - 'A' + 10);
            else
                fail(QStringLiteral("invalid \\u escape"));
        }
        m_pos += 4;
        return unit;
    };
    for (;;) {
        if (m_pos >= m_text.size())
            fail(QStringLiteral("unterminated string"));
        const char c = m_text.at(m_pos);
        if (c == '"') {
            flushRun();
            ++m_pos;
            return out;
        }
        if (static_cast<unsigned char>(c) < 0x20)
            fail(QStringLiteral("control character in a string"));
        if (c != '\\') {
            ++m_pos;
            continue;
        }
        flushRun();
        ++m_pos;
        if (m_pos >= m_text.size())
            fail(QStringLiteral("unterminated escape"));
        const char e = m_text.at(m_pos++);
        switch (e) {
        case '"': out += QLatin1Char('"'); break;
        case '\\': out += QLatin1Char('\\'); break;
        case '/': out += QLatin1Char('/'); break;
        case 'b': out += QLatin1Char('\b'); break;
        case 'f': out += QLatin1Char('\f'); break;
        case 'n': out += QLatin1Char('\n'); break;
        case 'r': out += QLatin1Char('\r'); break;
        case 't': out += QLatin1Char('\t'); break;
        case 'u':
            // Lone surrogates are kept, as Python does.
            out += QChar(hex4());
            break;
        default:
            --m_pos;
            fail(QStringLiteral("invalid escape"));
        }
        runStart = m_pos;
    }
}

QVariantList JsonReader::readArray(int depth)
{
    ++m_pos;
    QVariantList items;
    skipWhitespace();
    if (consume("]"))
        return items;
    for (;;) {
        skipWhitespace();
        items.append(readValue(depth + 1));
        skipWhitespace();
        if (consume("]"))
            return items;
        if (!consume(","))
            fail(QStringLiteral("expected ',' or ']'"));
    }
}

QVariant JsonReader::readObject(int depth)
{
    ++m_pos;
    Dict dict;
    skipWhitespace();
    if (consume("}"))
        return QVariant::fromValue(dict);
    for (;;) {
        skipWhitespace();
        if (m_pos >= m_text.size() || m_text.at(m_pos) != '"')
            fail(QStringLiteral("expected a string key"));
        const QString key = readString();
        skipWhitespace();
        if (!consume(":"))
            fail(QStringLiteral("expected ':'"));
        skipWhitespace();
        dict.insert(key, readValue(depth + 1));
        skipWhitespace();
        if (consume("}"))
            return QVariant::fromValue(dict);
        if (!consume(","))
            fail(QStringLiteral("expected ',' or '}'"));
    }
}

} // namespace cashews
