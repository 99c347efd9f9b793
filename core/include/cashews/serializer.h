#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <memory>

namespace cashews {

class Settings;

// The value pipeline of cashews: ints as digits, registered custom types, a pickler
// (pickle protocol 5 / json / qdatastream / none), compression and signing.
// Byte-compatible with Python cashews; see <cashews/pytypes.h> for the value mapping.
class Serializer
{
public:
    virtual ~Serializer();

    // Builds the pipeline from the options pickle_type, compress_type, secret, digestmod and
    // check_repr (taken from `settings`); `defaultPickleType` applies when pickle_type is absent.
    static std::shared_ptr<const Serializer> fromSettings(Settings &settings, const QString &defaultPickleType);

    // True for the "null" pickler without a secret: values are kept as live QVariants
    // (the memory backend's default), and encode/decode are not used.
    virtual bool storesObjects() const = 0;
    // The bytes to store for `value` under `key`.
    virtual QByteArray encode(const QString &key, const QVariant &value) const = 0;
    // The value stored as `bytes` under `key`; an invalid QVariant for a miss (unsigned data
    // under a secret, undecodable data). Throws UnSecureDataError for a bad signature.
    virtual QVariant decode(const QString &key, const QByteArray &bytes) const = 0;
};

using SerializerPtr = std::shared_ptr<const Serializer>;

} // namespace cashews
