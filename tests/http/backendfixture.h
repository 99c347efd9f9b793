#pragma once

#include <cashews/cache.h>

#include <QString>

#include <memory>

// The backends the HTTP suites run on: mem://, disk:// and the redis fixture of tests/redis.
namespace cashews::test {

// initTestCase_data(): the column "url" with the rows memory, disk (in `diskDirectory`) and redis
// (database `redisDb` of the server CASHEWS_REDIS_URL_FILE names; empty without it: QSKIP).
void addBackendRows(const QString &diskDirectory, int redisDb);
// init(): a cleared cache on `url`. mem:// and disk:// expire by cashews::nowMs, so they run on
// a test clock moved by advanceClock(); Redis expires by its own clock.
std::shared_ptr<Cache> openBackend(const QString &url);
// Moves the test clock of mem:// and disk:// forward.
void advanceClock(qint64 ms);
// cleanup(): lets queued events run, drops the cache and restores the real clock.
void closeBackend(std::shared_ptr<Cache> &cache);

} // namespace cashews::test
