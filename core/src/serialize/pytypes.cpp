#include "pyformat.h"

#include <cashews/errors.h>
#include <cashews/pytypes.h>

#include <QDate>
#include <QDateTime>

#include <charconv>
#include <cmath>
#include <limits>
#include <vector>

namespace cashews {

namespace {

// Whether both lists hold the same members, ignoring order (Python set equality).
bool sameMembers(const QVariantList &a, const QVariantList &b)
{
    if (a.size() != b.size())
        return false;
    QMultiHash<size_t, qsizetype> index;
    for (qsizetype i = 0; i < b.size(); ++i)
        index.insert(hashValue(b.at(i)), i);
    for (const QVariant &item : a) {
        bool found = false;
        for (auto [it, end] = index.equal_range(hashValue(item)); it != end; ++it) {
            if (pyEquals(b.at(it.value()), item)) {
                found = true;
                break;
            }
        }
        if (!found)
            return false;
    }
    return true;
}

// Magnitude arithmetic for BigInt conversions, on little-endian 32-bit limbs.
using Limbs = std::vector<quint32>;

// Divides `limbs` by `divisor` in place and returns the remainder.
quint32 divideLimbs(Limbs &limbs, quint32 divisor)
{
    quint64 remainder = 0;
    for (auto it = limbs.rbegin(); it != limbs.rend(); ++it) {
        const quint64 current = (remainder << 32) | *it;
        *it = static_cast<quint32>(current / divisor);
        remainder = current % divisor;
    }
    while (!limbs.empty() && limbs.back() == 0)
        limbs.pop_back();
    return static_cast<quint32>(remainder);
}

// limbs = limbs * factor + addend.
void multiplyAddLimbs(Limbs &limbs, quint32 factor, quint32 addend)
{
    quint64 carry = addend;
    for (quint32 &limb : limbs) {
        const quint64 current = quint64(limb) * factor + carry;
        limb = static_cast<quint32>(current);
        carry = current >> 32;
    }
    if (carry)
        limbs.push_back(static_cast<quint32>(carry));
}

// Two's-complement negation of a little-endian byte string, in place.
void negateBytes(QByteArray &bytes)
{
    bool carry = true;
    for (char &c : bytes) {
        auto byte = static_cast<quint8>(~static_cast<quint8>(c));
        if (carry) {
            ++byte;
            carry = byte == 0;
        }
        c = static_cast<char>(byte);
    }
}

// About log2(10) / 8 bytes per decimal digit, rounded up: the byte length of MaxDigits digits.
constexpr qsizetype MaxLittleEndianBytes = BigInt::MaxDigits * 3322 / 8000 + 2;

bool sameItems(const QVariantList &a, const QVariantList &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!pyEquals(a.at(i), b.at(i)))
            return false;
    }
    return true;
}

bool isNumber(const QVariant &value)
{
    switch (value.metaType().id()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
        return true;
    default:
        return false;
    }
}

bool isList(const QVariant &value)
{
    return value.metaType().id() == QMetaType::QVariantList || value.metaType().id() == QMetaType::QStringList;
}

} // namespace

bool pyEquals(const QVariant &a, const QVariant &b)
{
    if (isNumber(a) && isNumber(b)) {
        const int ta = a.metaType().id();
        const int tb = b.metaType().id();
        if (ta == QMetaType::Double || tb == QMetaType::Double)
            return a.toDouble() == b.toDouble();
        if (ta == QMetaType::ULongLong || tb == QMetaType::ULongLong) {
            const bool aNegative = ta != QMetaType::ULongLong && a.toLongLong() < 0;
            const bool bNegative = tb != QMetaType::ULongLong && b.toLongLong() < 0;
            return !aNegative && !bNegative && a.toULongLong() == b.toULongLong();
        }
        return a.toLongLong() == b.toLongLong();
    }
    if (isList(a) && isList(b))
        return sameItems(a.toList(), b.toList());
    if (a.metaType() != b.metaType())
        return false;
    return a == b; // same type: the type's own operator== (the ones above for the Python types)
}

std::optional<QDateTime> toDateTime(const QVariant &value)
{
    if (value.metaType().id() == QMetaType::QDateTime)
        return value.toDateTime();
    if (value.metaType() == QMetaType::fromType<PyDateTime>())
        return value.value<PyDateTime>().value;
    return std::nullopt;
}

int extraMicroseconds(const QVariant &value)
{
    return value.metaType() == QMetaType::fromType<PyDateTime>() ? value.value<PyDateTime>().extraMicroseconds : 0;
}

