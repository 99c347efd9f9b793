#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <memory>

namespace cashews {

// One value format of the pipeline (cashews' pickle_type).
class Pickler
{
public:
    virtual ~Pickler();

    // The bytes of `value`; throws ValueError for a value the format cannot hold.
    virtual QByteArray dumps(const QVariant &value) const = 0;
    // The value in `bytes`; throws DecodeError for bytes that are not this format.
    virtual QVariant loads(const QByteArray &bytes) const = 0;

    // "pickle" (also cashews' name "default"), "json" or "qdatastream"; throws
    // UnsupportedPicklerError naming any other type.
    static std::shared_ptr<const Pickler> create(const QString &pickleType);
};

} // namespace cashews
