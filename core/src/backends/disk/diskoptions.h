#pragma once

#include <QString>

namespace cashews {

// The options of disk://, parsed once by createDiskBackend() and shared read-only by the shards.
struct DiskOptions
{
    QString directory;
    int shards = 8;
    // Bytes of keys and values (see DiskShard) over all shards; each shard gets an equal part.
    // 0 = unbounded.
    qint64 sizeLimit = 0;
    int timeoutMs = 5000;
    int purgeIntervalMs = 60000;
    // Microseconds a lone command waits on the caller's thread before suspending.
    int inlineWaitUs = 200;
    // Run short commands on the caller's thread when no lock is in the way (see DiskBackend).
    bool inlineCommands = true;
    // Run PRAGMA quick_check on every shard when opening it.
    bool verify = true;
    // Move a damaged shard file aside and start a fresh one instead of failing.
    bool recreateCorrupt = false;
};

} // namespace cashews
