// The only place where the review database's SQL differs between SQLite (QSQLITE) and PostgreSQL
// (QPSQL): identity columns, connection settings, write-transaction start, append-only triggers,
// and the mapping of driver error codes to causes. Everything else is portable SQL.
#pragma once

#include <QSqlError>
#include <QString>
#include <QStringList>

namespace vlmwb::core {

// Why a database statement failed, as far as the user needs to know.
enum class DatabaseFailure {
    None,
    Locked,       // another connection holds the write lock beyond the busy timeout
    ReadOnly,     // the file, its folder or the server refuses writes
    CannotOpen,   // the file or its folder cannot be opened or created
    NotADatabase, // the file is damaged or is another kind of file
    DiskFull,     // no space left (or the page limit was reached)
    Constraint,   // a rule of the schema refused the change (e.g. the append-only audit log)
    Other,
};

class SqlDialect
{
public:
    enum class Kind { Sqlite, Postgres };

    static SqlDialect forDriver(const QString &driverName);

    Kind kind() const { return m_kind; }
    bool isSqlite() const { return m_kind == Kind::Sqlite; }

    // Column definition of a table's surrogate key, e.g. "id INTEGER PRIMARY KEY AUTOINCREMENT".
    QString identityColumn() const;
    // Statements run once on every new connection (journal mode, foreign keys, busy timeout).
    QStringList connectionSettings(int busyTimeoutMilliseconds) const;
    // Starts a transaction that takes the write lock at once, so a writer waits (up to the busy
    // timeout) at BEGIN instead of failing half-way through.
    QString beginWriteTransaction() const;
    // Statements that make UPDATE and DELETE on `table` abort with `message`.
    QStringList appendOnlyTriggers(const QString &table, const QString &message) const;
    // Statements that make an insert reusing an existing id of `table` abort with `message`, so a
    // REPLACE cannot swap a row for another. Empty on PostgreSQL, which has no REPLACE: its
    // ON CONFLICT ... DO UPDATE fires the update trigger, and GENERATED ALWAYS ids refuse explicit ids.
    QStringList noReplaceTriggers(const QString &table, const QString &message) const;

    DatabaseFailure classify(const QSqlError &error) const;

private:
    explicit SqlDialect(Kind kind) : m_kind(kind) {}
    Kind m_kind;
};

} // namespace vlmwb::core
