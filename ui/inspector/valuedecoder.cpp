#include "inspector/valuedecoder.h"

#include "common/keymeaning.h"
#include "common/pipeline.h"

#include <cashews/errors.h>
#include <cashews/pytypes.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QStringDecoder>

#include <algorithm>

namespace cashews {

namespace {

const QRegularExpression &signaturePattern()
{
    // xxh3_64 / xxh3_128 contain '_' themselves (cashews cannot read those back; we can).
    static const QRegularExpression re(QStringLiteral("^(md5|sha1|sha256|sum|xxh32|xxh64|xxh3_64|xxh3_128):[0-9a-f]+_"));
    return re;
}

const QRegularExpression &legacySignaturePattern()
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{32}_"));
    return re;
}

// Digits of any length: cashews reads them as a Python int before anything else.
bool isInteger(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return false;
    const qsizetype start = bytes.startsWith('-') ? 1 : 0;
    if (start == bytes.size())
        return false;
    for (qsizetype i = start; i < bytes.size(); ++i) {
        if (bytes.at(i) < '0' || bytes.at(i) > '9')
            return false;
    }
    return true;
}

// Whether the bytes are one JSON document (what the json pickler writes).
bool isJson(const QByteArray &payload)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArrayLiteral("[") + payload + QByteArrayLiteral("]"), &error);
    return error.error == QJsonParseError::NoError && doc.array().size() == 1;
}

// Keys whose values cashews writes raw (set_lock, bit fields), never through the signing
// pipeline. Early's refresh lock is a plain set() of "1": signed like any value.
bool neverSigned(const QString &key)
{
    const KeyMeaning meaning = KeyMeaning::classify(key);
    using Strategy = KeyMeaning::Strategy;
    if (meaning.strategy == Strategy::Early)
        return false;
    return meaning.isLock() || meaning.strategy == Strategy::Bloom || meaning.strategy == Strategy::DualBloom;
}

QString compressionOf(const QByteArray &payload)
{
    if (payload.startsWith("\x1f\x8b"))
        return QStringLiteral("gzip");
    if (payload.size() >= 2 && static_cast<uchar>(payload.at(0)) == 0x78
        && ((static_cast<uint>(static_cast<uchar>(payload.at(0))) << 8) | static_cast<uchar>(payload.at(1))) % 31 == 0)
        return QStringLiteral("zlib");
    return {};
}

QString formatOf(const QByteArray &payload, const QString &compression)
{
    if (!compression.isEmpty())
        return {};
    if (payload.size() >= 2 && static_cast<uchar>(payload.at(0)) == 0x80)
        return QStringLiteral("pickle protocol %1").arg(static_cast<int>(static_cast<uchar>(payload.at(1))));
    static const QRegularExpression custom(QStringLiteral("^([A-Za-z_][A-Za-z0-9_]*):"));
    const auto match = custom.match(QString::fromLatin1(payload.left(64)));
    if (match.hasMatch())
        return match.captured(1) + QLatin1Char(':');
    return QStringLiteral("raw");
}

} // namespace

DecodedValue ValueDecoder::decode(const QString &key, const QVariant &stored, const QVariantMap &connectionOptions)
{
    DecodedValue result;
    if (!stored.isValid()) {
        result.error = QCoreApplication::translate("cashews::ValueDecoder", "the key does not exist");
        return result;
    }
    if (stored.metaType().id() != QMetaType::QByteArray) {
        result.liveObject = true;
        result.format = QCoreApplication::translate("cashews::ValueDecoder", "object (%1)").arg(pythonTypeName(stored));
        result.value = stored;
        return result;
    }
    result.raw = stored.toByteArray();
    QVariantMap options = Pipeline::optionsOf(connectionOptions);
    const bool hasSecret = options.contains(QStringLiteral("secret"));
    if (isInteger(result.raw)) {
        result.format = QStringLiteral("int");
        if (hasSecret)
            result.signature = DecodedValue::Signature::NeverSigned;
        // Python ints have no size limit (a BigInt beyond 64 bits).
        try {
            result.value = BigInt::toVariant(result.raw);
        } catch (const CacheError &e) {
            result.error = e.message();
        }
        return result;
    }
    const QString head = QString::fromLatin1(result.raw.left(160));
    auto match = signaturePattern().match(head);
    if (!match.hasMatch())
        match = legacySignaturePattern().match(head);
    QByteArray payload = result.raw;
    if (match.hasMatch()) {
        result.digestmod = match.captured(1).isEmpty() ? options.value(QStringLiteral("digestmod"), QStringLiteral("md5")).toString()
                                                       : match.captured(1);
        payload = result.raw.mid(match.capturedLength());
        result.signature = hasSecret ? DecodedValue::Signature::Valid : DecodedValue::Signature::Unverified;
    } else if (hasSecret) {
        result.signature = neverSigned(key) ? DecodedValue::Signature::NeverSigned : DecodedValue::Signature::Missing;
    }
    result.compression = compressionOf(payload);
    result.format = formatOf(payload, result.compression);
    if (!result.compression.isEmpty())
        options.insert(QStringLiteral("compress_type"), result.compression);

    // Pick the pickler from what the bytes look like, so that a JSON store and a pickle
    // store both show their values whatever the connection says.
    const bool pickled = result.format.startsWith(QLatin1StringView("pickle")) || !result.compression.isEmpty();
    if (!pickled && result.format == QLatin1StringView("raw")) {
        if (isJson(payload)) {
            options.insert(QStringLiteral("pickle_type"), QStringLiteral("json"));
            result.format = QStringLiteral("json");
        } else {
            // Lock owners and set_raw data: not a cashews-encoded value, shown as it is.
            // Text only when it reads as text: control characters mean binary data.
            QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            const QString text = utf8.decode(payload);
            const bool binary = utf8.hasError() || std::any_of(text.cbegin(), text.cend(), [](QChar c) {
                return c.unicode() < 0x20 && c != QLatin1Char('\n') && c != QLatin1Char('\r') && c != QLatin1Char('\t');
            });
            result.value = binary ? QVariant(payload) : QVariant(text);
            return result;
        }
    } else if (!options.contains(QStringLiteral("pickle_type"))) {
        options.insert(QStringLiteral("pickle_type"), QStringLiteral("default"));
    }

    try {
        if (result.signature == DecodedValue::Signature::Valid) {
            result.value = Pipeline::build(options)->decode(key, result.raw);
        } else {
            // Unsigned data on a signing connection, or a signature we cannot check:
            // decode the payload without the signature step so the user still sees it.
            options.remove(QStringLiteral("secret"));
            result.value = Pipeline::build(options)->decode(key, payload);
        }
    } catch (const UnSecureDataError &e) {
        result.signature = DecodedValue::Signature::Wrong;
        if (const auto *other = dynamic_cast<const DigestmodMismatchError *>(&e)) {
            result.signature = DecodedValue::Signature::OtherDigest;
            result.configuredDigestmod = QString::fromLatin1(other->configuredDigestmod());
            result.weakerDigest = other->isWeaker();
            result.acceptedByPython = other->validForStoredDigestmod();
        }
        result.error = e.message();
        options.remove(QStringLiteral("secret"));
        try {
            result.value = Pipeline::build(options)->decode(key, payload);
        } catch (const CacheError &inner) {
            result.error += QLatin1Char('\n') + inner.message();
        }
    } catch (const CacheError &e) {
        result.error = e.message();
    }
    if (!result.value.isValid() && result.error.isEmpty()) {
        result.error = QCoreApplication::translate("cashews::ValueDecoder", "the pipeline could not decode these bytes");
    }
    return result;
}

} // namespace cashews
