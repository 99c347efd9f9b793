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
        return QCoreApplication::translate("cashews::DecodedValue", "wrong secret (%1 signature does not verify)").arg(digestmod);
    case Signature::Unverified:
        return QCoreApplication::translate("cashews::DecodedValue", "signed (%1), not verified: no secret configured").arg(digestmod);
    }
    return {};
}

} // namespace cashews
