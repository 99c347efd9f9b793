#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

namespace cashews {

// What the value inspector learnt about stored bytes (or a live memory-store object).
struct DecodedValue
{
    enum class Signature : quint8 {
        NotSigned,    // no signature, and none expected
        Valid,        // signed and verified with the connection's secret
        Missing,      // the connection has a secret but the value is unsigned (cashews: a miss)
        Wrong,        // signed, and the connection's secret does not verify it (UnSecureDataError)
        Unverified,   // signed, but the connection has no secret to check it with
        NeverSigned,  // unsigned, and cashews never signs it (ints, locks, bit fields), secret or not
        OtherDigest,  // signed with another digestmod than the connection's: refused (DigestmodMismatchError)
    };

    QByteArray raw;           // the stored bytes (empty for live objects)
    bool liveObject = false;  // a mem:// entry kept as an object, not bytes
    Signature signature = Signature::NotSigned;
    QString digestmod;        // from the signature prefix
    QString configuredDigestmod; // OtherDigest: the one the connection accepts
    bool weakerDigest = false;   // OtherDigest: the stored digestmod is weaker than the configured one
    bool acceptedByPython = false; // OtherDigest: verifies with the stored digestmod, as Python cashews checks
    QString compression;      // "gzip", "zlib" or empty
    QString format;           // "int", "pickle protocol 5", "json", "bytes:", "raw", ...
    QVariant value;           // the decoded value; invalid when it could not be decoded
    QString error;            // why decoding failed, if it did

    // Translated one-line description of the signature state.
    QString signatureText() const;
};

} // namespace cashews
