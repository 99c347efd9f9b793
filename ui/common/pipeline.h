#pragma once

#include <cashews/serializer.h>

#include <QVariantMap>

namespace cashews {

// Builds the core's value pipeline from the options that shape it (secret, digestmod,
// pickle_type, compress_type), independent of any store: the inspector decodes with it and
// the demo data encodes with it.
class Pipeline
{
public:
    // Throws SettingsError (and its Unsupported* children) for a bad option value.
    static SerializerPtr build(const QVariantMap &options, const QString &defaultPickleType = QStringLiteral("default"));
    // The subset of `options` the pipeline takes.
    static QVariantMap optionsOf(const QVariantMap &options);
};

} // namespace cashews
