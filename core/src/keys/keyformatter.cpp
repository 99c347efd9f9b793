#include <cashews/errors.h>
#include <cashews/keyformatter.h>
#include <cashews/pytypes.h>
#include <cashews/value.h>

#include <QCryptographicHash>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaProperty>
#include <QObject>
#include <QReadWriteLock>
#include <QStringDecoder>

#include <algorithm>
#include <charconv>
#include <atomic>

namespace cashews {

namespace {

struct Registry
{
    QReadWriteLock lock;
    QHash<QString, KeyFormatter::Function> functions;
    QHash<int, KeyFormatter::TypeFormatter> types;
    QHash<int, KeyFormatter::Accessor> accessors;
    // Lets render() skip the lock while nobody registered a type formatter (the hot path).
    std::atomic<bool> hasTypes{false};
};

QString hashOf(const QString &text, const QStringList &args)
{
    const QString alg = args.value(0, QStringLiteral("md5")).trimmed().toLower();
    QCryptographicHash::Algorithm algorithm = QCryptographicHash::Md5;
    if (alg == QLatin1String("sha1"))
        algorithm = QCryptographicHash::Sha1;
    else if (alg == QLatin1String("sha256"))
        algorithm = QCryptographicHash::Sha256;
    else if (alg != QLatin1String("md5"))
        throw WrongKeyError(QStringLiteral("Unknown hash algorithm '%1' in a key template (md5, sha1 or sha256)").arg(alg));
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), algorithm).toHex());
}

// The claim of a JWT's payload segment; the signature is not checked (cashews does not either).
QString jwtClaim(const QString &token, const QStringList &args)
{
    const QStringList parts = token.split(QLatin1Char('.'));
    if (parts.size() < 2)
        throw ValueError(QStringLiteral("Key template jwt(): the value is not a JWT"));
    const auto decoded = QByteArray::fromBase64Encoding(parts.at(1).toLatin1(),
                                                        QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        throw ValueError(QStringLiteral("Key template jwt(): the payload is not base64url"));
    const QJsonDocument doc = QJsonDocument::fromJson(*decoded);
    if (!doc.isObject())
        throw ValueError(QStringLiteral("Key template jwt(): the payload is not a JSON object"));
    return KeyFormatter::render(doc.object().value(args.value(0).trimmed()).toVariant());
}

Registry &registry()
{
    static Registry *r = [] {
        auto *reg = new Registry;
        reg->functions.insert(QStringLiteral("lower"), [](const QVariant &v, const QStringList &) {
            return KeyFormatter::render(v).toLower();
        });
        reg->functions.insert(QStringLiteral("upper"), [](const QVariant &v, const QStringList &) {
            return KeyFormatter::render(v).toUpper();
        });
        // Python's len() of the rendered str counts code points, not UTF-16 units.
        reg->functions.insert(QStringLiteral("len"), [](const QVariant &v, const QStringList &) {
            return QString::number(KeyFormatter::render(v).toUcs4().size());
        });
        reg->functions.insert(QStringLiteral("hash"), [](const QVariant &v, const QStringList &args) {
            return hashOf(KeyFormatter::render(v), args);
        });
        reg->functions.insert(QStringLiteral("jwt"), [](const QVariant &v, const QStringList &args) {
            return jwtClaim(KeyFormatter::render(v), args);
        });
        // Python's dict.get: a missing name renders as "" (None).
        reg->functions.insert(QStringLiteral("get"), [](const QVariant &v, const QStringList &args) {
            const QString name = args.value(0).trimmed();
            if (v.metaType().id() == QMetaType::QVariantMap)
                return KeyFormatter::render(v.toMap().value(name));
            return KeyFormatter::render(KeyFormatter::member(v, name));
        });
        return reg;
    }();
    return *r;
}

QString renderBytes(const QByteArray &bytes)
{
    auto decoder = QStringDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(bytes);
    if (decoder.hasError())
        return QString::fromLatin1(bytes.toHex());
    return text;
}

QString renderItems(const QVariantList &items)
{
    QStringList parts;
    parts.reserve(items.size());
    for (const QVariant &item : items)
        parts.append(KeyFormatter::render(item));
    return parts.join(QLatin1Char(':'));
}

// A Python dict read from a store: keys of any type, sorted by their text as cashews sorts.
QString renderDict(const Dict &dict)
{
    QList<std::pair<QString, QString>> pairs;
    for (const auto &item : dict.items())
        pairs.append({KeyFormatter::render(item.first), KeyFormatter::render(item.second)});
    std::sort(pairs.begin(), pairs.end());
    QStringList parts;
    for (const auto &pair : std::as_const(pairs))
        parts.append(pair.first + QLatin1Char(':') + pair.second);
    return parts.join(QLatin1Char(':'));
}

template<typename Map>
QString renderMap(const Map &map)
{
    QStringList keys = map.keys();
    std::sort(keys.begin(), keys.end());
    QStringList parts;
    parts.reserve(keys.size());
    for (const QString &k : std::as_const(keys))
        parts.append(k + QLatin1Char(':') + KeyFormatter::render(map.value(k)));
    return parts.join(QLatin1Char(':'));
}

} // namespace

void KeyFormatter::registerFunction(const QString &name, Function function)
{
    Registry &r = registry();
    QWriteLocker locker(&r.lock);
    r.functions.insert(name, std::move(function));
}

bool KeyFormatter::hasFunction(const QString &name)
{
    Registry &r = registry();
    QReadLocker locker(&r.lock);
    return r.functions.contains(name);
}

