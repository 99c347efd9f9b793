#include "jsonpickler.h"

#include "jsonreader.h"
#include "jsonwriter.h"

#include <cashews/errors.h>

namespace cashews {

QByteArray JsonPickler::dumps(const QVariant &value) const
{
    return JsonWriter::write(value, JsonWriter::Style::Python);
}

QVariant JsonPickler::loads(const QByteArray &bytes) const
{
    try {
        return JsonReader::parse(bytes);
    } catch (const ValueError &error) {
        throw DecodeError(error.message());
    }
}

} // namespace cashews
