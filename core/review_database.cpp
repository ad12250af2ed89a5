// Opening the review database, its error messages and its transactions.
#include "core/review_database.h"

#include "core/review_schema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QVariant>

#include <atomic>

namespace vlmwb::core {

namespace {

// Holds this file's tr(): lupdate files its strings under the context named here, the one
// QCoreApplication::translate() looks them up in at run time.
class ReviewDatabaseText
{
    Q_DECLARE_TR_FUNCTIONS(vlmwb::core::ReviewDatabase)
};

QString failureSentence(DatabaseFailure failure, const QString &location, const QString &cause)
{
    switch (failure) {
    case DatabaseFailure::Locked:
        return ReviewDatabaseText::tr(
            "The review database %1 is locked by another program or window that is writing to it; "
            "the change was not saved. Try again in a moment (%2).")
            .arg(location, cause);
    case DatabaseFailure::ReadOnly:
        return ReviewDatabaseText::tr(
            "The review database %1 cannot be written: the file or its folder is read-only, so nothing "
            "was saved (%2).")
            .arg(location, cause);
    case DatabaseFailure::CannotOpen:
        return ReviewDatabaseText::tr("The review database %1 cannot be opened or created (%2).").arg(location, cause);
    case DatabaseFailure::NotADatabase:
        return ReviewDatabaseText::tr(
            "%1 is not a review database: the file is damaged or is another kind of file (%2). "
            "It was left untouched.")
            .arg(location, cause);
    case DatabaseFailure::DiskFull:
        return ReviewDatabaseText::tr(
            "The disk holding the review database %1 is full: the last change was not saved, earlier "
            "work is intact. Free some space and try again (%2).")
            .arg(location, cause);
    case DatabaseFailure::Constraint:
        return ReviewDatabaseText::tr("The review database %1 refused the change (%2).").arg(location, cause);
    case DatabaseFailure::None:
    case DatabaseFailure::Other:
        break;
    }
    return ReviewDatabaseText::tr("The review database %1 reported an error (%2).").arg(location, cause);
}

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("vlmwb-review-%1").arg(++counter);
}

} // namespace

ReviewDatabase::ReviewDatabase(QObject *parent) : QObject(parent), m_connectionName(nextConnectionName()) {}

ReviewDatabase::~ReviewDatabase()
{
    close();
}

bool ReviewDatabase::open(const QString &path)
{
    DatabaseConnection connection;
    connection.databaseName = path;
    return open(connection);
}

bool ReviewDatabase::checkFileLocation(const QString &path)
{
    const QFileInfo file(path);
    const QFileInfo folder(file.absolutePath());
    auto refuse = [this](DatabaseFailure failure, const QString &message) {
        m_lastFailure = failure;
        m_errorString = message;
        emit errorOccurred(message);
        return false;
    };
    if (path.isEmpty())
        return refuse(DatabaseFailure::CannotOpen, ReviewDatabaseText::tr("No review database file was given."));
    if (!folder.isDir())
        return refuse(DatabaseFailure::CannotOpen,
                      ReviewDatabaseText::tr("The review database %1 cannot be created: its folder %2 does not exist.")
                          .arg(path, QDir::toNativeSeparators(folder.filePath())));
    if (file.isDir())
        return refuse(DatabaseFailure::CannotOpen,
                      ReviewDatabaseText::tr("The review database %1 is a folder, not a file.").arg(path));
    if (file.exists() && !file.isWritable())
        return refuse(DatabaseFailure::ReadOnly,
                      ReviewDatabaseText::tr(
                          "The review database %1 is a read-only file; reviews could not be saved to it.")
                          .arg(path));
    // SQLite in WAL mode keeps two companion files (-wal, -shm) next to the database.
    if (!folder.isWritable())
        return refuse(DatabaseFailure::ReadOnly,
                      ReviewDatabaseText::tr(
                          "The folder of the review database %1 is read-only; the database needs to write its "
                          "journal files there.")
                          .arg(path));
    return true;
}

