#include "datedentry.h"

#include "strategylog.h"

#include <cashews/clock.h>
#include <cashews/pytypes.h>
#include <cashews/value.h>

#include <QVariantList>

namespace cashews {

std::optional<DatedEntry> DatedEntry::read(const QVariant &stored, const QString &key)
{
    if (isMiss(stored))
        return std::nullopt;
    const QVariantList list = stored.toList();
    // Python writes datetimes with microseconds: a PyDateTime counts (its µs do not matter here).
    const std::optional<QDateTime> at = list.size() == 2 ? toDateTime(list.at(0)) : std::nullopt;
    if (stored.metaType().id() != QMetaType::QVariantList || !at) {
        qCWarning(lcStrategy) << "ignoring" << key << ": not the [datetime, value] layout, recomputing";
        return std::nullopt;
    }
    return DatedEntry{*at, list.at(1)};
}

QVariant DatedEntry::make(QVariant value, const Ttl &fresh)
{
    // An aware UTC datetime, as Python's datetime.now(timezone.utc) (see <cashews/pytypes.h>).
    const QDateTime freshUntil = QDateTime::fromMSecsSinceEpoch(nowMs() + fresh.milliseconds(), Qt::UTC);
    QVariantList entry;
    entry.append(freshUntil);
    entry.append(std::move(value));
    return QVariant(entry);
}

bool DatedEntry::isFresh() const
{
    return freshUntil.toMSecsSinceEpoch() > nowMs();
}

} // namespace cashews
