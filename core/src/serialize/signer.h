#pragma once

#include <QByteArray>
#include <QString>

namespace cashews {

// cashews' HashSigner: "<digestmod>:<hexsig>_<payload>", hexsig = lower-case hex of
// HMAC(secret, key_utf8 + payload) for md5/sha1/sha256, or of (sum of the secret's bytes +
// sum of the key and payload bytes) for "sum".
class Signer
{
public:
    // Throws UnsupportedDigestmod unless `digestmod` is md5, sha1, sha256 or sum.
    Signer(const QByteArray &secret, const QByteArray &digestmod);

    QByteArray sign(const QString &key, const QByteArray &payload) const;
    // The payload of signed `data`. Throws SignIsMissingError when there is no signature
    // (a miss for the caller), UnSecureDataError for a wrong signature or an unknown digestmod.
    // Reads the legacy "<hexsig>_" form with the configured digestmod.
    QByteArray verify(const QString &key, const QByteArray &data) const;

    static bool isKnownDigestmod(QByteArrayView digestmod);

private:
    QByteArray signature(const QString &key, QByteArrayView payload, QByteArrayView digestmod) const;

    QByteArray m_secret;
    QByteArray m_digestmod;
};

} // namespace cashews