QVariant makeDateTime(const QDateTime &value, int extraMicroseconds)
{
    if (extraMicroseconds == 0)
        return value;
    return QVariant::fromValue(PyDateTime{value, extraMicroseconds});
}

QString dateTimeIsoFormat(const QVariant &value)
{
    const std::optional<QDateTime> dateTime = toDateTime(value);
    return dateTime ? pyformat::isoFormat(*dateTime, extraMicroseconds(value)) : QString();
}

bool operator==(const Tuple &a, const Tuple &b) { return sameItems(a.items, b.items); }
bool operator==(const PySet &a, const PySet &b) { return sameMembers(a.items, b.items); }
bool operator==(const FrozenSet &a, const FrozenSet &b) { return sameMembers(a.items, b.items); }

Dict::Dict(const QList<Item> &items)
{
    for (const Item &item : items)
        insert(item.first, item.second);
}

qsizetype Dict::indexOf(const QVariant &key) const
{
    for (auto [it, end] = m_index.equal_range(hashValue(key)); it != end; ++it) {
        if (pyEquals(m_items.at(it.value()).first, key))
            return it.value();
    }
    return -1;
}

void Dict::insert(const QVariant &key, const QVariant &value)
{
    const qsizetype at = indexOf(key);
    if (at >= 0) {
        m_items[at].second = value;
        return;
    }
    m_index.insert(hashValue(key), m_items.size());
    m_items.append({key, value});
}

QVariant Dict::value(const QVariant &key) const
{
    const qsizetype at = indexOf(key);
    return at >= 0 ? m_items.at(at).second : QVariant();
}

bool operator==(const Dict &a, const Dict &b)
{
    if (a.size() != b.size())
        return false;
    for (const Dict::Item &item : a.m_items) {
        const qsizetype at = b.indexOf(item.first);
        if (at < 0 || !pyEquals(b.m_items.at(at).second, item.second))
            return false;
    }
    return true;
}

BigInt BigInt::fromDecimal(QByteArrayView text)
{
    const bool negative = text.startsWith('-');
    QByteArrayView digits = negative ? text.sliced(1) : text;
    if (digits.isEmpty())
        throw ValueError(QStringLiteral("'%1' is not an integer").arg(QString::fromLatin1(text)));
    for (char c : digits) {
        if (c < '0' || c > '9')
            throw ValueError(QStringLiteral("'%1' is not an integer").arg(QString::fromLatin1(text.first(qMin<qsizetype>(text.size(), 40)))));
    }
    while (digits.size() > 1 && digits.front() == '0')
        digits = digits.sliced(1);
    if (digits.size() > MaxDigits)
        throw ValueError(QStringLiteral("integer of %1 digits exceeds the limit of %2 digits").arg(digits.size()).arg(MaxDigits));
    BigInt result;
    result.m_digits = (negative && digits != "0") ? "-" + digits.toByteArray() : digits.toByteArray();
    return result;
}

BigInt BigInt::fromLittleEndian(QByteArrayView bytes)
{
    if (bytes.size() > MaxLittleEndianBytes)
        throw ValueError(QStringLiteral("integer of %1 bytes exceeds the limit of %2 decimal digits").arg(bytes.size()).arg(MaxDigits));
    QByteArray magnitude = bytes.toByteArray();
    const bool negative = !magnitude.isEmpty() && (static_cast<quint8>(magnitude.back()) & 0x80);
    if (negative)
        negateBytes(magnitude);
    Limbs limbs((magnitude.size() + 3) / 4, 0);
    for (qsizetype i = 0; i < magnitude.size(); ++i)
        limbs[i / 4] |= quint32(static_cast<quint8>(magnitude.at(i))) << (8 * (i % 4));
    while (!limbs.empty() && limbs.back() == 0)
        limbs.pop_back();

    // Nine decimal digits per division, least significant group first.
    QByteArray reversed;
    while (!limbs.empty()) {
        quint32 group = divideLimbs(limbs, 1000000000u);
        for (int i = 0; i < 9; ++i) {
            reversed.append(static_cast<char>('0' + group % 10));
            group /= 10;
        }
    }
    while (reversed.size() > 1 && reversed.back() == '0')
        reversed.chop(1);
    if (reversed.isEmpty())
        reversed = "0";
    if (negative && reversed != "0")
        reversed.append('-');
    std::reverse(reversed.begin(), reversed.end());
    return fromDecimal(reversed);
}

