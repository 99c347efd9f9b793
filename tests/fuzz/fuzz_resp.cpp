// libFuzzer entry point for the RESP reply path: arbitrary bytes fed to RedisReader in arbitrary
// chunk splits must give replies or a CacheBackendInteractionError, never a crash, a hang or an
// allocation larger than the bytes received justify.
#include "redisreader.h"

#include <cashews/errors.h>

#include <fuzzer/FuzzedDataProvider.h>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzedDataProvider input(data, size);
    cashews::RedisReader reader;
    try {
        while (input.remaining_bytes() > 0) {
            // The socket hands over whatever arrived: any split, down to single bytes.
            const auto chunkSize = input.ConsumeIntegralInRange<size_t>(1, 64);
            const std::string chunk = input.ConsumeBytesAsString(chunkSize);
            reader.feed(chunk.data(), qsizetype(chunk.size()));
            while (const auto reply = reader.next()) {
                // What the connection and the client-side cache do with a reply.
                reply->describe();
                reply->toInteger();
            }
        }
    } catch (const cashews::CacheBackendInteractionError &) {
    }
    return 0;
}
