#include "signer.h"

#include <cashews/errors.h>

#include <QMessageAuthenticationCode>

#include <algorithm>

namespace cashews {

namespace {

std::optional<QCryptographicHash::Algorithm> hmacAlgorithm(QByteArrayView digestmod)
{
    if (digestmod == "md5")
        return QCryptographicHash::Md5;
    if (digestmod == "sha1")
        return QCryptographicHash::Sha1;
    if (digestmod == "sha256")
        return QCryptographicHash::Sha256;
    return std::nullopt;
}

// Compares without stopping at the first difference, so timing does not reveal how much of a
// forged signature was right.
bool constantTimeEqual(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

// Strength order for DigestmodMismatchError::isWeaker(): sum < md5 < sha1 < sha256.
int strength(QByteArrayView digestmod)
{
    static const QByteArrayView order[] = {"sum", "md5", "sha1", "sha256"};
    return int(std::find(std::begin(order), std::end(order), digestmod) - std::begin(order));
}

} // namespace

Signer::Signer(const QByteArray &secret, const QByteArray &digestmod, const QList<QByteArray> &alsoAccepted)
    : m_secret(secret)
    , m_digestmod(digestmod)
    , m_accepted(alsoAccepted)
{
    requireKnown(QList<QByteArray>{digestmod} + alsoAccepted);
}

void Signer::requireKnown(const QList<QByteArray> &digestmods)
{
    for (const QByteArray &name : digestmods) {
        if (!isKnownDigestmod(name))
            throw UnsupportedDigestmod(QStringLiteral("unknown digestmod '%1' (expected md5, sha1, sha256 or sum)").arg(QString::fromUtf8(name)));
    }
}

bool Signer::isKnownDigestmod(QByteArrayView digestmod)
{
    return hmacAlgorithm(digestmod).has_value() || digestmod == "sum";
}

QByteArray Signer::signature(const QString &key, QByteArrayView payload, QByteArrayView digestmod) const
{
    const QByteArray keyBytes = key.toUtf8();
    if (const auto algorithm = hmacAlgorithm(digestmod)) {
        QMessageAuthenticationCode mac(*algorithm, m_secret);
        mac.addData(keyBytes);
        mac.addData(payload.data(), payload.size());
        return mac.result().toHex();
    }
    // "sum": cashews' simple_sign, hex of the byte sums (not cryptographic).
    quint64 sum = 0;
    for (char c : std::as_const(m_secret))
        sum += static_cast<unsigned char>(c);
    for (char c : keyBytes)
        sum += static_cast<unsigned char>(c);
    for (char c : payload)
        sum += static_cast<unsigned char>(c);
    return QByteArray::number(sum, 16);
}

QByteArray Signer::sign(const QString &key, const QByteArray &payload) const
{
    return m_digestmod + ':' + signature(key, payload, m_digestmod) + '_' + payload;
}

QByteArray Signer::verify(const QString &key, const QByteArray &data) const
{
    // As cashews: split at the first '_'; the part before may name the digestmod.
    const qsizetype underscore = data.indexOf('_');
    if (underscore < 0)
        throw SignIsMissingError(QStringLiteral("value of key '%1' has no signature").arg(key));
    const QByteArrayView head = QByteArrayView(data).first(underscore);
    const QByteArray payload = data.mid(underscore + 1);
    QByteArrayView digestmod = m_digestmod;
    QByteArrayView given = head;
    if (const qsizetype colon = head.indexOf(':'); colon >= 0) {
        digestmod = head.first(colon);
        given = head.sliced(colon + 1);
        if (given.contains(':'))
            throw UnSecureDataError(QStringLiteral("value of key '%1' has a malformed signature").arg(key));
    }
    if (!isKnownDigestmod(digestmod))
        throw UnSecureDataError(QStringLiteral("value of key '%1' is signed with unknown digestmod '%2'")
                                    .arg(key, QString::fromUtf8(digestmod.first(qMin<qsizetype>(digestmod.size(), 32)))));
    const bool valid = constantTimeEqual(signature(key, payload, digestmod), given);
    // Only the configured digestmod (and those accepted explicitly) is trusted: otherwise anyone
    // able to write to the store could choose "sum" and forge values (Python cashews lets the
    // value's digestmod win).
    if (digestmod != m_digestmod && !m_accepted.contains(digestmod)) {
        const QString stored = QString::fromUtf8(digestmod);
        const QString configured = QString::fromUtf8(m_digestmod);
        throw DigestmodMismatchError(QStringLiteral("value of key '%1' is signed with digestmod '%2', but '%3' is configured%4")
                                         .arg(key, stored, configured,
                                              valid ? QStringLiteral(" (Python cashews would accept it)") : QString()),
                                     digestmod.toByteArray(), m_digestmod, strength(digestmod) < strength(m_digestmod), valid);
    }
    if (!valid)
        throw UnSecureDataError(QStringLiteral("signature mismatch for key '%1'").arg(key));
    return payload;
}

bool Signer::verifies(const QString &key, const QByteArray &data) const
{
    try {
        verify(key, data);
        return true;
    } catch (const CacheError &) {
        return false; // the answer asked for: not signed acceptably for `key`
    }
}

} // namespace cashews
