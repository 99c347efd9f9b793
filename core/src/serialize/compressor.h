#pragma once

#include <QByteArray>
#include <QString>

namespace cashews {

// cashews' compress_type applied to pickled bytes: gzip and zlib as Python's gzip.compress()
// and zlib.compress() write them, plus zstd (beyond cashews).
class Compressor
{
public:
    enum class Kind : quint8 { None, Gzip, Zlib, Zstd };
    // Decompressed data beyond this size is rejected rather than allocated (a small
    // compressed value can expand enormously).
    static constexpr qsizetype MaxDecompressedSize = 256 * 1024 * 1024;

    explicit Compressor(Kind kind = Kind::None) : m_kind(kind) {}
    // "null"/"" (none), "gzip", "zlib" or "zstd"; throws UnsupportedCompressorError otherwise.
    static Compressor fromName(const QString &name);

    QByteArray compress(const QByteArray &data) const;
    // The decompressed bytes; bytes that are not in this format come back unchanged, as in
    // cashews (so that the setting can change without losing old values). Throws DecodeError
    // for output beyond MaxDecompressedSize.
    QByteArray decompress(const QByteArray &data) const;

private:
    Kind m_kind;
};

} // namespace cashews
