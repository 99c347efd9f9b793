#include "compressor.h"

#include <cashews/errors.h>

#include <QDateTime>
#include <QLoggingCategory>
#include <QtEndian>

#include <zlib.h>
#include <zstd.h>

Q_LOGGING_CATEGORY(lcCompress, "cashews.serialize.compress")

namespace cashews {

namespace {

constexpr int GzipWindowBits = 31;

// Raw deflate (or a zlib stream for windowBits 15) of `data`.
QByteArray deflateData(const QByteArray &data, int level, int windowBits)
{
    z_stream stream{};
    if (deflateInit2(&stream, level, Z_DEFLATED, windowBits, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        throw CacheError(QStringLiteral("zlib deflateInit2 failed"));
    QByteArray out(qsizetype(deflateBound(&stream, uLong(data.size()))), Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    const int status = deflate(&stream, Z_FINISH);
    out.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);
    if (status != Z_STREAM_END)
        throw CacheError(QStringLiteral("zlib deflate failed (%1)").arg(status));
    return out;
}

// Inflates a zlib (windowBits 15) or gzip (31) stream; nullopt when `data` is not one. Like
// Python's gzip.decompress, gzip data may hold several members (their contents concatenated),
// with zero padding between and after them.
std::optional<QByteArray> inflateData(const QByteArray &data, int windowBits)
{
    z_stream stream{};
    if (inflateInit2(&stream, windowBits) != Z_OK)
        return std::nullopt;
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    QByteArray out;
    char chunk[64 * 1024];
    int status = Z_OK;
    while (status == Z_OK) {
        stream.next_out = reinterpret_cast<Bytef *>(chunk);
        stream.avail_out = sizeof chunk;
        status = inflate(&stream, Z_NO_FLUSH);
        if (status != Z_OK && status != Z_STREAM_END)
            break;
        out.append(chunk, qsizetype(sizeof chunk - stream.avail_out));
        if (out.size() > Compressor::MaxDecompressedSize) {
            inflateEnd(&stream);
            throw DecodeError(QStringLiteral("decompressed value exceeds %1 bytes").arg(Compressor::MaxDecompressedSize));
        }
        if (status == Z_OK && stream.avail_in == 0 && stream.avail_out != 0)
            status = Z_BUF_ERROR; // truncated stream
        if (status == Z_STREAM_END && windowBits == GzipWindowBits) {
            while (stream.avail_in > 0 && *stream.next_in == 0) {
                ++stream.next_in;
                --stream.avail_in;
            }
            if (stream.avail_in > 0) { // another member
                inflateReset(&stream);
                status = Z_OK;
            }
        }
    }
    inflateEnd(&stream);
    if (status != Z_STREAM_END)
        return std::nullopt;
    return out;
}

std::optional<QByteArray> zstdDecompress(const QByteArray &data)
{
    ZSTD_DCtx *context = ZSTD_createDCtx();
    if (!context)
        return std::nullopt;
    ZSTD_inBuffer input{data.constData(), size_t(data.size()), 0};
    QByteArray out;
    char chunk[64 * 1024];
    size_t status = 1;
    bool failed = false;
    while (status != 0) {
        ZSTD_outBuffer output{chunk, sizeof chunk, 0};
        status = ZSTD_decompressStream(context, &output, &input);
        if (ZSTD_isError(status) || (output.pos == 0 && input.pos == input.size && status != 0)) {
            failed = true;
            break;
        }
        out.append(chunk, qsizetype(output.pos));
        if (out.size() > Compressor::MaxDecompressedSize) {
            ZSTD_freeDCtx(context);
            throw DecodeError(QStringLiteral("decompressed value exceeds %1 bytes").arg(Compressor::MaxDecompressedSize));
        }
    }
    ZSTD_freeDCtx(context);
    if (failed || input.pos != input.size)
        return std::nullopt;
    return out;
}

} // namespace

Compressor Compressor::fromName(const QString &name)
{
    const QString lower = name.toLower();
    if (lower.isEmpty() || lower == u"null" || lower == u"none")
        return Compressor(Kind::None);
    if (lower == u"gzip")
        return Compressor(Kind::Gzip);
    if (lower == u"zlib")
        return Compressor(Kind::Zlib);
    if (lower == u"zstd")
        return Compressor(Kind::Zstd);
    throw UnsupportedCompressorError(QStringLiteral("unknown compress_type '%1' (expected null, gzip, zlib or zstd)").arg(name));
}

QByteArray Compressor::compress(const QByteArray &data) const
{
    switch (m_kind) {
    case Kind::None:
        return data;
    case Kind::Zlib:
        // zlib.compress(data): default level, zlib header ("x\x9c").
        return deflateData(data, Z_DEFAULT_COMPRESSION, 15);
    case Kind::Gzip: {
        // gzip.compress(data): level 9, header with the current time, XFL 2 and OS 255.
        QByteArray out("\x1f\x8b\x08\x00", 4);
        const auto mtime = quint32(QDateTime::currentSecsSinceEpoch());
        char le[4];
        qToLittleEndian(mtime, le);
        out.append(le, 4);
        out.append("\x02\xff", 2);
        out.append(deflateData(data, 9, -15));
        qToLittleEndian(quint32(crc32(0, reinterpret_cast<const Bytef *>(data.constData()), uInt(data.size()))), le);
        out.append(le, 4);
        qToLittleEndian(quint32(data.size()), le);
        out.append(le, 4);
        return out;
    }
    case Kind::Zstd: {
        QByteArray out(qsizetype(ZSTD_compressBound(size_t(data.size()))), Qt::Uninitialized);
        const size_t size = ZSTD_compress(out.data(), size_t(out.size()), data.constData(), size_t(data.size()), 3);
        if (ZSTD_isError(size))
            throw CacheError(QStringLiteral("zstd compression failed: %1").arg(QString::fromLatin1(ZSTD_getErrorName(size))));
        out.resize(qsizetype(size));
        return out;
    }
    }
    return data;
}

QByteArray Compressor::decompress(const QByteArray &data) const
{
    std::optional<QByteArray> out;
    switch (m_kind) {
    case Kind::None:
        return data;
    case Kind::Zlib:
        out = inflateData(data, 15);
        break;
    case Kind::Gzip:
        out = inflateData(data, GzipWindowBits);
        break;
    case Kind::Zstd:
        out = zstdDecompress(data);
        break;
    }
    if (!out) {
        // cashews ignores decompression errors and uses the data as is.
        qCDebug(lcCompress) << "value is not compressed with the configured compress_type; read as is";
        return data;
    }
    return *out;
}

} // namespace cashews
