#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QVariant>

#include <optional>
#include <utility>

// Python values as QVariants. This is the value model of every serializer (pickle, json,
// qdatastream) and of typed JSON (<cashews/typedjson.h>):
//
//   Python                     QVariant holds
//   None                       std::nullptr_t (cashews::none(), see <cashews/value.h>)
//   bool                       bool
//   int (fits 64 bits)         qlonglong (int, uint, qulonglong are accepted when encoding)
//   int (beyond 64 bits)       cashews::BigInt
//   float (inf, nan too)       double
//   str                        QString
//   bytes                      QByteArray
//   list                       QVariantList (QStringList is accepted when encoding)
//   tuple                      cashews::Tuple
//   dict (any hashable key)    cashews::Dict, insertion order kept (QVariantMap/QVariantHash
//                              are accepted when encoding)
//   set / frozenset            cashews::PySet / cashews::FrozenSet
//   datetime.datetime          QDateTime: naive = Qt::LocalTime, aware = Qt::UTC or
//                              Qt::OffsetFromUTC (datetime.timezone), Qt::TimeZone for a
//                              zoneinfo.ZoneInfo (fold = the later instant of a repeated
//                              hour); cashews::PyDateTime when its microseconds
//                              are not whole milliseconds (QDateTime stops at milliseconds).
//                              Read both with toDateTime() / extraMicroseconds().
//   datetime.date              QDate
//   decimal.Decimal            cashews::Decimal (its exact text, e.g. "1.10")
//   any other pickled object   cashews::OpaqueObject (class name, constructor args, state)
namespace cashews {

// A Python datetime finer than QDateTime: `value` (truncated to the millisecond) plus
// `extraMicroseconds` (1-999). Readers produce it only then, so that every other datetime
// stays a plain QDateTime; writers accept both.
struct PyDateTime
{
    QDateTime value;
    int extraMicroseconds = 0;
    friend bool operator==(const PyDateTime &a, const PyDateTime &b)
    {
        return a.value == b.value && a.value.timeSpec() == b.value.timeSpec() && a.extraMicroseconds == b.extraMicroseconds;
    }
};

// The datetime held by a QDateTime or PyDateTime (to the millisecond), or nothing.
std::optional<QDateTime> toDateTime(const QVariant &value);
// The microseconds below the millisecond of a PyDateTime; 0 for anything else.
int extraMicroseconds(const QVariant &value);
// `value` as a QVariant: a QDateTime, or a PyDateTime when extraMicroseconds is not 0.
QVariant makeDateTime(const QDateTime &value, int extraMicroseconds);
// Python's isoformat() of a QDateTime or PyDateTime ("2024-01-02T03:04:05.123456+00:00");
// empty for anything else.
QString dateTimeIsoFormat(const QVariant &value);

// A Python tuple.
struct Tuple
{
    QVariantList items;
    // Item-wise equality (pyEquals), in order.
    friend bool operator==(const Tuple &a, const Tuple &b);
};

// A Python set; members are kept in the order they were read or added.
struct PySet
{
    QVariantList items;
    // Python semantics: equal when both hold the same members, in any order.
    friend bool operator==(const PySet &a, const PySet &b);
};

// A Python frozenset (hashable, so usable as a dict key or set member).
struct FrozenSet
{
    QVariantList items;
    // Python semantics: equal when both hold the same members, in any order.
    friend bool operator==(const FrozenSet &a, const FrozenSet &b);
};

// A Python dict: keys of any hashable type, insertion order kept, lookups hashed.
class Dict
{
public:
    using Item = std::pair<QVariant, QVariant>;

    Dict() = default; // empty
    // Builds a dict from (key, value) pairs; a repeated key keeps its first position and
    // its last value, as in Python.
    explicit Dict(const QList<Item> &items);

    // Sets `key` to `value`: replaces the value of an existing key in place, else appends.
    void insert(const QVariant &key, const QVariant &value);
    // The value of `key`, or an invalid QVariant when absent.
    QVariant value(const QVariant &key) const;
    // Whether `key` is present.
    bool contains(const QVariant &key) const { return indexOf(key) >= 0; }
    // The number of items.
    qsizetype size() const { return m_items.size(); }
    // Whether there are no items.
    bool isEmpty() const { return m_items.isEmpty(); }
    // The items in insertion order.
    const QList<Item> &items() const { return m_items; }

