#pragma once

#include <cashews/ttl.h>

#include <QDateTime>
#include <QString>
#include <QVariant>

#include <optional>

namespace cashews {

// The [fresh-until UTC datetime, value] layout that early and soft store (cashews' layout).
struct DatedEntry
{
    QDateTime freshUntil;
    QVariant value;

    // The entry in `stored`; empty on a miss, or (logged) when `stored` at `key` has another layout.
    static std::optional<DatedEntry> read(const QVariant &stored, const QString &key);
    // `value` fresh for `fresh` from now, as stored.
    static QVariant make(QVariant value, const Ttl &fresh);

    // Whether the fresh period has not ended yet.
    bool isFresh() const;
};

} // namespace cashews
