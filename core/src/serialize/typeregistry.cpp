#include <cashews/errors.h>
#include <cashews/typeregistry.h>

#include <QHash>
#include <QReadWriteLock>

namespace cashews {

namespace {

// The process-wide registry (cashews keeps a class-level dict likewise).
struct Registry
{
    QReadWriteLock lock;
    QHash<QByteArray, CustomType> byName;

    Registry()
    {
        // cashews registers bytes by default: stored as "bytes:" + the raw bytes.
        byName.insert(QByteArrayLiteral("bytes"),
                      CustomType{QByteArrayLiteral("bytes"), QMetaType::fromType<QByteArray>(),
                                 [](const QVariant &value, const QString &) { return value.toByteArray(); },
                                 [](const QByteArray &payload, const QString &) { return QVariant(payload); }});
    }
};

Registry &registry()
{
    static Registry instance;
    return instance;
}

bool isIdentifier(QByteArrayView name)
{
    if (name.isEmpty() || (name.front() >= '0' && name.front() <= '9'))
        return false;
    for (char c : name) {
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'))
            return false;
    }
    return true;
}

} // namespace

void registerType(const QByteArray &typeName, QMetaType type, TypeEncoder encoder, TypeDecoder decoder)
{
    if (!isIdentifier(typeName))
        throw ValueError(QStringLiteral("custom type name '%1' is not an identifier").arg(QString::fromUtf8(typeName)));
    if (!type.isValid() || !encoder || !decoder)
        throw ValueError(QStringLiteral("custom type '%1' needs a valid type, encoder and decoder").arg(QString::fromUtf8(typeName)));
    Registry &r = registry();
    QWriteLocker locker(&r.lock);
    // One codec per QVariant type: a new name for the same type replaces the old entry.
    for (auto it = r.byName.begin(); it != r.byName.end();) {
        if (it->type == type)
            it = r.byName.erase(it);
        else
            ++it;
    }
    r.byName.insert(typeName, CustomType{typeName, type, std::move(encoder), std::move(decoder)});
}

std::optional<CustomType> customTypeFor(QMetaType type)
{
    Registry &r = registry();
    QReadLocker locker(&r.lock);
    for (const CustomType &custom : std::as_const(r.byName)) {
        if (custom.type == type)
            return custom;
    }
    return std::nullopt;
}

std::optional<CustomType> customTypeNamed(QByteArrayView typeName)
{
    Registry &r = registry();
    QReadLocker locker(&r.lock);
    const auto it = r.byName.constFind(typeName.toByteArray());
    if (it == r.byName.cend())
        return std::nullopt;
    return *it;
}

} // namespace cashews
