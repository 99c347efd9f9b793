#include "pyformat.h"

#include <cashews/errors.h>
#include <cashews/pytypes.h>

#include <QRegularExpression>
#include <QTimeZone>
#include <QStringDecoder>

#include <algorithm>
#include <charconv>
#include <cmath>

namespace cashews::pyformat {

QByteArray floatRepr(double value)
{
    if (std::isnan(value))
        return QByteArrayLiteral("nan");
    if (std::isinf(value))
        return value > 0 ? QByteArrayLiteral("inf") : QByteArrayLiteral("-inf");

    // Shortest round-trip digits in scientific form, then laid out as Python's float_repr:
    // positional when -4 < exponent10 + 1 <= 16, else "d.ddde+XX" with at least two exponent digits.
    char buf[64];
    const auto result = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::scientific);
    const QByteArrayView text(buf, result.ptr - buf);
    const bool negative = text.startsWith('-');
    const qsizetype ePos = text.indexOf('e');
    QByteArray digits;
    for (char c : text.first(ePos))
        if (c >= '0' && c <= '9')
            digits.append(c);
    int exponent = 0;
    std::from_chars(text.data() + ePos + 1 + (text.at(ePos + 1) == '+' ? 1 : 0), text.data() + text.size(), exponent);
    while (digits.size() > 1 && digits.back() == '0')
        digits.chop(1);

    QByteArray out = negative ? QByteArrayLiteral("-") : QByteArray();
    const int decpt = exponent + 1;
    if (decpt > -4 && decpt <= 16) {
        if (decpt <= 0) {
            out += "0." + QByteArray(-decpt, '0') + digits;
        } else if (decpt >= digits.size()) {
            out += digits + QByteArray(decpt - digits.size(), '0') + ".0";
        } else {
            out += digits.left(decpt) + '.' + digits.mid(decpt);
        }
        return out;
    }
    out += digits.left(1);
    if (digits.size() > 1)
        out += '.' + digits.mid(1);
    out += 'e';
    out += exponent < 0 ? '-' : '+';
    const QByteArray exp = QByteArray::number(std::abs(exponent));
    out += (exp.size() < 2 ? "0" : "") + exp;
    return out;
}

double parseFloat(QByteArrayView text)
{
    const QByteArray lower = text.toByteArray().toLower();
    if (lower == "inf" || lower == "+inf" || lower == "infinity")
        return std::numeric_limits<double>::infinity();
    if (lower == "-inf" || lower == "-infinity")
        return -std::numeric_limits<double>::infinity();
    if (lower == "nan" || lower == "+nan" || lower == "-nan")
        return std::numeric_limits<double>::quiet_NaN();
    double value = 0;
    const char *begin = text.data();
    const char *end = begin + text.size();
    if (begin != end && *begin == '+')
        ++begin;
    const auto [ptr, ec] = std::from_chars(begin, end, value);
    if (begin == end || ptr != end || (ec != std::errc() && ec != std::errc::result_out_of_range))
        throw ValueError(QStringLiteral("'%1' is not a float").arg(QString::fromLatin1(text.first(qMin<qsizetype>(text.size(), 40)))));
    if (ec == std::errc::result_out_of_range)
        return std::strtod(text.toByteArray().constData(), nullptr); // overflow to inf / underflow to 0, as Python
    return value;
}

QString isoFormat(QDate value)
{
    return QStringLiteral("%1-%2-%3")
        .arg(value.year(), 4, 10, QLatin1Char('0'))
        .arg(value.month(), 2, 10, QLatin1Char('0'))
        .arg(value.day(), 2, 10, QLatin1Char('0'));
}

QString isoFormat(const QDateTime &value, int extraMicroseconds)
{
    const QTime time = value.time();
    QString out = isoFormat(value.date())
        + QStringLiteral("T%1:%2:%3")
              .arg(time.hour(), 2, 10, QLatin1Char('0'))
              .arg(time.minute(), 2, 10, QLatin1Char('0'))
              .arg(time.second(), 2, 10, QLatin1Char('0'));
    const int microsecond = time.msec() * 1000 + extraMicroseconds;
    if (microsecond)
        out += QStringLiteral(".%1").arg(microsecond, 6, 10, QLatin1Char('0'));
    if (value.timeSpec() != Qt::LocalTime) {
        const int offset = value.offsetFromUtc();
        const int magnitude = std::abs(offset);
        out += QStringLiteral("%1%2:%3")
                   .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                   .arg(magnitude / 3600, 2, 10, QLatin1Char('0'))
                   .arg(magnitude / 60 % 60, 2, 10, QLatin1Char('0'));
        if (magnitude % 60)
            out += QStringLiteral(":%1").arg(magnitude % 60, 2, 10, QLatin1Char('0'));
    }
    if (isZoneInfo(value))
        out += u'[' + QString::fromUtf8(value.timeZone().id()) + u']';
    return out;
}

