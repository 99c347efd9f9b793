#include "pipelineserializer.h"

#include <cashews/serializer.h>
#include <cashews/settings.h>

namespace cashews {

Serializer::~Serializer() = default;

SerializerPtr Serializer::create(const SerializerOptions &options)
{
    return std::make_shared<PipelineSerializer>(options);
}

SerializerPtr Serializer::fromSettings(Settings &settings, const QString &defaultPickleType)
{
    SerializerOptions options;
    options.pickleType = settings.takeString(QStringLiteral("pickle_type"), defaultPickleType);
    options.compressType = settings.takeString(QStringLiteral("compress_type"), QStringLiteral("null"));
    options.secret = settings.takeString(QStringLiteral("secret")).toUtf8();
    options.digestmod = settings.takeString(QStringLiteral("digestmod"), QStringLiteral("md5")).toUtf8();
    const QString accepted = settings.takeString(QStringLiteral("accept_digestmods"));
    for (const QString &name : accepted.split(u',', Qt::SkipEmptyParts))
        options.acceptDigestmods.append(name.trimmed().toUtf8());
    // cashews calls repr() on loaded objects to detect classes changed since they were stored;
    // here classes are never rebuilt (they stay OpaqueObject), so the option is accepted for
    // compatible setup URLs and has nothing to check.
    settings.takeBool(QStringLiteral("check_repr"), true);
    return create(options);
}

} // namespace cashews
