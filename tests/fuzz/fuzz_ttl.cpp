// libFuzzer entry point for TTLs: any text gives a Ttl or a ValueError, through both readers the
// settings use (a number of seconds and the "1d2h3m" form), and an accepted TTL is never
// shorter than what was asked for (beyond rounding to the millisecond and to a double).
#include <cashews/errors.h>
#include <cashews/ttl.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    try {
        const cashews::Ttl ttl = cashews::Ttl::parse(text);
        if (ttl.milliseconds() < 0)
            std::abort();
    } catch (const cashews::ValueError &) {
    }
    bool isNumber = false;
    const double seconds = text.toDouble(&isNumber);
    if (!isNumber)
        return 0;
    try {
        const cashews::Ttl ttl(seconds);
        if (ttl.seconds() + 0.001 < seconds * (1 - 1e-12))
            std::abort();
    } catch (const cashews::ValueError &) {
    }
    return 0;
}
