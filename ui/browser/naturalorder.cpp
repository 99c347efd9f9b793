#include "browser/naturalorder.h"

#include <cstring>

namespace cashews {

namespace {

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

} // namespace

int NaturalOrder::compare(QStringView a, QStringView b)
{
    // Fast path (a million sorted keys compare ~20 million times): up to the first difference
    // the strings are equal; only a difference inside or right after a digit run needs the
    // natural comparison, from the start of that run.
    const qsizetype common = qMin(a.size(), b.size());
    qsizetype start = 0;
    // Four UTF-16 units at a time: keys of one function share long prefixes.
    while (start + 4 <= common) {
        quint64 x = 0;
        quint64 y = 0;
        std::memcpy(&x, a.data() + start, sizeof x);
        std::memcpy(&y, b.data() + start, sizeof y);
        if (x != y)
            break;
        start += 4;
    }
    while (start < common && a[start] == b[start])
        ++start;
    const bool digitAhead = (start < a.size() && isDigit(a[start])) || (start < b.size() && isDigit(b[start]));
    const bool digitBehind = start > 0 && isDigit(a[start - 1]);
    if (!digitAhead && !digitBehind) {
        if (start == common)
            return a.size() == b.size() ? 0 : (a.size() < b.size() ? -1 : 1);
        return a[start] < b[start] ? -1 : 1;
    }
    while (start > 0 && isDigit(a[start - 1]))
        --start;
    qsizetype i = start;
    qsizetype j = start;
    while (i < a.size() && j < b.size()) {
        if (isDigit(a[i]) && isDigit(b[j])) {
            // Compare the numbers without parsing them (a run may exceed 64 bits): skip
            // leading zeros, then the longer run is the larger; equal lengths compare digitwise.
            while (i < a.size() && a[i] == QLatin1Char('0'))
                ++i;
            while (j < b.size() && b[j] == QLatin1Char('0'))
                ++j;
            qsizetype endA = i;
            qsizetype endB = j;
            while (endA < a.size() && isDigit(a[endA]))
                ++endA;
            while (endB < b.size() && isDigit(b[endB]))
                ++endB;
            if (endA - i != endB - j)
                return endA - i < endB - j ? -1 : 1;
            const int digits = a.sliced(i, endA - i).compare(b.sliced(j, endB - j));
            if (digits != 0)
                return digits;
            i = endA;
            j = endB;
            continue;
        }
        if (a[i] != b[j])
            return a[i] < b[j] ? -1 : 1;
        ++i;
        ++j;
    }
    if (i < a.size() || j < b.size())
        return i < a.size() ? 1 : -1;
    return a.compare(b);
}

} // namespace cashews
