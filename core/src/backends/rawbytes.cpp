#include "rawbytes.h"

#include <cashews/errors.h>
#include <cashews/keycodec.h>

#include <QLocale>

namespace cashews {

QByteArray rawBytes(const QString &key, const QVariant &value)
{
    switch (value.metaType().id()) {
    case QMetaType::QByteArray:
        return value.toByteArray();
    case QMetaType::QString:
        return value.toString().toUtf8();
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return value.toString().toUtf8();
    case QMetaType::Double:
        return QByteArray::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QMetaType::Bool:
        return value.toBool() ? QByteArrayLiteral("1") : QByteArrayLiteral("0");
    default:
        break;
    }
    throw ValueError(QStringLiteral("set_raw of key '%1' needs bytes, text or a number, not %2")
                         .arg(displayKey(key), QString::fromLatin1(value.typeName())));
}

} // namespace cashews
