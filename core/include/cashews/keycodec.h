#pragma once

#include <QByteArray>
#include <QString>

namespace cashews {

// Keys are QStrings everywhere in the API. Stores hold bytes, and a Redis key need not be
// UTF-8. Like Python's "surrogateescape", bytes that are not valid UTF-8 map to the lone
// surrogates U+DC80..U+DCFF, so every byte string survives the trip bytes -> QString -> bytes.
QString keyFromBytes(const QByteArray &bytes);
QByteArray keyToBytes(const QString &key);
// A printable form for display: escaped bytes as \xNN, control characters escaped too.
QString displayKey(const QString &key);
// The inverse of displayKey() for typed-in keys: \xNN is the byte NN and \\ a backslash; any
// other backslash stays as it is (so glob escapes like \* pass). Throws ValueError naming a \x
// not followed by two hex digits.
QString keyFromDisplay(const QString &text);

} // namespace cashews
