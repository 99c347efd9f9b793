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

} // namespace cashews
