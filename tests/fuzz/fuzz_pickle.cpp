// libFuzzer entry point for the pickle reader: any input must give a value or a DecodeError,
// never a crash, a hang or an unbounded allocation (run with -rss_limit_mb and -timeout).
#include <cashews/errors.h>
#include <cashews/serializer.h>
#include <cashews/typedjson.h>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const cashews::SerializerPtr pickle = cashews::Serializer::create({});
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    try {
        const QVariant value = pickle->decodeStrict(QStringLiteral("k"), bytes);
        // Whatever was read must also be printable and writable again.
        cashews::toTypedJson(value);
        pickle->encode(QStringLiteral("k"), value);
    } catch (const cashews::DecodeError &) {
    }
    return 0;
}
