#include "pipelineserializer.h"

#include <cashews/errors.h>
#include <cashews/pytypes.h>
#include <cashews/typeregistry.h>

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSerializer, "cashews.serialize")

namespace cashews {

namespace {

// Whether `bytes` is a stored integer. cashews tests bytes.isdigit(), so "-5" (which it writes
// for -5) is never read back and becomes a miss; we accept a leading '-' and read it back.
bool isIntegerText(const QByteArray &bytes)
{
    const qsizetype start = bytes.startsWith('-') ? 1 : 0;
    if (bytes.size() <= start)
        return false;
    for (qsizetype i = start; i < bytes.size(); ++i) {
        if (bytes.at(i) < '0' || bytes.at(i) > '9')
            return false;
    }
    return true;
}

std::optional<QByteArray> integerText(const QVariant &value)
{
    switch (value.metaType().id()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
        return QByteArray::number(value.toLongLong());
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return QByteArray::number(value.toULongLong());
    default:
        break;
    }
    if (value.metaType() == QMetaType::fromType<BigInt>())
        return value.value<BigInt>().toDecimal();
    return std::nullopt;
}

} // namespace

PipelineSerializer::PipelineSerializer(const SerializerOptions &options)
    : m_compressor(Compressor::fromName(options.compressType))
{
    const QString pickleType = options.pickleType.toLower();
    const bool nullPickler = pickleType == u"null" || pickleType.isEmpty();
    if (!options.secret.isEmpty())
        m_signer.emplace(options.secret, options.digestmod, options.acceptDigestmods);
    else
        Signer::requireKnown(QList<QByteArray>{options.digestmod} + options.acceptDigestmods);
    // The null pickler keeps live values; with a secret cashews switches to the default pickle,
    // and encode/decode use pickle for callers that want bytes anyway.
    m_storesObjects = nullPickler && !m_signer;
    m_pickler = Pickler::create(nullPickler ? QStringLiteral("pickle") : pickleType);
}

QByteArray PipelineSerializer::encode(const QString &key, const QVariant &value) const
{
    if (!value.isValid())
        throw ValueError(QStringLiteral("cannot store an invalid QVariant (a miss) under key '%1'").arg(key));
    // Integers are stored as ASCII digits, never pickled nor signed (so Redis INCR works), as
    // in cashews; negative ones too.
    if (const auto digits = integerText(value))
        return *digits;
    QByteArray payload;
    if (const auto custom = customTypeFor(value.metaType()))
        payload = custom->name + ':' + custom->encoder(value, key);
    else
        payload = m_pickler->dumps(value);
    payload = m_compressor.compress(payload);
    return m_signer ? m_signer->sign(key, payload) : payload;
}

QVariant PipelineSerializer::decodeStrict(const QString &key, const QByteArray &bytes) const
{
    if (isIntegerText(bytes)) {
        try {
            return BigInt::toVariant(bytes);
        } catch (const ValueError &error) {
            throw DecodeError(error.message());
        }
    }
    QByteArray payload = m_signer ? m_signer->verify(key, bytes) : bytes;
    payload = m_compressor.decompress(payload);
    try {
        return m_pickler->loads(payload);
    } catch (const DecodeError &error) {
        // cashews falls through to the custom types when unpickling fails ("bytes:...").
        const qsizetype colon = payload.indexOf(':');
        const auto custom = colon > 0 ? customTypeNamed(QByteArrayView(payload).first(colon)) : std::nullopt;
        if (!custom)
            throw;
        return custom->decoder(payload.mid(colon + 1), key);
    }
}

bool PipelineSerializer::signatureVerifies(const QString &key, const QByteArray &bytes) const
{
    return m_signer && m_signer->verifies(key, bytes);
}

QVariant PipelineSerializer::decode(const QString &key, const QByteArray &bytes) const
{
    try {
        return decodeStrict(key, bytes);
    } catch (const SignIsMissingError &) {
        return {}; // unsigned data read by a signing cache is a miss, as in cashews
    } catch (const DecodeError &error) {
        qCWarning(lcSerializer).noquote() << "cannot decode the value of key" << key << "- read as a miss:" << error.message();
        return {};
    }
}

} // namespace cashews