    // Python semantics: equal when both map the same keys to equal values, in any order.
    friend bool operator==(const Dict &a, const Dict &b);

private:
    qsizetype indexOf(const QVariant &key) const;

    QList<Item> m_items;
    QMultiHash<size_t, qsizetype> m_index;
};

// A Python int beyond the 64-bit range, kept as its canonical decimal text.
class BigInt
{
public:
    // The largest integer accepted, in decimal digits; Python's own int/str limit (4300
    // digits) applies to text, and the same bound keeps conversions of untrusted data cheap.
    static constexpr qsizetype MaxDigits = 4300;

    BigInt() = default; // zero
    // Parses `-?[0-9]+`; throws ValueError for anything else or more than MaxDigits digits.
    static BigInt fromDecimal(QByteArrayView text);
    // Reads a little-endian two's-complement integer (pickle's LONG1/LONG4 payload).
    // Throws ValueError beyond MaxDigits.
    static BigInt fromLittleEndian(QByteArrayView bytes);
    // The integer as a QVariant: qlonglong when it fits, else a BigInt.
    static QVariant toVariant(QByteArrayView decimalText);

    // Canonical decimal text: optional '-', no leading zeros.
    QByteArray toDecimal() const { return m_digits; }
    // The shortest little-endian two's-complement bytes, exactly as Python's pickle writes them.
    QByteArray toLittleEndian() const;
    // Whether the integer is below zero.
    bool isNegative() const { return m_digits.startsWith('-'); }

    // Equal integers have equal canonical text.
    friend bool operator==(const BigInt &a, const BigInt &b) { return a.m_digits == b.m_digits; }

private:
    QByteArray m_digits = QByteArrayLiteral("0");
};

// A decimal.Decimal, kept as the exact text Python gives it (so "1.10" stays "1.10").
struct Decimal
{
    QString text;
    // Textual equality ("1.10" != "1.1", unlike Python's numeric comparison).
    friend bool operator==(const Decimal &a, const Decimal &b) { return a.text == b.text; }
};

// A pickled object of a class this library cannot rebuild (a user class, an exception, ...).
// It keeps what the pickle said so that it can be shown and written back unchanged.
struct OpaqueObject
{
    // How the pickle built the object: REDUCE (callable(*args)), NEWOBJ (cls.__new__(cls, *args)),
    // or a bare reference to the class or function itself (args and state unused).
    enum class Construction : quint8 { Reduce, NewObject, Global };

    QString module;                // e.g. "myapp.models"
    QString qualName;              // e.g. "User" or "Outer.Inner"
    QVariantList args;             // constructor arguments
    QVariant state;                // BUILD state (usually a Dict of attributes); invalid if none
    QVariantList listItems;        // items appended after construction (list subclasses)
    Dict dictItems;                // items set after construction (dict subclasses)
    Construction construction = Construction::Reduce;

    // "module.QualName", as Python prints the class.
    QString typeName() const { return module + QLatin1Char('.') + qualName; }

    // Field-wise equality.
    friend bool operator==(const OpaqueObject &a, const OpaqueObject &b);
};

// The items of a dict value: a Dict in insertion order, a QVariantMap / QVariantHash in their
// iteration order.
QList<Dict::Item> dictItems(const QVariant &value);
// Python's ==: bool, int and float compare by value across types; any other value equals only
// a value of its own type (QVariant's == also finds "1" equal to 1). Containers compare their
// members with pyEquals; sets and dicts ignore order.
bool pyEquals(const QVariant &a, const QVariant &b);
// Whether Python could use `value` as a dict key or set member (lists, dicts, sets, tuples
// holding one, and opaque list/dict subclasses are not hashable).
bool isHashable(const QVariant &value);
// A hash consistent with pyEquals (1 == 1.0 == True as in Python).
size_t hashValue(const QVariant &value, size_t seed = 0);
// The Python type name of `value` ("int", "str", "tuple", ... or the opaque class name),
// for messages and display.
QString pythonTypeName(const QVariant &value);

} // namespace cashews

Q_DECLARE_METATYPE(cashews::PyDateTime)
Q_DECLARE_METATYPE(cashews::Tuple)
Q_DECLARE_METATYPE(cashews::PySet)
Q_DECLARE_METATYPE(cashews::FrozenSet)
Q_DECLARE_METATYPE(cashews::Dict)
Q_DECLARE_METATYPE(cashews::BigInt)
Q_DECLARE_METATYPE(cashews::Decimal)
Q_DECLARE_METATYPE(cashews::OpaqueObject)
