#include "sqlitestatement.h"

#include "sqliteerror.h"

#include <sqlite3.h>

namespace cashews {

SqliteStatement::SqliteStatement(sqlite3 *db, sqlite3_stmt *statement, const QString &file)
    : m_db(db)
    , m_statement(statement)
    , m_file(file)
{
}

SqliteStatement::~SqliteStatement()
{
    // The result of reset repeats the last step's error, which next() already threw.
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

void SqliteStatement::check(int rc, const char *what) const
{
    if (rc != SQLITE_OK)
        throwSqliteError(m_db, rc, m_file, what);
}

SqliteStatement &SqliteStatement::bind(int index, qint64 value)
{
    check(sqlite3_bind_int64(m_statement, index, value), "bind");
    return *this;
}

SqliteStatement &SqliteStatement::bind(int index, double value)
{
    check(sqlite3_bind_double(m_statement, index, value), "bind");
    return *this;
}

SqliteStatement &SqliteStatement::bind(int index, const QByteArray &value)
{
    // SQLITE_TRANSIENT copies: callers may bind temporaries.
    check(sqlite3_bind_blob64(m_statement, index, value.constData(), sqlite3_uint64(value.size()), SQLITE_TRANSIENT), "bind");
    return *this;
}

SqliteStatement &SqliteStatement::bindNull(int index)
{
    check(sqlite3_bind_null(m_statement, index), "bind");
    return *this;
}

SqliteStatement &SqliteStatement::bindOptional(int index, qint64 value)
{
    return value == 0 ? bindNull(index) : bind(index, value);
}

bool SqliteStatement::next()
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    throwSqliteError(m_db, rc, m_file, sqlite3_sql(m_statement));
}

qint64 SqliteStatement::int64At(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double SqliteStatement::doubleAt(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

QByteArray SqliteStatement::bytesAt(int column) const
{
    const void *data = sqlite3_column_blob(m_statement, column);
    const int size = sqlite3_column_bytes(m_statement, column);
    // An empty non-null blob comes back as a null pointer; keep it an empty, non-null array.
    return data ? QByteArray(static_cast<const char *>(data), size) : QByteArray("");
}

bool SqliteStatement::isNullAt(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

} // namespace cashews
