#include "pickler.h"

#include "datastreampickler.h"
#include "defaultpickler.h"
#include "jsonpickler.h"

#include <cashews/errors.h>

namespace cashews {

Pickler::~Pickler() = default;

std::shared_ptr<const Pickler> Pickler::create(const QString &pickleType)
{
    const QString type = pickleType.toLower();
    if (type == u"pickle" || type == u"default")
        return std::make_shared<DefaultPickler>();
    if (type == u"json")
        return std::make_shared<JsonPickler>();
    if (type == u"qdatastream")
        return std::make_shared<DataStreamPickler>();
    if (type == u"dill" || type == u"sqlalchemy")
        throw UnsupportedPicklerError(QStringLiteral("pickle_type '%1' needs Python; use pickle, json or qdatastream").arg(pickleType));
    throw UnsupportedPicklerError(QStringLiteral("unknown pickle_type '%1' (expected null, pickle, json or qdatastream)").arg(pickleType));
}

} // namespace cashews
