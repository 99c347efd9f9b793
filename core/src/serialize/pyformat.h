#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>
#include <QVariant>

#include <cashews/pytypes.h>

#include <optional>

// Text forms of Python values shared by typed JSON and the JSON pickler.
namespace cashews::pyformat {

// Python's repr() of a float: shortest round-trip digits, "1e+16", "0.0001", "inf", "nan".
QByteArray floatRepr(double value);
// Parses a Python float text ("1.5", "1e+300", "inf", "-inf", "nan"); throws ValueError.
double parseFloat(QByteArrayView text);
// datetime.isoformat(): "YYYY-MM-DDTHH:MM:SS[.ffffff][+HH:MM]" (offset only when aware),
// followed by the zone name in brackets (RFC 9557, "[Europe/Berlin]") for a zoneinfo datetime
// (Qt::TimeZone, see isZoneInfo); `extraMicroseconds` are those below the millisecond.
QString isoFormat(const QDateTime &value, int extraMicroseconds = 0);
// Whether `value` carries a named zone that Python holds as zoneinfo.ZoneInfo: Qt::TimeZone,
// except Qt's fixed "UTC+01:00" zones (those are datetime.timezone offsets).
bool isZoneInfo(const QDateTime &value);
// The wall time `date` `time` in `zone` as Python's zoneinfo resolves it: in a repeated hour
// fold 0 is the earlier instant, fold 1 the later. nullopt for a wall time the zone skips
// (Qt cannot hold it unchanged).
std::optional<QDateTime> zonedDateTime(QDate date, QTime time, const QTimeZone &zone, int fold);
// The key of a pickled zoneinfo.ZoneInfo, ZoneInfo._unpickle(key, 1) (1: from the cache, as
// ZoneInfo(key) makes it); nullopt for any other object.
std::optional<QString> zoneInfoKey(const OpaqueObject &object);
// Python's fold of a zoneinfo datetime: 1 when it is the later instant of a repeated wall time.
int foldOf(const QDateTime &value);
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
