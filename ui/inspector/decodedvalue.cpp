#include "inspector/decodedvalue.h"

#include <QCoreApplication>

namespace cashews {

QString DecodedValue::signatureText() const
{
    switch (signature) {
    case Signature::NotSigned:
        return QCoreApplication::translate("cashews::DecodedValue", "not signed");
    case Signature::Valid:
        return QCoreApplication::translate("cashews::DecodedValue", "valid (%1)").arg(digestmod);
    case Signature::Missing:
        return QCoreApplication::translate("cashews::DecodedValue", "missing: the connection expects signed values");
    case Signature::Wrong:
        // cashews signs key + value: a renamed or copied value fails like one of another secret.
        return QCoreApplication::translate("cashews::DecodedValue",
                                           "the %1 signature does not verify for this key with the configured secret "
                                           "(wrong secret, or signed for another key)").arg(digestmod);
    case Signature::NeverSigned:
        return QCoreApplication::translate("cashews::DecodedValue", "none (cashews never signs ints, locks and bit fields)");
    case Signature::OtherDigest:
        // Python cashews verifies with the digestmod the value names, so a "sum" signature
        // (the sum of the secret's and the payload's bytes) is a forgery anyone can compute.
        if (weakerDigest && acceptedByPython)
            return QCoreApplication::translate("cashews::DecodedValue",
                                               "signed with a weaker digest (%1) than configured (%2) — Python cashews "
                                               "services would accept this forgery").arg(digestmod, configuredDigestmod);
        return QCoreApplication::translate("cashews::DecodedValue", "signed with %1, not the configured %2: refused")
            .arg(digestmod, configuredDigestmod);
    case Signature::Unverified:
        return QCoreApplication::translate("cashews::DecodedValue", "signed (%1), not verified: no secret configured").arg(digestmod);
    }
    return {};
}

} // namespace cashews
