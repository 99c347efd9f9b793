#include "sqliteerror.h"

#include <cashews/errors.h>

#include <sqlite3.h>

namespace cashews {

bool isCorruptionCode(int rc)
{
    const int primary = rc & 0xff;
    return primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB;
}

void throwSqliteError(sqlite3 *db, int rc, const QString &file, const char *what)
{
    const QString detail = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(rc));
    QString reason;
    if (isCorruptionCode(rc))
        reason = QStringLiteral(" (the file is not a SQLite database or is corrupted; "
                                "remove it or set on_corrupt=recreate)");
    else if ((rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED)
        reason = QStringLiteral(" (another connection held the lock longer than the timeout option)");
    throw CacheBackendInteractionError(QStringLiteral("disk: %1: %2 failed: %3 [code %4]%5")
                                           .arg(file, QString::fromUtf8(what), detail)
                                           .arg(rc)
                                           .arg(reason));
}

} // namespace cashews