void KeyFormatter::registerType(QMetaType type, TypeFormatter formatter)
{
    Registry &r = registry();
    QWriteLocker locker(&r.lock);
    r.types.insert(type.id(), std::move(formatter));
    r.hasTypes = true;
}

void KeyFormatter::registerAccessor(QMetaType type, Accessor accessor)
{
    Registry &r = registry();
    QWriteLocker locker(&r.lock);
    r.accessors.insert(type.id(), std::move(accessor));
}

QString KeyFormatter::render(const QVariant &value)
{
    if (!value.isValid() || isNone(value))
        return {};
    const int id = value.metaType().id();
    Registry &r = registry();
    if (r.hasTypes) {
        TypeFormatter formatter;
        {
            QReadLocker locker(&r.lock);
            formatter = r.types.value(id);
        }
        if (formatter)
            return formatter(value);
    }
    switch (id) {
    // Direct conversions: QVariant::toString() goes through QMetaType::convert, which
    // dominates the cost of a key on the hit path.
    case QMetaType::QString:
        return *static_cast<const QString *>(value.constData());
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QMetaType::Int:
        return QString::number(*static_cast<const int *>(value.constData()));
    case QMetaType::LongLong:
        return QString::number(*static_cast<const qlonglong *>(value.constData()));
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Double:
        return value.toString();
    case QMetaType::QByteArray:
        return renderBytes(value.toByteArray());
    case QMetaType::QStringList:
        return value.toStringList().join(QLatin1Char(':'));
    case QMetaType::QVariantList:
        return renderItems(value.toList());
    case QMetaType::QVariantMap:
        return renderMap(value.toMap());
    case QMetaType::QVariantHash:
        return renderMap(value.toHash());
    default:
        break;
    }
    // The Python value model of <cashews/pytypes.h> (values read back from a store).
    if (id == qMetaTypeId<Tuple>())
        return renderItems(value.value<Tuple>().items);
    if (id == qMetaTypeId<PySet>())
        return renderItems(value.value<PySet>().items);
    if (id == qMetaTypeId<FrozenSet>())
        return renderItems(value.value<FrozenSet>().items);
    if (id == qMetaTypeId<Dict>())
        return renderDict(value.value<Dict>());
    if (id == qMetaTypeId<BigInt>())
        return QString::fromLatin1(value.value<BigInt>().toDecimal());
    if (id == qMetaTypeId<Decimal>())
        return value.value<Decimal>().text;
    if (value.canConvert<QString>())
        return value.toString();
    throw ValueError(QStringLiteral("Cannot render a value of type %1 in a cache key: register a formatter with KeyFormatter::registerType")
                         .arg(QString::fromLatin1(value.metaType().name())));
}

void KeyFormatter::appendTo(QString &out, const QVariant &value)
{
    if (!registry().hasTypes) {
        qlonglong number = 0;
        switch (value.metaType().id()) {
        case QMetaType::QString:
            out += *static_cast<const QString *>(value.constData());
            return;
        case QMetaType::Int:
            number = *static_cast<const int *>(value.constData());
            break;
        case QMetaType::LongLong:
            number = *static_cast<const qlonglong *>(value.constData());
            break;
        default:
            out += render(value);
            return;
        }
        char digits[24];
        const auto end = std::to_chars(digits, digits + sizeof(digits), number).ptr;
        out += QLatin1StringView(digits, end - digits);
        return;
    }
    out += render(value);
}

QVariant KeyFormatter::member(const QVariant &value, const QString &name)
{
    const QMetaType type = value.metaType();
    switch (type.id()) {
    case QMetaType::QVariantMap: {
        const QVariantMap map = value.toMap();
        if (const auto it = map.constFind(name); it != map.constEnd())
            return *it;
        break;
    }
    case QMetaType::QVariantHash: {
        const QVariantHash hash = value.toHash();
        if (const auto it = hash.constFind(name); it != hash.constEnd())
            return *it;
        break;
    }
    case QMetaType::QVariantList:
    case QMetaType::QStringList: {
        const QVariantList list = value.toList();
        bool ok = false;
        const int index = name.toInt(&ok);
        if (ok && index >= -list.size() && index < list.size())
            return list.at(index < 0 ? index + list.size() : index); // Python's negative indexes
        break;
    }
    default: {
        Accessor accessor;
        {
            Registry &r = registry();
            QReadLocker locker(&r.lock);
            accessor = r.accessors.value(type.id());
        }
        if (accessor) {
            QVariant result = accessor(value, name);
            if (result.isValid())
                return result;
            break;
        }
        const QByteArray prop = name.toUtf8();
        if (type.flags() & QMetaType::PointerToQObject) {
            const QObject *object = value.value<QObject *>();
            if (object && object->metaObject()->indexOfProperty(prop.constData()) >= 0)
                return object->property(prop.constData());
        } else if (const QMetaObject *meta = type.metaObject(); meta && (type.flags() & QMetaType::IsGadget)) {
            const int index = meta->indexOfProperty(prop.constData());
            if (index >= 0)
                return meta->property(index).readOnGadget(value.constData());
        }
        break;
    }
    }
    throw ValueError(QStringLiteral("Key template: a value of type %1 has no member '%2'")
                         .arg(QString::fromLatin1(type.name()), name));
}

QString KeyFormatter::apply(const QString &name, const QVariant &value, const QStringList &args)
{
    Function function;
    {
        Registry &r = registry();
        QReadLocker locker(&r.lock);
        function = r.functions.value(name);
    }
    if (!function)
        throw WrongKeyError(QStringLiteral("Unknown format function '%1' in a key template").arg(name));
    return function(value, args);
}

} // namespace cashews
