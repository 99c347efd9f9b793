#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVariant>

#include <memory>

namespace cashews {

class Settings;
class Serializer;
using SerializerPtr = std::shared_ptr<const Serializer>;

// The options of the value pipeline, with cashews' names and defaults.
struct SerializerOptions
{
    QString pickleType = QStringLiteral("pickle"); // null | pickle (= default) | json | qdatastream
    QString compressType = QStringLiteral("null"); // null | gzip | zlib | zstd
    QByteArray secret;                             // signing secret; empty = no signing
    QByteArray digestmod = QByteArrayLiteral("md5"); // md5 | sha1 | sha256 | sum
    // Digestmods also accepted when reading (a migration window); any other digestmod named in
    // a value throws DigestmodMismatchError, "sum" included unless listed here.
    QList<QByteArray> acceptDigestmods;
};

// The value pipeline of cashews: ints as digits, registered custom types, a pickler
// (pickle protocol 5 / json / qdatastream / none), compression and signing.
// Byte-compatible with Python cashews; see <cashews/pytypes.h> for the value mapping.
class Serializer
{
public:
    virtual ~Serializer();

    // Builds the pipeline from the options pickle_type, compress_type, secret, digestmod,
    // accept_digestmods (comma-separated) and check_repr (taken from `settings`); `defaultPickleType` applies when pickle_type is absent.
    // Throws UnsupportedPicklerError / UnsupportedCompressorError / UnsupportedDigestmod.
    static std::shared_ptr<const Serializer> fromSettings(Settings &settings, const QString &defaultPickleType);
    // Builds the pipeline from explicit options (as cashews-cli encode/decode do); same errors.
    static SerializerPtr create(const SerializerOptions &options);

    // True for the "null" pickler without a secret: values are kept as live QVariants
    // (the memory backend's default), and encode/decode are not used.
    virtual bool storesObjects() const = 0;
    // The bytes to store for `value` under `key`. Throws ValueError for a value the pickler
    // cannot hold (e.g. bytes inside a JSON value) or an invalid QVariant.
    virtual QByteArray encode(const QString &key, const QVariant &value) const = 0;
    // The value stored as `bytes` under `key`; an invalid QVariant for a miss (unsigned data
    // under a secret, undecodable data). Throws UnSecureDataError for a bad signature, its
    // subclass DigestmodMismatchError for a digestmod other than the configured/accepted ones.
    virtual QVariant decode(const QString &key, const QByteArray &bytes) const = 0;
    // Like decode(), but undecodable data throws DecodeError (with the reason) instead of
    // being a miss; unsigned data under a secret throws SignIsMissingError. For tools that
    // must tell why a value cannot be read.
    virtual QVariant decodeStrict(const QString &key, const QByteArray &bytes) const = 0;
    // Whether `bytes` carries a signature this pipeline accepts for `key` (false without a
    // secret). The signature covers key + value, so a value that fails under its own key but
    // verifies under another (e.g. the name before a rename) was signed for that key, not with
    // another secret.
    virtual bool signatureVerifies(const QString &key, const QByteArray &bytes) const = 0;
};

} // namespace cashews
