#include "core/sql_dialect.h"

namespace vlmwb::core {

SqlDialect SqlDialect::forDriver(const QString &driverName)
{
    return SqlDialect(driverName == QLatin1String("QPSQL") ? Kind::Postgres : Kind::Sqlite);
}

QString SqlDialect::identityColumn() const
{
    if (m_kind == Kind::Postgres)
        return QStringLiteral("id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY");
    // AUTOINCREMENT: an id is never reused, even after the highest row is deleted, so an audit row
    // that names an id always means the same record.
    return QStringLiteral("id INTEGER PRIMARY KEY AUTOINCREMENT");
}

QStringList SqlDialect::connectionSettings(int busyTimeoutMilliseconds) const
{
    if (m_kind == Kind::Postgres)
        return {QStringLiteral("SET lock_timeout = %1").arg(busyTimeoutMilliseconds)};
    // synchronous=FULL: a committed decision survives a power cut too, not only a killed process.
    return {QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeoutMilliseconds),
            QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA journal_mode = WAL"),
            QStringLiteral("PRAGMA synchronous = FULL")};
}

QString SqlDialect::beginWriteTransaction() const
{
    return m_kind == Kind::Postgres ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE");
}

QStringList SqlDialect::appendOnlyTriggers(const QString &table, const QString &message) const
{
    if (m_kind == Kind::Postgres) {
        const QString function = table + QStringLiteral("_append_only");
        return {QStringLiteral("CREATE OR REPLACE FUNCTION %1() RETURNS trigger AS $$ BEGIN "
                               "RAISE EXCEPTION '%2'; END; $$ LANGUAGE plpgsql")
                    .arg(function, message),
                QStringLiteral("CREATE TRIGGER %1_no_update_delete BEFORE UPDATE OR DELETE ON %2 "
                               "FOR EACH ROW EXECUTE FUNCTION %1()")
                    .arg(function, table)};
    }
    return {QStringLiteral("CREATE TRIGGER %1_no_update BEFORE UPDATE ON %1 BEGIN "
                           "SELECT RAISE(ABORT, '%2'); END")
                .arg(table, message),
            QStringLiteral("CREATE TRIGGER %1_no_delete BEFORE DELETE ON %1 BEGIN "
                           "SELECT RAISE(ABORT, '%2'); END")
                .arg(table, message)};
}

QStringList SqlDialect::noReplaceTriggers(const QString &table, const QString &message) const
{
    if (m_kind == Kind::Postgres)
        return {};
    // In a BEFORE INSERT trigger NEW.id is -1 when the insert leaves the id to SQLite: never taken.
    return {QStringLiteral("CREATE TRIGGER %1_no_replace BEFORE INSERT ON %1 "
                           "WHEN EXISTS (SELECT 1 FROM %1 WHERE id = NEW.id) BEGIN "
                           "SELECT RAISE(ABORT, '%2'); END")
                .arg(table, message)};
}

DatabaseFailure SqlDialect::classify(const QSqlError &error) const
{
    if (error.type() == QSqlError::NoError)
        return DatabaseFailure::None;
    const QString code = error.nativeErrorCode();
    if (m_kind == Kind::Postgres) {
        // SQLSTATE classes: 53 insufficient resources, 55P03 lock not available, 25006 read-only
        // transaction, 23 integrity constraint, P0001 raised by a trigger.
        if (code == QLatin1String("53100"))
            return DatabaseFailure::DiskFull;
        if (code == QLatin1String("55P03") || code == QLatin1String("40P01"))
            return DatabaseFailure::Locked;
        if (code == QLatin1String("25006"))
            return DatabaseFailure::ReadOnly;
        if (code.startsWith(QLatin1String("23")) || code == QLatin1String("P0001"))
            return DatabaseFailure::Constraint;
        if (error.type() == QSqlError::ConnectionError)
            return DatabaseFailure::CannotOpen;
        return DatabaseFailure::Other;
    }
    // SQLite result codes; the low byte is the primary code when extended codes are on.
    bool isNumber = false;
    const int primary = code.toInt(&isNumber) & 0xff;
    if (!isNumber)
        return DatabaseFailure::Other;
    switch (primary) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return DatabaseFailure::Locked;
    case 8: // SQLITE_READONLY
        return DatabaseFailure::ReadOnly;
    case 14: // SQLITE_CANTOPEN
        return DatabaseFailure::CannotOpen;
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return DatabaseFailure::NotADatabase;
    case 13: // SQLITE_FULL
        return DatabaseFailure::DiskFull;
    case 19: // SQLITE_CONSTRAINT (RAISE(ABORT) in a trigger reports this)
        return DatabaseFailure::Constraint;
    default:
        return DatabaseFailure::Other;
    }
}

} // namespace vlmwb::core
