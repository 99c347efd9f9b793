#pragma once

#include <QStringView>

namespace cashews {

// The order people expect for keys: runs of ASCII digits compare by their number, so
// "key:2" comes before "key:10"; everything else compares by UTF-16 code unit. Keys that
// only differ in leading zeros ("a01", "a1") are ordered by plain comparison, so the order
// is total.
class NaturalOrder
{
public:
    // Negative, zero or positive as `a` sorts before, with or after `b`.
    static int compare(QStringView a, QStringView b);
    static bool less(QStringView a, QStringView b) { return compare(a, b) < 0; }
};

} // namespace cashews