bool ReviewDatabase::open(const DatabaseConnection &connection)
{
    close();
    m_connection = connection;
    m_dialect = SqlDialect::forDriver(connection.driver);
    m_lastFailure = DatabaseFailure::None;
    m_errorString.clear();
    if (m_dialect.isSqlite() && !checkFileLocation(connection.databaseName))
        return false;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(connection.driver, m_connectionName);
        if (!database.isValid()) {
            m_lastFailure = DatabaseFailure::CannotOpen;
            m_errorString = ReviewDatabaseText::tr(
                "The database driver %1 is not available, so the review database %2 cannot be "
                "opened.")
                .arg(connection.driver, connection.databaseName);
            emit errorOccurred(m_errorString);
            QSqlDatabase::removeDatabase(m_connectionName);
            return false;
        }
        database.setDatabaseName(connection.databaseName);
        database.setHostName(connection.host);
        database.setPort(connection.port);
        database.setUserName(connection.user);
        database.setPassword(connection.password);
        if (!database.open()) {
            fail(database.lastError());
            database = {};
            QSqlDatabase::removeDatabase(m_connectionName);
            return false;
        }
    }
    QSqlDatabase database = this->connection();
    for (const QString &setting : m_dialect.connectionSettings(connection.busyTimeoutMilliseconds)) {
        QSqlQuery query(database);
        if (!runQuery(query, setting)) {
            query = QSqlQuery();
            database = {};
            close();
            return false;
        }
    }
    QSqlError readError;
    const int version = ReviewSchema::currentVersion(database, &readError);
    if (version < 0) {
        fail(readError);
        database = {};
        close();
        return false;
    }
    if (version > ReviewSchema::latestVersion()) {
        m_lastFailure = DatabaseFailure::Other;
        m_errorString = ReviewDatabaseText::tr(
            "The review database %1 has schema version %2, newer than this program knows (%3); "
            "it was left untouched. Update VLM Workbench to open it.")
            .arg(location())
            .arg(version)
            .arg(ReviewSchema::latestVersion());
        emit errorOccurred(m_errorString);
        database = {};
        close();
        return false;
    }
    if (const QSqlError error = ReviewSchema::migrate(database, m_dialect, connection.schemaVersion);
        error.isValid()) {
        fail(error);
        database = {};
        close();
        return false;
    }
    return true;
}

void ReviewDatabase::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase database = QSqlDatabase::database(m_connectionName, false);
        database.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool ReviewDatabase::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

QSqlDatabase ReviewDatabase::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString ReviewDatabase::location() const
{
    if (m_dialect.isSqlite())
        return m_connection.databaseName;
    return QStringLiteral("%1@%2/%3").arg(m_connection.user, m_connection.host, m_connection.databaseName);
}

int ReviewDatabase::schemaVersion() const
{
    return ReviewSchema::currentVersion(connection());
}

bool ReviewDatabase::fail(const QSqlError &error, const QString &context) const
{
    m_lastFailure = m_dialect.classify(error);
    QString cause = error.text().trimmed();
    if (!context.isEmpty())
        cause = ReviewDatabaseText::tr("%1, while running: %2").arg(cause, context.left(120));
    m_errorString = failureSentence(m_lastFailure, location(), cause);
    emit const_cast<ReviewDatabase *>(this)->errorOccurred(m_errorString);
    return false;
}

bool ReviewDatabase::runQuery(QSqlQuery &query, const QString &statement) const
{
    // A failed prepare() leaves its error here (PostgreSQL's PREPARE of an INSERT waits for the
    // table lock and can time out); executing anyway would replace it with a misleading one.
    if (statement.isEmpty() && query.lastError().isValid())
        return fail(query.lastError());
    const bool ok = statement.isEmpty() ? query.exec() : query.exec(statement);
    if (!ok)
        return fail(query.lastError());
    return true;
}

bool ReviewDatabase::beginWrite()
{
    if (!isOpen()) {
        m_lastFailure = DatabaseFailure::CannotOpen;
        m_errorString = ReviewDatabaseText::tr("No review database is open.");
        emit errorOccurred(m_errorString);
        return false;
    }
    QSqlQuery query(connection());
    return runQuery(query, m_dialect.beginWriteTransaction());
}

bool ReviewDatabase::commit()
{
    QSqlQuery query(connection());
    if (runQuery(query, QStringLiteral("COMMIT")))
        return true;
    rollback();
    return false;
}

void ReviewDatabase::rollback()
{
    // The error that led here is already reported; a failing ROLLBACK (nothing open) adds nothing.
    QSqlQuery(connection()).exec(QStringLiteral("ROLLBACK"));
}

bool ReviewDatabase::setMaximumPageCount(int pages)
{
    if (!m_dialect.isSqlite())
        return false;
    QSqlQuery query(connection());
    return runQuery(query, QStringLiteral("PRAGMA max_page_count = %1").arg(pages));
}

QString ReviewDatabase::integrityCheck() const
{
    QSqlQuery query(connection());
    const QString statement = m_dialect.isSqlite() ? QStringLiteral("PRAGMA integrity_check")
                                                   : QStringLiteral("SELECT 'ok'");
    if (!query.exec(statement) || !query.next())
        return query.lastError().text();
    return query.value(0).toString();
}

} // namespace vlmwb::core
