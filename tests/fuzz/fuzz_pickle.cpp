// libFuzzer entry point for the pickle reader: any input must give a value or a DecodeError,
// never a crash, a hang or an unbounded allocation (run with -rss_limit_mb and -timeout).
#include "picklereader.h"
#include "picklewriter.h"

#include <cashews/errors.h>
#include <cashews/typedjson.h>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QVariant value;
    try {
        value = cashews::PickleReader::load(bytes);
    } catch (const cashews::DecodeError &) {
        return 0;
    }
    // Whatever was read must also print as typed JSON, read back, and pickle again.
    const QByteArray json = cashews::toTypedJson(value);
    cashews::fromTypedJson(json);
    cashews::PickleWriter::dump(value);
    return 0;
}
