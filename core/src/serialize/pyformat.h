#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariant>

#include <optional>

// Text forms of Python values shared by typed JSON and the JSON pickler.
namespace cashews::pyformat {

// Python's repr() of a float: shortest round-trip digits, "1e+16", "0.0001", "inf", "nan".
QByteArray floatRepr(double value);
// Parses a Python float text ("1.5", "1e+300", "inf", "-inf", "nan"); throws ValueError.
double parseFloat(QByteArrayView text);
// datetime.isoformat(): "YYYY-MM-DDTHH:MM:SS[.ffffff][+HH:MM]" (offset only when aware);
// `extraMicroseconds` are those below the millisecond (see PyDateTime).
QString isoFormat(const QDateTime &value, int extraMicroseconds = 0);
// date.isoformat(): "YYYY-MM-DD".
QString isoFormat(QDate value);
// Parses datetime.isoformat() output (also "Z") into a QDateTime, or a PyDateTime when the
// fraction is finer than milliseconds. Throws ValueError naming the text.
QVariant parseDateTime(QStringView text);
// Parses "YYYY-MM-DD"; throws ValueError naming the text.
QDate parseDate(QStringView text);

// Whether `text` is decimal.Decimal syntax ("1.10", "-1E+5", "Infinity", "sNaN"), so that a
// Decimal we pickle is one Python can load.
bool isDecimalText(QStringView text);
// Strict UTF-8 decoding (Python's bytes.decode("utf-8")); nullopt for invalid input.
std::optional<QString> decodeUtf8(QByteArrayView bytes);
// UTF-8 decoding with Python's "surrogatepass" (how pickle reads str): the 3-byte forms of
// U+D800..U+DFFF become those code units; anything else invalid gives nullopt.
std::optional<QString> decodeUtf8SurrogatePass(QByteArrayView bytes);
// UTF-8 encoding with Python's "surrogatepass": a lone surrogate is kept as its 3-byte form
// (as pickle writes str), where QString::toUtf8() would replace it.
QByteArray encodeUtf8(QStringView text);

} // namespace cashews::pyformat
