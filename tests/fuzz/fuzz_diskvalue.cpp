// libFuzzer entry point for the disk store's stored-value decoding (DiskStore::decode hands a
// row's bytes to the Serializer its disk:// options built): the first byte picks the pipeline
// (pickle_type, compress_type, signing), the rest is the stored value. Any bytes give a value, a
// miss or a DecodeError, never a crash, a hang or a decompression bomb past -rss_limit_mb.
#include <cashews/errors.h>
#include <cashews/serializer.h>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    // The pipelines a disk:// store can be set up with (pickle_type null is refused there).
    static const QString pickleTypes[] = {QStringLiteral("pickle"), QStringLiteral("json"), QStringLiteral("qdatastream")};
    static const QString compressTypes[] = {QStringLiteral("null"), QStringLiteral("gzip"), QStringLiteral("zlib"), QStringLiteral("zstd")};
    static const QByteArray digestmods[] = {QByteArrayLiteral("md5"), QByteArrayLiteral("sha256")};
    const uint8_t choice = data[0];
    cashews::SerializerOptions options;
    options.pickleType = pickleTypes[choice % 3];
    options.compressType = compressTypes[(choice / 3) % 4];
    if (choice & 0x40) {
        options.secret = QByteArrayLiteral("fuzz-secret");
        options.digestmod = digestmods[(choice >> 7) & 1];
    }
    const cashews::SerializerPtr serializer = cashews::Serializer::create(options);
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const QString key = QStringLiteral("k");
    try {
        serializer->decode(key, bytes);
        serializer->decodeStrict(key, bytes);
    } catch (const cashews::CacheError &) {
    }
    return 0;
}
