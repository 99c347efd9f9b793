#include "jsonwriter.h"

#include "pyformat.h"

#include <cashews/errors.h>
#include <cashews/pytypes.h>
#include <cashews/value.h>

#include <QDate>
#include <QDateTime>

#include <cmath>

namespace cashews {

QByteArray JsonWriter::write(const QVariant &value, Style style)
{
    JsonWriter writer(style);
    writer.writeValue(value);
    return writer.m_out;
}

void JsonWriter::writeString(QStringView text)
{
    m_out.append('"');
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        switch (c) {
        case u'"': m_out.append("\\\""); continue;
        case u'\\': m_out.append("\\\\"); continue;
        case u'\n': m_out.append("\\n"); continue;
        case u'\r': m_out.append("\\r"); continue;
        case u'\t': m_out.append("\\t"); continue;
        case u'\b': m_out.append("\\b"); continue;
        case u'\f': m_out.append("\\f"); continue;
        default: break;
        }
        if (c >= 0x20 && c < 0x7f) {
            m_out.append(char(c));
            continue;
        }
        const bool paired = QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate();
        // Python escapes everything beyond ASCII; typed JSON keeps text readable as UTF-8 but
        // escapes control characters and lone surrogates, which UTF-8 cannot carry.
        if (m_style == Style::Typed && c >= 0x20 && (paired || !QChar::isSurrogate(c))) {
            m_out.append(pyformat::encodeUtf8(text.sliced(i, paired ? 2 : 1)));
            if (paired)
                ++i;
            continue;
        }
        m_out.append(QStringLiteral("\\u%1").arg(int(c), 4, 16, QLatin1Char('0')).toLatin1());
    }
    m_out.append('"');
}

void JsonWriter::writeArray(const QVariantList &items)
{
    m_out.append('[');
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i)
            m_out.append(", ");
        writeValue(items.at(i));
    }
    m_out.append(']');
}

void JsonWriter::writeTagged(const char *tag, const QVariant &payload)
{
    m_out.append("{\"");
    m_out.append(tag);
    m_out.append("\": ");
    writeValue(payload);
    m_out.append('}');
}

QString JsonWriter::pythonKey(const QVariant &key) const
{
    // json.dumps converts these key types to strings and rejects the others.
    switch (key.metaType().id()) {
    case QMetaType::QString:
        return key.toString();
    case QMetaType::Bool:
        return key.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QMetaType::Nullptr:
        return QStringLiteral("null");
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return key.toString();
    case QMetaType::Double: {
        const double d = key.toDouble();
        if (std::isnan(d))
            return QStringLiteral("NaN");
        if (std::isinf(d))
            return d > 0 ? QStringLiteral("Infinity") : QStringLiteral("-Infinity");
        return QString::fromLatin1(pyformat::floatRepr(d));
    }
    default:
        break;
    }
    if (key.metaType() == QMetaType::fromType<BigInt>())
        return QString::fromLatin1(key.value<BigInt>().toDecimal());
    throw ValueError(QStringLiteral("keys must be str, int, float, bool or None, not %1").arg(pythonTypeName(key)));
}

void JsonWriter::writeItems(const QList<std::pair<QVariant, QVariant>> &items)
{
    if (m_style == Style::Typed) {
        m_out.append("{\"$dict\": [");
        for (qsizetype i = 0; i < items.size(); ++i) {
            m_out.append(i ? ", [" : "[");
            writeValue(items.at(i).first);
            m_out.append(", ");
            writeValue(items.at(i).second);
            m_out.append(']');
        }
        m_out.append("]}");
        return;
    }
    m_out.append('{');
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i)
            m_out.append(", ");
        writeString(pythonKey(items.at(i).first));
        m_out.append(": ");
        writeValue(items.at(i).second);
    }
    m_out.append('}');
}

