#include <cashews/errors.h>
#include <cashews/ttl.h>

#include <cmath>
#include <limits>

namespace cashews {

namespace {

// The longest TTL (about 285 million years): exact as a double, and its milliseconds fit a
// qint64 with room for rounding. Beyond qint64 milliseconds the conversion would wrap and a
// huge TTL would silently become a tiny one.
constexpr qint64 maxSeconds = qint64(1) << 53;
static_assert(double(maxSeconds) * 1000.0 < double(std::numeric_limits<qint64>::max()));

} // namespace

Ttl::Ttl(double seconds)
{
    if (std::isnan(seconds) || seconds < 0 || std::isinf(seconds))
        throw ValueError(QStringLiteral("ttl %1 is not a non-negative number of seconds").arg(seconds));
    if (seconds > double(maxSeconds))
        throw ValueError(QStringLiteral("ttl %1 is longer than %2 seconds").arg(seconds).arg(maxSeconds));
    const auto ms = static_cast<qint64>(std::llround(seconds * 1000.0));
    // 0 means "no expiry" everywhere, as in cashews; a positive sub-millisecond TTL is kept at 1 ms.
    if (ms > 0)
        m_ms = ms;
    else if (seconds > 0)
        m_ms = 1;
}

Ttl Ttl::fromMilliseconds(qint64 ms)
{
    if (ms < 0)
        throw ValueError(QStringLiteral("ttl of %1 ms is negative").arg(ms));
    Ttl ttl;
    if (ms > 0)
        ttl.m_ms = ms;
    return ttl;
}

Ttl Ttl::parse(const QString &text)
{
    const QString s = text.trimmed().toLower();
    auto bad = [&text]() {
        return ValueError(QStringLiteral("ttl '%1' has wrong string representation").arg(text));
    };
    qint64 totalSeconds = 0;
    qint64 number = 0;
    bool haveNumber = false;
    bool sawUnit = false;
    for (const QChar c : s) {
        if (c.isDigit() && c.unicode() < 128) {
            number = number * 10 + (c.unicode() - '0');
            if (number > qint64(1) << 40)
                throw bad();
            haveNumber = true;
            continue;
        }
        qint64 unit = 0;
        switch (c.unicode()) {
        case 'd': unit = 86400; break;
        case 'h': unit = 3600; break;
        case 'm': unit = 60; break;
        case 's': unit = 1; break;
        default: throw bad();
        }
        if (!haveNumber || number * unit > maxSeconds - totalSeconds)
            throw bad();
        totalSeconds += number * unit;
        number = 0;
        haveNumber = false;
        sawUnit = true;
    }
    // cashews ignores digits trailing a unit ("10s5" == 10s); we reject them as ambiguous.
    if (haveNumber) {
        if (sawUnit)
            throw bad();
        totalSeconds = number;
    }
    return Ttl(static_cast<double>(totalSeconds));
}

} // namespace cashews
