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
    case Signature::Unverified:
        return QCoreApplication::translate("cashews::DecodedValue", "signed (%1), not verified: no secret configured").arg(digestmod);
    }
    return {};
}

} // namespace cashews
