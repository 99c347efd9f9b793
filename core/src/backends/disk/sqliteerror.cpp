#include "sqliteerror.h"

#include "sqlitebusyerror.h"

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
    const auto message = [&](const QString &reason) {
        return QStringLiteral("disk: %1: %2 failed: %3 [code %4]%5").arg(file, QString::fromUtf8(what), detail).arg(rc).arg(reason);
    };
    if ((rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED)
        throw SqliteBusyError(message(QStringLiteral(" (another connection held the lock longer than the timeout option)")));
    if (isCorruptionCode(rc))
        throw CacheBackendInteractionError(message(QStringLiteral(" (the file is not a SQLite database or is corrupted; "
                                                                  "remove it or set on_corrupt=recreate)")));
    throw CacheBackendInteractionError(message(QString()));
}

} // namespace cashews
