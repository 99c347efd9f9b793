// cashews' memory_limit: values whose in-memory size is outside [minBytes, maxBytes] are not
// stored. The size is approximateSize(), this port's counterpart of cashews' get_obj_size.
#include "variantsize.h"

#include <cashews/errors.h>
#include <cashews/middlewares.h>
#include <cashews/value.h>

namespace cashews {

namespace {

QCoro::Task<QVariant> notStored()
{
    co_return false;
}

} // namespace

Middleware memoryLimit(qint64 minBytes, qint64 maxBytes)
{
    if (minBytes < 0 || maxBytes < 0 || (maxBytes > 0 && minBytes > maxBytes))
        throw ValueError(QStringLiteral("memoryLimit: bad bounds minBytes=%1, maxBytes=%2 (need 0 <= minBytes <= maxBytes, "
                                        "maxBytes 0 for none)").arg(minBytes).arg(maxBytes));
    return [minBytes, maxBytes](NextCall next, Command command, Backend *, CommandArgs args) -> QCoro::Task<QVariant> {
        const auto fits = [minBytes, maxBytes](const QVariant &value) {
            const qint64 size = approximateSize(value);
            return size >= minBytes && (maxBytes == 0 || size <= maxBytes);
        };
        if (command == Command::Set && !fits(args.value(QStringLiteral("value"))))
            return notStored();
        if (command == Command::SetMany) {
            const QString name = QStringLiteral("pairs");
            KeyValueList pairs = args.value(name).value<KeyValueList>();
            pairs.removeIf([&fits](const KeyValue &pair) { return !fits(pair.second); });
            if (pairs.isEmpty())
                return notStored();
            args.insert(name, QVariant::fromValue(pairs));
        }
        return next(std::move(args));
    };
}

} // namespace cashews
