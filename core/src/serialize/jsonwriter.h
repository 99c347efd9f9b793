#pragma once

#include <QByteArray>
#include <QVariant>

namespace cashews {

// Writes values of <cashews/pytypes.h> as JSON text, in one of two styles:
// - Typed: the typed JSON of <cashews/typedjson.h> (every type kept; UTF-8 text);
// - Python: exactly what Python's json.dumps() writes (ASCII with \u escapes, ", " and ": "
//   separators, tuples as arrays, non-string keys converted), for the JSON pickler.
class JsonWriter
{
public:
    enum class Style : quint8 { Typed, Python };

    // Throws ValueError for a value the style cannot express (naming its type), e.g. bytes,
    // sets or datetimes in the Python style, as json.dumps raises TypeError.
    static QByteArray write(const QVariant &value, Style style);

private:
    explicit JsonWriter(Style style) : m_style(style) {}

    void writeValue(const QVariant &value);
    void writeString(QStringView text);
    void writeArray(const QVariantList &items);
    void writeTagged(const char *tag, const QVariant &payload);
    void writeItems(const QList<std::pair<QVariant, QVariant>> &items);
    QString pythonKey(const QVariant &key) const;

    Style m_style;
    QByteArray m_out;
};

} // namespace cashews