void JsonWriter::writeValue(const QVariant &value)
{
    const QMetaType type = value.metaType();
    const bool typed = m_style == Style::Typed;
    switch (type.id()) {
    case QMetaType::UnknownType:
        throw ValueError(QStringLiteral("an invalid QVariant (a miss) is not a value"));
    case QMetaType::Nullptr:
        m_out.append("null");
        return;
    case QMetaType::Bool:
        m_out.append(value.toBool() ? "true" : "false");
        return;
    case QMetaType::Int:
    case QMetaType::LongLong:
        m_out.append(QByteArray::number(value.toLongLong()));
        return;
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        m_out.append(QByteArray::number(value.toULongLong()));
        return;
    case QMetaType::Double: {
        const double d = value.toDouble();
        if (typed) {
            writeTagged("$float", QString::fromLatin1(pyformat::floatRepr(d)));
        } else if (std::isnan(d)) {
            m_out.append("NaN");
        } else if (std::isinf(d)) {
            m_out.append(d > 0 ? "Infinity" : "-Infinity");
        } else {
            m_out.append(pyformat::floatRepr(d));
        }
        return;
    }
    case QMetaType::QString:
        writeString(value.toString());
        return;
    case QMetaType::QVariantList:
    case QMetaType::QStringList:
        writeArray(value.toList());
        return;
    case QMetaType::QVariantMap:
    case QMetaType::QVariantHash:
        writeItems(dictItems(value));
        return;
    case QMetaType::QByteArray:
        if (typed) {
            writeTagged("$bytes", QString::fromLatin1(value.toByteArray().toBase64()));
            return;
        }
        break;
    case QMetaType::QDateTime:
        if (typed) {
            writeTagged("$datetime", pyformat::isoFormat(value.toDateTime()));
            return;
        }
        break;
    case QMetaType::QDate:
        if (typed) {
            writeTagged("$date", pyformat::isoFormat(value.toDate()));
            return;
        }
        break;
    default:
        break;
    }
    if (type == QMetaType::fromType<BigInt>()) {
        m_out.append(value.value<BigInt>().toDecimal());
        return;
    }
    if (type == QMetaType::fromType<Dict>()) {
        writeItems(value.value<Dict>().items());
        return;
    }
    if (type == QMetaType::fromType<Tuple>()) {
        if (typed)
            writeTagged("$tuple", value.value<Tuple>().items);
        else
            writeArray(value.value<Tuple>().items); // json.dumps writes tuples as arrays
        return;
    }
    if (typed && type == QMetaType::fromType<PySet>()) {
        writeTagged("$set", value.value<PySet>().items);
        return;
    }
    if (typed && type == QMetaType::fromType<FrozenSet>()) {
        writeTagged("$frozenset", value.value<FrozenSet>().items);
        return;
    }
    if (typed && type == QMetaType::fromType<PyDateTime>()) {
        const PyDateTime dateTime = value.value<PyDateTime>();
        writeTagged("$datetime", pyformat::isoFormat(dateTime.value, dateTime.extraMicroseconds));
        return;
    }
    if (typed && type == QMetaType::fromType<Decimal>()) {
        writeTagged("$decimal", value.value<Decimal>().text);
        return;
    }
    if (typed && type == QMetaType::fromType<OpaqueObject>()) {
        const OpaqueObject object = value.value<OpaqueObject>();
        static const char *const constructions[] = {"reduce", "newobj", "global"};
        Dict fields;
        fields.insert(QStringLiteral("module"), object.module);
        fields.insert(QStringLiteral("name"), object.qualName);
        fields.insert(QStringLiteral("construction"), QString::fromLatin1(constructions[int(object.construction)]));
        if (!object.args.isEmpty())
            fields.insert(QStringLiteral("args"), object.args);
        if (object.state.isValid())
            fields.insert(QStringLiteral("state"), object.state);
        if (!object.listItems.isEmpty())
            fields.insert(QStringLiteral("listitems"), object.listItems);
        if (!object.dictItems.isEmpty())
            fields.insert(QStringLiteral("dictitems"), QVariant::fromValue(object.dictItems));
        // Plain JSON object (string keys) so the shape reads naturally.
        m_out.append("{\"$object\": {");
        const auto &items = fields.items();
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (i)
                m_out.append(", ");
            writeString(items.at(i).first.toString());
            m_out.append(": ");
            writeValue(items.at(i).second);
        }
        m_out.append("}}");
        return;
    }
    if (typed && value.canConvert<QString>()) {
        // Other Qt types (read by the qdatastream pickler): the type name and its text form.
        writeTagged("$qt", QVariantList{QString::fromLatin1(type.name()), value.toString()});
        return;
    }
    throw ValueError(QStringLiteral("Object of type %1 is not JSON serializable").arg(pythonTypeName(value)));
}

} // namespace cashews
