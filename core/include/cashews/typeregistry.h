#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>
#include <QVariant>

#include <functional>
#include <optional>

// Custom value types, as cashews' register_type(): a value whose QVariant type is registered is
// stored as "<typeName>:<encoder output>" instead of being pickled (then compressed and signed
// like any value), and read back by the decoder registered under the same name.
// "bytes" (QByteArray, stored unchanged) is registered by default, like in cashews.
namespace cashews {

// Encodes `value` (stored under `key`) to the payload that follows "<typeName>:".
using TypeEncoder = std::function<QByteArray(const QVariant &value, const QString &key)>;
// Decodes a payload read under `key`; throws DecodeError to make the read a miss.
using TypeDecoder = std::function<QVariant(const QByteArray &payload, const QString &key)>;

struct CustomType
{
    QByteArray name;
    QMetaType type;
    TypeEncoder encoder;
    TypeDecoder decoder;
};

// Registers (or replaces) the codec of values of `type` under `typeName`; thread-safe.
// Throws ValueError if `typeName` is not an identifier (it must not contain ':').
void registerType(const QByteArray &typeName, QMetaType type, TypeEncoder encoder, TypeDecoder decoder);
// Same, with the QVariant type given as a template argument: registerType<QUuid>("UUID", ...).
template<typename T>
void registerType(const QByteArray &typeName, TypeEncoder encoder, TypeDecoder decoder)
{
    registerType(typeName, QMetaType::fromType<T>(), std::move(encoder), std::move(decoder));
}
// The codec that encodes values of `type`, if any.
std::optional<CustomType> customTypeFor(QMetaType type);
// The codec registered under `typeName`, if any.
std::optional<CustomType> customTypeNamed(QByteArrayView typeName);

} // namespace cashews
