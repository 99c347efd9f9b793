#pragma once

#include "picklereader.h"

#include <QByteArrayView>
#include <QVariant>

namespace cashews {

// A JSON text reader into the value model of <cashews/pytypes.h>, as Python's json.loads:
// integers of any size (qlonglong or BigInt), floats as double (NaN, Infinity, -Infinity
// accepted), objects as cashews::Dict with string keys in document order (a repeated key
// keeps its last value). QJsonDocument cannot be used: it turns big integers into doubles.
class JsonReader
{
public:
    // Deepest nesting accepted; deeper documents are rejected rather than recursed into. Any
    // value the pickle reader accepts prints as typed JSON and reads back: one pickle level
    // takes up to three JSON levels ({"$dict": [[key, value]]}). At 512, a pickle nested 200
    // deep printed but did not read back (found by fuzz_pickle).
    static constexpr int MaxDepth = 3 * PickleReader::MaxDepth + 16;

    // Parses one JSON document (surrounding whitespace allowed). Throws ValueError naming the
    // byte position and what was expected there.
    static QVariant parse(QByteArrayView text);

private:
    explicit JsonReader(QByteArrayView text) : m_text(text) {}

    QVariant readValue(int depth);
    QVariant readNumber();
    QString readString();
    QVariantList readArray(int depth);
    QVariant readObject(int depth);
    void skipWhitespace();
    bool consume(QByteArrayView literal);
    [[noreturn]] void fail(const QString &what) const;

    QByteArrayView m_text;
    qsizetype m_pos = 0;
};

} // namespace cashews
