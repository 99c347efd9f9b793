#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QVariant>

// Conventions for cached values, shared by every backend and the facade:
// - a cached value is a QVariant;
// - an invalid QVariant (QVariant()) means "no value": a miss, never a stored value;
// - Python's None is a QVariant holding std::nullptr_t (see none()).
// The mapping of the other Python types is documented in <cashews/pytypes.h>.
namespace cashews {

// The value Python calls None.
inline QVariant none() { return QVariant::fromValue(nullptr); }
inline bool isNone(const QVariant &v) { return v.metaType().id() == QMetaType::Nullptr; }
// Whether a command result is a miss.
inline bool isMiss(const QVariant &v) { return !v.isValid(); }

using KeyValue = QPair<QString, QVariant>;
using KeyValueList = QList<KeyValue>;

// Where a set() may write (cashews' `exist` argument).
enum class Exist : quint8 {
    Always,       // None: always write
    IfMissing,    // False: Redis NX
    IfExists,     // True: Redis XX
};

} // namespace cashews
