#pragma once

#include <QByteArray>
#include <QVariant>

// Typed JSON: a JSON text form of every value of <cashews/pytypes.h>, the format of
// tests/vectors/README.md, used by cashews-cli and the GUI to show and enter values:
//   null, true, false, integers of any size, strings, arrays (lists), and objects for the rest:
//   {"$float": "1.5"} (Python repr: "inf", "-inf", "nan"), {"$bytes": "<base64>"},
//   {"$tuple": [...]}, {"$set": [...]}, {"$frozenset": [...]}, {"$dict": [[key, value], ...]},
//   {"$datetime": "ISO 8601"} (offset when aware), {"$date": "YYYY-MM-DD"}, {"$decimal": "1.10"}.
// Extension: a zoneinfo datetime adds its zone after the offset, RFC 9557 style
// ("2024-10-27T02:30:00+01:00[Europe/Berlin]"); the offset picks the instant of a repeated hour.
// Extensions of this library: {"$object": {"module": "m", "name": "Class", "construction":
// "reduce"|"newobj"|"global", "args": [...], "state": ..., "listitems": [...], "dictitems": ...}}
// for cashews::OpaqueObject, and {"$qt": ["QUrl", "text"]} for other Qt types.
// On input a plain JSON object is read as a dict with string keys, and a bare JSON float
// (1.5) as a float.
namespace cashews {

// The typed JSON text of `value` (UTF-8). Throws ValueError for an invalid QVariant or a
// type that has no typed JSON form.
QByteArray toTypedJson(const QVariant &value);
// The value written as typed JSON `text`. Throws ValueError naming the byte position for bad
// JSON, or the bad tag/payload for a malformed typed object.
QVariant fromTypedJson(const QByteArray &text);

} // namespace cashews