bool isZoneInfo(const QDateTime &value)
{
    if (value.timeSpec() != Qt::TimeZone)
        return false;
    const QByteArray id = value.timeZone().id();
    return !id.startsWith("UTC+") && !id.startsWith("UTC-");
}

namespace {

// The instants (ms since the epoch, ascending) whose wall time in `zone` is `date` `time`:
// one usually, two in a repeated hour, none in a skipped one.
QList<qint64> zoneInstants(QDate date, QTime time, const QTimeZone &zone)
{
    constexpr qint64 Day = 86'400'000;
    const qint64 wall = QDateTime(date, time, Qt::UTC).toMSecsSinceEpoch();
    QList<qint64> out;
    // The offsets in force a day before and after cover every transition near the wall time.
    for (const qint64 probe : {wall - Day, wall + Day}) {
        const int offset = zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(probe, Qt::UTC));
        const qint64 instant = wall - qint64(offset) * 1000;
        if (zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(instant, Qt::UTC)) == offset && !out.contains(instant))
            out.append(instant);
    }
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

std::optional<QDateTime> zonedDateTime(QDate date, QTime time, const QTimeZone &zone, int fold)
{
    const QList<qint64> instants = zoneInstants(date, time, zone);
    if (instants.isEmpty())
        return std::nullopt;
    return QDateTime::fromMSecsSinceEpoch(instants.at(qMin<qsizetype>(fold, instants.size() - 1)), zone);
}

std::optional<QString> zoneInfoKey(const OpaqueObject &object)
{
    if (object.module != u"zoneinfo" || object.qualName != u"ZoneInfo._unpickle" || object.construction != OpaqueObject::Construction::Reduce
        || object.args.size() != 2 || object.args.at(0).metaType().id() != QMetaType::QString
        || object.args.at(1).metaType().id() != QMetaType::LongLong || object.args.at(1).toLongLong() != 1
        || object.state.isValid() || !object.listItems.isEmpty() || !object.dictItems.isEmpty())
        return std::nullopt;
    return object.args.at(0).toString();
}

int foldOf(const QDateTime &value)
{
    const QList<qint64> instants = zoneInstants(value.date(), value.time(), value.timeZone());
    return instants.size() == 2 && value.toMSecsSinceEpoch() == instants.at(1) ? 1 : 0;
}

