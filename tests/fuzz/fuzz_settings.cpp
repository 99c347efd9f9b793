// libFuzzer entry point for setup URLs and options: the input splits into a URL and up to four
// key=value options, read by Settings::parse and by the Redis backend's option parsing (which
// needs no connection). Any input gives options or a SettingsError (a CacheError), never a crash.
#include "redisoptions.h"

#include <cashews/errors.h>
#include <cashews/settings.h>

#include <fuzzer/FuzzedDataProvider.h>

#include <cstddef>
#include <cstdint>

namespace {

QString takeText(FuzzedDataProvider &input)
{
    const std::string text = input.ConsumeRandomLengthString(256);
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzedDataProvider input(data, size);
    const QString url = takeText(input);
    QVariantMap options;
    const int count = input.ConsumeIntegralInRange(0, 4);
    for (int i = 0; i < count; ++i) {
        const QString name = takeText(input);
        options.insert(name, takeText(input));
    }
    try {
        cashews::Settings settings = cashews::Settings::parse(url, options);
        settings.redactedUrl();
        const cashews::RedisOptions redis = cashews::RedisOptions::fromSettings(settings);
        redis.handshake();
        redis.endpoint();
        settings.finish();
    } catch (const cashews::CacheError &) {
    }
    return 0;
}
