#include <cashews/errors.h>
#include <cashews/keycodec.h>


namespace cashews {

namespace {
constexpr char16_t EscapeBase = 0xDC00; // U+DC80..U+DCFF carry the bytes 0x80..0xFF

// Length of the valid UTF-8 sequence starting at `i`, or 0 when it is not valid.
int utf8SequenceLength(const QByteArray &b, qsizetype i)
{
    const auto c0 = static_cast<uchar>(b[i]);
    int len = 0;
    char32_t min = 0;
    if (c0 < 0x80)
        return 1;
    if ((c0 & 0xE0) == 0xC0) { len = 2; min = 0x80; }
    else if ((c0 & 0xF0) == 0xE0) { len = 3; min = 0x800; }
    else if ((c0 & 0xF8) == 0xF0) { len = 4; min = 0x10000; }
    else
        return 0;
    if (i + len > b.size())
        return 0;
    char32_t cp = c0 & (0xFF >> (len + 1));
    for (int k = 1; k < len; ++k) {
        const auto ck = static_cast<uchar>(b[i + k]);
        if ((ck & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (ck & 0x3F);
    }
    // Overlong forms, surrogates and out-of-range code points are not valid UTF-8.
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return len;
}

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}
} // namespace

QString keyFromBytes(const QByteArray &bytes)
{
    QString out;
    out.reserve(bytes.size());
    qsizetype i = 0;
    while (i < bytes.size()) {
        const int len = utf8SequenceLength(bytes, i);
        if (len == 0) {
            out.append(QChar(char16_t(EscapeBase + static_cast<uchar>(bytes[i]))));
            ++i;
        } else {
            out.append(QString::fromUtf8(bytes.constData() + i, len));
            i += len;
        }
    }
    return out;
}

QByteArray keyToBytes(const QString &key)
{
    // Fast path: no escaped bytes, plain UTF-8.
    bool escaped = false;
    for (QChar c : key) {
        if (c.unicode() >= 0xDC80 && c.unicode() <= 0xDCFF) {
            escaped = true;
            break;
        }
    }
    if (!escaped)
        return key.toUtf8();
    QByteArray out;
    out.reserve(key.size());
    qsizetype start = 0;
    for (qsizetype i = 0; i < key.size(); ++i) {
        const char16_t u = key[i].unicode();
        if (u >= 0xDC80 && u <= 0xDCFF) {
            // A lone trail surrogate here is one of our escapes (a valid pair starts with a high one).
            const bool paired = i > 0 && key[i - 1].isHighSurrogate();
            if (!paired) {
                out.append(QStringView(key).mid(start, i - start).toUtf8());
                out.append(static_cast<char>(u - EscapeBase));
                start = i + 1;
            }
        }
    }
    out.append(QStringView(key).mid(start).toUtf8());
    return out;
}

QString displayKey(const QString &key)
{
    QString out;
    out.reserve(key.size());
    for (QChar c : key) {
        const char16_t u = c.unicode();
        if (u >= 0xDC80 && u <= 0xDCFF)
            out.append(QStringLiteral("\\x%1").arg(u - EscapeBase, 2, 16, QLatin1Char('0')));
        else if (u < 0x20 || u == 0x7F)
            out.append(QStringLiteral("\\x%1").arg(u, 2, 16, QLatin1Char('0')));
        else if (u == u'\\')
            out.append(QStringLiteral("\\\\"));
        else
            out.append(c);
    }
    return out;
}

QString keyFromDisplay(const QString &text)
{
    // Work on bytes, so that escaped bytes and UTF-8 around them join into one key.
    QByteArray bytes;
    bytes.reserve(text.size());
    for (qsizetype i = 0; i < text.size();) {
        const qsizetype slash = text.indexOf(u'\\', i);
        const qsizetype plainEnd = slash < 0 ? text.size() : slash;
        bytes.append(keyToBytes(text.mid(i, plainEnd - i)));
        if (slash < 0)
            break;
        const QChar next = slash + 1 < text.size() ? text.at(slash + 1) : QChar();
        if (next == u'\\') {
            bytes.append('\\');
            i = slash + 2;
        } else if (next == u'x') {
            const int high = slash + 3 < text.size() ? hexValue(text.at(slash + 2)) : -1;
            const int low = high < 0 ? -1 : hexValue(text.at(slash + 3));
            if (low < 0)
                throw ValueError(QStringLiteral("key '%1': '%2' is not an escaped byte (\\x and two hex digits)")
                                     .arg(text, text.mid(slash, 4)));
            const int byte = high * 16 + low;
            bytes.append(char(byte));
            i = slash + 4;
        } else {
            bytes.append('\\');
            i = slash + 1;
        }
    }
    return keyFromBytes(bytes);
}

} // namespace cashews
