#include "common/pipeline.h"

#include <cashews/settings.h>

namespace cashews {

SerializerPtr Pipeline::build(const QVariantMap &options, const QString &defaultPickleType)
{
    Settings settings = Settings::parse(QStringLiteral("mem://"), optionsOf(options));
    SerializerPtr serializer = Serializer::fromSettings(settings, defaultPickleType);
    settings.finish();
    return serializer;
}

QVariantMap Pipeline::optionsOf(const QVariantMap &options)
{
    QVariantMap picked;
    for (const char *name : {"secret", "digestmod", "pickle_type", "compress_type"}) {
        const QString key = QString::fromLatin1(name);
        const QVariant value = options.value(key);
        if (value.isValid() && !value.toString().isEmpty())
            picked.insert(key, value);
    }
    return picked;
}

} // namespace cashews