QVariant BigInt::toVariant(QByteArrayView decimalText)
{
    qlonglong small = 0;
    const char *begin = decimalText.data();
    const char *end = begin + decimalText.size();
    const auto [ptr, ec] = std::from_chars(begin, end, small);
    if (ec == std::errc() && ptr == end && !decimalText.isEmpty() && decimalText.front() != '+')
        return QVariant::fromValue(small);
    // Out of range (or malformed: fromDecimal names the problem).
    BigInt big = fromDecimal(decimalText);
    const QByteArray digits = big.toDecimal();
    const auto [ptr2, ec2] = std::from_chars(digits.constData(), digits.constData() + digits.size(), small);
    if (ec2 == std::errc() && ptr2 == digits.constData() + digits.size())
        return QVariant::fromValue(small); // e.g. "-0" or leading zeros
    return QVariant::fromValue(big);
}

QByteArray BigInt::toLittleEndian() const
{
    if (m_digits == "0")
        return {};
    const QByteArrayView digits = isNegative() ? QByteArrayView(m_digits).sliced(1) : QByteArrayView(m_digits);
    Limbs limbs;
    const qsizetype head = digits.size() % 9;
    for (qsizetype pos = 0; pos < digits.size();) {
        const qsizetype len = (pos == 0 && head) ? head : 9;
        quint32 group = 0;
        quint32 factor = 1;
        for (qsizetype i = 0; i < len; ++i) {
            group = group * 10 + quint32(digits.at(pos + i) - '0');
            factor *= 10;
        }
        multiplyAddLimbs(limbs, factor, group);
        pos += len;
    }
    // Python: nbytes = bit_length // 8 + 1, then drop a redundant 0xff of a negative number.
    int bitLength = 32 * int(limbs.size() - 1);
    for (quint32 top = limbs.back(); top; top >>= 1)
        ++bitLength;
    const qsizetype nbytes = bitLength / 8 + 1;
    QByteArray out(nbytes, '\0');
    for (qsizetype i = 0; i < nbytes; ++i) {
        const std::size_t limb = std::size_t(i / 4);
        if (limb < limbs.size())
            out[i] = static_cast<char>((limbs[limb] >> (8 * (i % 4))) & 0xff);
    }
    if (isNegative()) {
        negateBytes(out);
        if (out.size() > 1 && static_cast<quint8>(out.back()) == 0xff && (static_cast<quint8>(out.at(out.size() - 2)) & 0x80))
            out.chop(1);
    }
    return out;
}

bool operator==(const OpaqueObject &a, const OpaqueObject &b)
{
    return a.module == b.module && a.qualName == b.qualName && a.construction == b.construction && sameItems(a.args, b.args)
        && pyEquals(a.state, b.state) && sameItems(a.listItems, b.listItems) && a.dictItems == b.dictItems;
}

QList<Dict::Item> dictItems(const QVariant &value)
{
    if (value.metaType() == QMetaType::fromType<Dict>())
        return value.value<Dict>().items();
    QList<Dict::Item> items;
    if (value.metaType().id() == QMetaType::QVariantMap) {
        const QVariantMap map = value.toMap();
        for (auto it = map.begin(); it != map.end(); ++it)
            items.append({it.key(), it.value()});
    } else {
        const QVariantHash hash = value.toHash();
        for (auto it = hash.begin(); it != hash.end(); ++it)
            items.append({it.key(), it.value()});
    }
    return items;
}

bool isHashable(const QVariant &value)
{
    switch (value.metaType().id()) {
    case QMetaType::QVariantList:
    case QMetaType::QStringList:
    case QMetaType::QVariantMap:
    case QMetaType::QVariantHash:
        return false;
    default:
        break;
    }
    if (value.metaType() == QMetaType::fromType<Dict>() || value.metaType() == QMetaType::fromType<PySet>())
        return false;
    if (value.metaType() == QMetaType::fromType<OpaqueObject>()) {
        // Python objects hash by identity unless they are list or dict subclasses (which the
        // pickle fills with list/dict items); Enum members, user classes, ... are dict keys.
        const OpaqueObject object = value.value<OpaqueObject>();
        return object.listItems.isEmpty() && object.dictItems.isEmpty();
    }
    if (value.metaType() == QMetaType::fromType<Tuple>()) {
        for (const QVariant &item : value.value<Tuple>().items) {
            if (!isHashable(item))
                return false;
        }
    }
    return true;
}

