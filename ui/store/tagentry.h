#pragma once

#include <QList>
#include <QStringList>

namespace cashews {

// One cashews tag: the `_tag:<name>` set, its members and whether each still exists.
struct TagEntry
{
    QString key;          // "_tag:users"
    QStringList members;  // cache keys
    QList<bool> exists;   // per member; false = dangling (the entry expired or was deleted)
    qint64 ttlMs = -1;    // of the set itself

    QString name() const { return key.mid(5); }
    int danglingCount() const { return static_cast<int>(exists.count(false)); }
};

} // namespace cashews
