#include <cashews/typedjson.h>

#include "jsonreader.h"
#include "jsonwriter.h"
#include "pyformat.h"

#include <cashews/errors.h>
#include <cashews/pytypes.h>

namespace cashews {

namespace {

ValueError badTagged(const QString &tag, const QString &what)
{
    return ValueError(QStringLiteral("typed JSON {\"%1\": ...}: %2").arg(tag, what));
}

QVariant fromTyped(const QVariant &json);

QVariantList typedList(const QString &tag, const QVariant &payload)
{
    if (payload.metaType().id() != QMetaType::QVariantList)
        throw badTagged(tag, QStringLiteral("expected an array"));
    QVariantList items = payload.toList();
    for (QVariant &item : items)
        item = fromTyped(item);
    return items;
}

QString typedString(const QString &tag, const QVariant &payload)
{
    if (payload.metaType().id() != QMetaType::QString)
        throw badTagged(tag, QStringLiteral("expected a string"));
    return payload.toString();
}

Dict typedDict(const QString &tag, const QVariant &payload)
{
    Dict dict;
    for (const QVariant &pair : typedList(tag, payload)) {
        const QVariantList kv = pair.toList();
        if (pair.metaType().id() != QMetaType::QVariantList || kv.size() != 2)
            throw badTagged(tag, QStringLiteral("expected [key, value] pairs"));
        dict.insert(kv.at(0), kv.at(1));
    }
    return dict;
}

OpaqueObject typedObject(const QString &tag, const QVariant &payload)
{
    if (payload.metaType() != QMetaType::fromType<Dict>())
        throw badTagged(tag, QStringLiteral("expected an object"));
    OpaqueObject object;
    const Dict fields = payload.value<Dict>();
    for (const auto &[key, field] : fields.items()) {
        const QString name = key.toString();
        if (name == u"module") {
            object.module = typedString(tag, field);
        } else if (name == u"name") {
            object.qualName = typedString(tag, field);
        } else if (name == u"construction") {
            const QString kind = typedString(tag, field);
            if (kind == u"reduce")
                object.construction = OpaqueObject::Construction::Reduce;
            else if (kind == u"newobj")
                object.construction = OpaqueObject::Construction::NewObject;
            else if (kind == u"global")
                object.construction = OpaqueObject::Construction::Global;
            else
                throw badTagged(tag, QStringLiteral("unknown construction '%1'").arg(kind));
        } else if (name == u"args") {
            object.args = typedList(tag, field);
        } else if (name == u"state") {
            object.state = fromTyped(field);
        } else if (name == u"listitems") {
            object.listItems = typedList(tag, field);
        } else if (name == u"dictitems") {
            const QVariant items = fromTyped(field);
            if (items.metaType() != QMetaType::fromType<Dict>())
                throw badTagged(tag, QStringLiteral("dictitems must be a dict"));
            object.dictItems = items.value<Dict>();
        } else {
            throw badTagged(tag, QStringLiteral("unknown field '%1'").arg(name));
        }
    }
    if (object.module.isEmpty() || object.qualName.isEmpty())
        throw badTagged(tag, QStringLiteral("'module' and 'name' are required"));
    return object;
}

QVariant qtValue(const QString &tag, const QVariant &payload)
{
    const QVariantList pair = payload.toList();
    if (payload.metaType().id() != QMetaType::QVariantList || pair.size() != 2)
        throw badTagged(tag, QStringLiteral("expected [type name, text]"));
    const QMetaType type = QMetaType::fromName(typedString(tag, pair.at(0)).toLatin1());
    QVariant value = typedString(tag, pair.at(1));
    if (!type.isValid() || !value.convert(type))
        throw badTagged(tag, QStringLiteral("cannot make a %1 from '%2'").arg(pair.at(0).toString(), pair.at(1).toString()));
    return value;
}

QVariant fromTyped(const QVariant &json)
{
    if (json.metaType().id() == QMetaType::QVariantList)
        return typedList(QStringLiteral("list"), json);
    if (json.metaType() != QMetaType::fromType<Dict>())
        return json;
    const Dict object = json.value<Dict>();
    const QString tag = object.size() == 1 ? object.items().front().first.toString() : QString();
    if (!tag.startsWith(QLatin1Char('$'))) {
        Dict dict;
        for (const auto &[key, value] : object.items())
            dict.insert(key, fromTyped(value));
        return QVariant::fromValue(dict);
    }
    const QVariant payload = object.items().front().second;
    try {
        if (tag == u"$float") {
            if (payload.metaType().id() == QMetaType::Double)
                return payload;
            return pyformat::parseFloat(typedString(tag, payload).toLatin1());
        }
        if (tag == u"$bytes") {
            const auto decoded = QByteArray::fromBase64Encoding(typedString(tag, payload).toLatin1(),
                                                                QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded)
                throw badTagged(tag, QStringLiteral("invalid base64"));
            return *decoded;
        }
        if (tag == u"$tuple")
            return QVariant::fromValue(Tuple{typedList(tag, payload)});
        if (tag == u"$set")
            return QVariant::fromValue(PySet{typedList(tag, payload)});
        if (tag == u"$frozenset")
            return QVariant::fromValue(FrozenSet{typedList(tag, payload)});
        if (tag == u"$dict")
            return QVariant::fromValue(typedDict(tag, payload));
        if (tag == u"$datetime")
            return pyformat::parseDateTime(typedString(tag, payload));
        if (tag == u"$date")
            return pyformat::parseDate(typedString(tag, payload));
        if (tag == u"$decimal") {
            const QString text = typedString(tag, payload);
            if (!pyformat::isDecimalText(text))
                throw badTagged(tag, QStringLiteral("'%1' is not a decimal number").arg(text.left(64)));
            return QVariant::fromValue(Decimal{text});
        }
        if (tag == u"$object")
            return QVariant::fromValue(typedObject(tag, payload));
        if (tag == u"$qt")
            return qtValue(tag, payload);
    } catch (const ValueError &error) {
        if (error.message().startsWith(QStringLiteral("typed JSON")))
            throw;
        throw badTagged(tag, error.message());
    }
    throw ValueError(QStringLiteral("typed JSON: unknown tag '%1'").arg(tag));
}

} // namespace

QByteArray toTypedJson(const QVariant &value)
{
    return JsonWriter::write(value, JsonWriter::Style::Typed);
}

QVariant fromTypedJson(const QByteArray &text)
{
    return fromTyped(JsonReader::parse(text));
}

} // namespace cashews
