#pragma once

#include <QByteArray>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace cashews {

// One use of a prepared statement that the shard keeps cached. The handle binds parameters,
// steps through rows and, when it goes out of scope, resets the statement: an active
// statement would keep a read transaction open, so this process would stop seeing the writes
// of other processes and WAL checkpoints would stall.
class SqliteStatement
{
public:
    SqliteStatement(sqlite3 *db, sqlite3_stmt *statement, const QString &file);
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;
    ~SqliteStatement();

    SqliteStatement &bind(int index, qint64 value);
    SqliteStatement &bind(int index, double value);
    SqliteStatement &bind(int index, const QByteArray &value);
    SqliteStatement &bindNull(int index);
    // A null when `value` is 0, the "no expiry" marker of the shard tables.
    SqliteStatement &bindOptional(int index, qint64 value);

    // Steps once: true when a row is available, false when done; throws on errors.
    bool next();
    // Runs a statement that returns no rows.
    void run() { while (next()) { } }

    qint64 int64At(int column) const;
    double doubleAt(int column) const;
    QByteArray bytesAt(int column) const;
    bool isNullAt(int column) const;

private:
    void check(int rc, const char *what) const;

    sqlite3 *m_db;
    sqlite3_stmt *m_statement;
    const QString &m_file;
};

} // namespace cashews
