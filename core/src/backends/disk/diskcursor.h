#pragma once

#include <QByteArray>

namespace cashews {

// Where a scan of a disk store continues: the shard and the smallest key not yet looked at
// there (empty = the start of the pattern's prefix range).
struct DiskCursor
{
    int shard = 0;
    QByteArray from;
    bool done = false;
};

} // namespace cashews
