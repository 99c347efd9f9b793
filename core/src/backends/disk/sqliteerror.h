#pragma once

#include <QString>

struct sqlite3;

namespace cashews {

// Throws CacheBackendInteractionError (SqliteBusyError when locked) for the SQLite result `rc`
// of `what` on `file`; the message names the file and says in plain words when it is locked or
// not a database.
[[noreturn]] void throwSqliteError(sqlite3 *db, int rc, const QString &file, const char *what);
// Whether `rc` (an extended result code) says the file is damaged or not SQLite at all.
bool isCorruptionCode(int rc);

} // namespace cashews
