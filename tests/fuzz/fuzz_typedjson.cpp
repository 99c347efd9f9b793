// libFuzzer entry point for the typed JSON reader: any text gives a value or a ValueError, and
// a value read prints back to text that reads as the same value.
#include <cashews/errors.h>
#include <cashews/typedjson.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QVariant value;
    try {
        value = cashews::fromTypedJson(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    } catch (const cashews::ValueError &) {
        return 0;
    }
    const QByteArray text = cashews::toTypedJson(value);
    if (cashews::toTypedJson(cashews::fromTypedJson(text)) != text)
        std::abort();
    return 0;
}