namespace {

// Reads exactly `count` digits at `pos`; -1 when they are not all digits.
int digitsAt(QStringView text, qsizetype pos, qsizetype count)
{
    if (pos + count > text.size())
        return -1;
    int value = 0;
    for (qsizetype i = pos; i < pos + count; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

ValueError badDateTime(QStringView text)
{
    return ValueError(QStringLiteral("'%1' is not an ISO 8601 date/time").arg(text.left(64)));
}

} // namespace

QDate parseDate(QStringView text)
{
    const int year = digitsAt(text, 0, 4);
    const int month = digitsAt(text, 5, 2);
    const int day = digitsAt(text, 8, 2);
    const QDate date(year, month, day);
    if (text.size() != 10 || text.at(4) != u'-' || text.at(7) != u'-' || year < 1 || !date.isValid())
        throw badDateTime(text);
    return date;
}

QVariant parseDateTime(QStringView text)
{
    if (text.size() < 19 || (text.at(10) != u'T' && text.at(10) != u' ') || text.at(13) != u':' || text.at(16) != u':')
        throw badDateTime(text);
    const QDate date = parseDate(text.left(10));
    const int hour = digitsAt(text, 11, 2);
    const int minute = digitsAt(text, 14, 2);
    const int second = digitsAt(text, 17, 2);
    qsizetype pos = 19;
    int microsecond = 0;
    if (pos < text.size() && text.at(pos) == u'.') {
        const qsizetype start = ++pos;
        while (pos < text.size() && text.at(pos).isDigit())
            ++pos;
        if (pos == start || pos - start > 6)
            throw badDateTime(text);
        microsecond = (text.mid(start, pos - start).toString() + QStringLiteral("00000")).left(6).toInt();
    }
    const QTime time(hour, minute, second, microsecond / 1000);
    if (hour < 0 || minute < 0 || second < 0 || !time.isValid())
        throw badDateTime(text);
    if (pos == text.size())
        return makeDateTime(QDateTime(date, time, Qt::LocalTime), microsecond % 1000);
    if (text.at(pos) == u'Z' && pos + 1 == text.size())
        return makeDateTime(QDateTime(date, time, Qt::UTC), microsecond % 1000);
    const QChar sign = text.at(pos);
    const int offHours = digitsAt(text, pos + 1, 2);
    const int offMinutes = digitsAt(text, pos + 4, 2);
    qsizetype end = pos + 6;
    int offSeconds = 0;
    if (end < text.size() && text.at(end) == u':') {
        offSeconds = digitsAt(text, end + 1, 2);
        end += 3;
    }
    // An RFC 9557 zone suffix ("[Europe/Berlin]") makes a zoneinfo datetime.
    const qsizetype zoneStart = end < text.size() && text.at(end) == u'[' && text.endsWith(u']') ? end : -1;
    if ((sign != u'+' && sign != u'-') || offHours < 0 || offHours > 23 || offMinutes < 0 || offMinutes > 59
        || offSeconds < 0 || offSeconds > 59 || (end != text.size() && zoneStart < 0) || text.at(pos + 3) != u':')
        throw badDateTime(text);
    const int offset = (sign == u'-' ? -1 : 1) * (offHours * 3600 + offMinutes * 60 + offSeconds);
    if (zoneStart >= 0) {
        const QStringView name = text.sliced(zoneStart + 1, text.size() - zoneStart - 2);
        const QTimeZone zone(name.toUtf8());
        if (!zone.isValid())
            throw ValueError(QStringLiteral("'%1': unknown time zone '%2'").arg(text.left(64), name.left(64)));
        // The offset tells which instant of a repeated hour is meant (Python's fold).
        for (int fold = 0; fold <= 1; ++fold) {
            const auto zoned = zonedDateTime(date, time, zone, fold);
            if (zoned && zoned->offsetFromUtc() == offset)
                return makeDateTime(*zoned, microsecond % 1000);
        }
        throw ValueError(QStringLiteral("'%1': offset does not match the time zone at that time").arg(text.left(64)));
    }
    const QDateTime value = offset == 0 ? QDateTime(date, time, Qt::UTC) : QDateTime(date, time, Qt::OffsetFromUTC, offset);
    return makeDateTime(value, microsecond % 1000);
}

bool isDecimalText(QStringView text)
{
    static const QRegularExpression syntax(QStringLiteral(R"(^[+-]?(?:(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?|inf(?:inity)?|s?nan\d*)$)"),
                                           QRegularExpression::CaseInsensitiveOption);
    return syntax.match(text.toString()).hasMatch();
}

std::optional<QString> decodeUtf8(QByteArrayView bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

std::optional<QString> decodeUtf8SurrogatePass(QByteArrayView bytes)
{
    QString out;
    qsizetype start = 0;
    for (qsizetype i = bytes.indexOf('\xed'); i >= 0; i = bytes.indexOf('\xed', i + 1)) {
        // ED A0..BF 80..BF encodes a surrogate; strict UTF-8 rejects it, surrogatepass keeps it.
        if (i + 2 >= bytes.size() || (quint8(bytes.at(i + 1)) & 0xe0) != 0xa0 || (quint8(bytes.at(i + 2)) & 0xc0) != 0x80)
            continue;
        const auto run = decodeUtf8(bytes.sliced(start, i - start));
        if (!run)
            return std::nullopt;
        out += *run;
        out += QChar(char16_t(0xd000 | ((quint8(bytes.at(i + 1)) & 0x3f) << 6) | (quint8(bytes.at(i + 2)) & 0x3f)));
        start = i + 3;
        i += 2;
    }
    const auto rest = decodeUtf8(bytes.sliced(start));
    if (!rest)
        return std::nullopt;
    return start == 0 ? *rest : out + *rest;
}

QByteArray encodeUtf8(QStringView text)
{
    QByteArray out;
    out.reserve(text.size() * 3);
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t cp = text.at(i).unicode();
        if (QChar::isHighSurrogate(cp) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            cp = QChar::surrogateToUcs4(char16_t(cp), text.at(++i).unicode());
        if (cp < 0x80) {
            out.append(char(cp));
        } else if (cp < 0x800) {
            out.append(char(0xc0 | (cp >> 6)));
            out.append(char(0x80 | (cp & 0x3f)));
        } else if (cp < 0x10000) {
            out.append(char(0xe0 | (cp >> 12)));
            out.append(char(0x80 | ((cp >> 6) & 0x3f)));
            out.append(char(0x80 | (cp & 0x3f)));
        } else {
            out.append(char(0xf0 | (cp >> 18)));
            out.append(char(0x80 | ((cp >> 12) & 0x3f)));
            out.append(char(0x80 | ((cp >> 6) & 0x3f)));
            out.append(char(0x80 | (cp & 0x3f)));
        }
    }
    return out;
}

} // namespace cashews::pyformat
