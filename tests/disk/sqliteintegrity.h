#pragma once

#include <QString>

#include <sqlite3.h>

namespace cashews::test {

// SQLite's verdict on `file` ("ok" when intact), read past the library with PRAGMA
// integrity_check; the error message when the file cannot be opened or checked.
inline QString integrityOf(const QString &file)
{
    sqlite3 *db = nullptr;
    QString verdict;
    if (sqlite3_open_v2(file.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK) {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &statement, nullptr) == SQLITE_OK
            && sqlite3_step(statement) == SQLITE_ROW)
            verdict = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
        else
            verdict = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_finalize(statement);
    } else {
        verdict = QString::fromUtf8(sqlite3_errmsg(db));
    }
    sqlite3_close(db);
    return verdict;
}

} // namespace cashews::test
