#pragma once

#include "compressor.h"
#include "pickler.h"
#include "signer.h"

#include <cashews/serializer.h>

#include <optional>

namespace cashews {

// The Serializer of cashews' pipeline. Writing: integers as ASCII digits; else a registered
// custom type ("name:payload") or the pickler; then compression; then the signature.
// Reading reverses it in cashews' order (digits first, then signature, compression, pickler,
// custom types).
class PipelineSerializer : public Serializer
{
public:
    explicit PipelineSerializer(const SerializerOptions &options);

    bool storesObjects() const override { return m_storesObjects; }
    QByteArray encode(const QString &key, const QVariant &value) const override;
    QVariant decode(const QString &key, const QByteArray &bytes) const override;
    QVariant decodeStrict(const QString &key, const QByteArray &bytes) const override;
    bool signatureVerifies(const QString &key, const QByteArray &bytes) const override;

private:
    std::shared_ptr<const Pickler> m_pickler;
    Compressor m_compressor;
    std::optional<Signer> m_signer;
    bool m_storesObjects = false;
};

} // namespace cashews
