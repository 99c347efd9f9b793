#include "defaultpickler.h"

#include "picklereader.h"
#include "picklewriter.h"

namespace cashews {

QByteArray DefaultPickler::dumps(const QVariant &value) const
{
    return PickleWriter::dump(value);
}

QVariant DefaultPickler::loads(const QByteArray &bytes) const
{
    return PickleReader::load(bytes);
}

} // namespace cashews