size_t hashValue(const QVariant &value, size_t seed)
{
    const QMetaType type = value.metaType();
    switch (type.id()) {
    case QMetaType::UnknownType:
        return seed;
    case QMetaType::Nullptr:
        return qHash(quint64(0x4e6f6e65), seed);
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
        return qHash(value.toLongLong(), seed);
    case QMetaType::ULongLong: {
        const qulonglong u = value.toULongLong();
        return u <= qulonglong(std::numeric_limits<qint64>::max()) ? qHash(qint64(u), seed) : qHash(u, seed);
    }
    case QMetaType::Double: {
        // Integral doubles hash like the equal integer: Python's 1 == 1.0.
        const double d = value.toDouble();
        if (std::isfinite(d) && d == std::trunc(d) && std::fabs(d) < 9.2e18)
            return qHash(static_cast<qint64>(d), seed);
        return qHash(d, seed);
    }
    case QMetaType::QString:
        return qHash(value.toString(), seed);
    case QMetaType::QByteArray:
        return qHash(value.toByteArray(), seed);
    case QMetaType::QDate:
        return qHash(value.toDate().toJulianDay(), seed);
    case QMetaType::QDateTime:
        return qHash(value.toDateTime().toMSecsSinceEpoch(), seed);
    case QMetaType::QVariantList:
    case QMetaType::QStringList: {
        size_t h = seed;
        for (const QVariant &item : value.toList())
            h = hashValue(item, h * 31 + 7);
        return h;
    }
    default:
        break;
    }
    if (type == QMetaType::fromType<Tuple>()) {
        size_t h = seed ^ 0x7475706c;
        for (const QVariant &item : value.value<Tuple>().items)
            h = hashValue(item, h * 31 + 7);
        return h;
    }
    if (type == QMetaType::fromType<FrozenSet>() || type == QMetaType::fromType<PySet>()) {
        // Order-independent: the sum of the member hashes.
        const QVariantList items = type == QMetaType::fromType<PySet>() ? value.value<PySet>().items : value.value<FrozenSet>().items;
        size_t h = seed ^ 0x73657473;
        for (const QVariant &item : items)
            h += hashValue(item);
        return h;
    }
    if (type == QMetaType::fromType<Dict>()) {
        size_t h = seed ^ 0x64696374;
        const Dict dict = value.value<Dict>();
        for (const auto &[key, item] : dict.items())
            h += hashValue(item, hashValue(key));
        return h;
    }
    if (type == QMetaType::fromType<BigInt>())
        return qHash(value.value<BigInt>().toDecimal(), seed);
    if (type == QMetaType::fromType<PyDateTime>()) {
        const PyDateTime dateTime = value.value<PyDateTime>();
        return qHash(dateTime.value.toMSecsSinceEpoch() * 1000 + dateTime.extraMicroseconds, seed);
    }
    if (type == QMetaType::fromType<Decimal>())
        return qHash(value.value<Decimal>().text, seed);
    if (type == QMetaType::fromType<OpaqueObject>())
        return qHash(value.value<OpaqueObject>().typeName(), seed);
    return qHash(type.id(), seed);
}

QString pythonTypeName(const QVariant &value)
{
    const QMetaType type = value.metaType();
    switch (type.id()) {
    case QMetaType::Nullptr:
        return QStringLiteral("NoneType");
    case QMetaType::Bool:
        return QStringLiteral("bool");
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return QStringLiteral("int");
    case QMetaType::Double:
        return QStringLiteral("float");
    case QMetaType::QString:
        return QStringLiteral("str");
    case QMetaType::QByteArray:
        return QStringLiteral("bytes");
    case QMetaType::QVariantList:
    case QMetaType::QStringList:
        return QStringLiteral("list");
    case QMetaType::QVariantMap:
    case QMetaType::QVariantHash:
        return QStringLiteral("dict");
    case QMetaType::QDateTime:
        return QStringLiteral("datetime");
    case QMetaType::QDate:
        return QStringLiteral("date");
    default:
        break;
    }
    if (type == QMetaType::fromType<Tuple>())
        return QStringLiteral("tuple");
    if (type == QMetaType::fromType<PyDateTime>())
        return QStringLiteral("datetime");
    if (type == QMetaType::fromType<PySet>())
        return QStringLiteral("set");
    if (type == QMetaType::fromType<FrozenSet>())
        return QStringLiteral("frozenset");
    if (type == QMetaType::fromType<Dict>())
        return QStringLiteral("dict");
    if (type == QMetaType::fromType<BigInt>())
        return QStringLiteral("int");
    if (type == QMetaType::fromType<Decimal>())
        return QStringLiteral("Decimal");
    if (type == QMetaType::fromType<OpaqueObject>())
        return value.value<OpaqueObject>().typeName();
    return type.isValid() ? QString::fromLatin1(type.name()) : QStringLiteral("<invalid>");
}

} // namespace cashews
