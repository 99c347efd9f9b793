#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace cashews {

// cashews' HashSigner: "<digestmod>:<hexsig>_<payload>", hexsig = lower-case hex of
// HMAC(secret, key_utf8 + payload) for md5/sha1/sha256, or of (sum of the secret's bytes +
// sum of the key and payload bytes) for "sum".
class Signer
{
public:
    // Throws UnsupportedDigestmod unless `digestmod` and each of `alsoAccepted` (digestmods
    // read besides the configured one, for a migration window) is md5, sha1, sha256 or sum.
    Signer(const QByteArray &secret, const QByteArray &digestmod, const QList<QByteArray> &alsoAccepted = {});

    QByteArray sign(const QString &key, const QByteArray &payload) const;
    // The payload of signed `data`. Throws SignIsMissingError when there is no signature
    // (a miss for the caller), UnSecureDataError for a wrong signature or an unknown digestmod,
    // DigestmodMismatchError for a digestmod neither configured nor accepted (unlike cashews,
    // where the digestmod named in the value wins). Reads the legacy "<hexsig>_" form with the
    // configured digestmod.
    QByteArray verify(const QString &key, const QByteArray &data) const;
    // Whether verify() accepts `data` for `key`.
    bool verifies(const QString &key, const QByteArray &data) const;

    static bool isKnownDigestmod(QByteArrayView digestmod);
    // Throws UnsupportedDigestmod naming the first of `digestmods` that is not known.
    static void requireKnown(const QList<QByteArray> &digestmods);

private:
    QByteArray signature(const QString &key, QByteArrayView payload, QByteArrayView digestmod) const;

    QByteArray m_secret;
    QByteArray m_digestmod;
    QList<QByteArray> m_accepted;
};

} // namespace cashews
