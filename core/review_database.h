// The review database: documents, OCR runs, findings, reviewers' decisions and the append-only
// audit log, on SQLite (a file, the default) or PostgreSQL (a shared server). Every write method is
// one transaction that also writes its audit rows; on failure nothing of it is stored, the method
// returns an empty value, errorString() holds a sentence naming the database and the cause, and
// errorOccurred() is emitted. Decisions are never edited: a new run gets the decisions of identical
// earlier findings carried over (see core/finding_key.h), and undo writes a compensating decision.
#pragma once

#include "core/review_records.h"
#include "core/sql_dialect.h"

#include <QObject>
#include <QSqlDatabase>

namespace vlmwb::core {

// A verified finding joined with what an export needs: its line, run and document.
struct VerifiedCorrection {
    FindingRecord finding;
    LineRecord line;
    DocumentRecord document;
    QString modelId;
    DecisionRecord decision;
    QString verifiedValue; // the corrected value, or the best match (as read when none) for an accept
};

struct DatabaseConnection {
    QString driver = QStringLiteral("QSQLITE"); // or "QPSQL"
    QString databaseName; // the file for SQLite
    QString host;
    int port = -1;
    QString user;
    QString password;
    int busyTimeoutMilliseconds = 5000;
    int schemaVersion = 0; // migrate up to this version; 0 = latest (tests build old files with it)
};

class ReviewDatabase : public QObject
{
    Q_OBJECT
public:
    explicit ReviewDatabase(QObject *parent = nullptr);
    ~ReviewDatabase() override;

    bool open(const QString &path);
    bool open(const DatabaseConnection &connection);
    void close();
    bool isOpen() const;
    QString errorString() const { return m_errorString; }
    DatabaseFailure lastFailure() const { return m_lastFailure; }
    QString location() const; // the file, or user@host/database
    int schemaVersion() const;
    const SqlDialect &dialect() const { return m_dialect; }
    QSqlDatabase connection() const; // for checks in tests and tools; writes go through the methods

    // --- writes, one transaction each ---
    // Returns the id of the document with this content hash, inserting it when new.
    qint64 addDocument(const DocumentInput &document, const QString &who);
    // Inserts a run with its lines and findings and carries decisions over to identical findings.
    qint64 addRun(const RunInput &run, const QList<LineInput> &lines, const QList<FindingInput> &findings);
    // All or nothing; returns the new decision ids in order.
    QList<qint64> recordDecisions(const QList<DecisionInput> &decisions);

    // --- reads ---
    std::optional<DocumentRecord> document(qint64 documentId) const;
    std::optional<DocumentRecord> documentByHash(const QByteArray &sha256) const;
    QList<RunRecord> runs(qint64 documentId) const; // oldest first
    QList<LineRecord> lines(qint64 runId) const;
    QList<FindingRecord> findings(qint64 runId) const; // with their current status
    std::optional<FindingRecord> finding(qint64 findingId) const;
    QList<DecisionRecord> decisions(qint64 findingId) const; // oldest first
    QList<AuditEntry> auditLog() const;
    // Findings whose latest decision accepts or corrects them; per document and finding key only
    // the latest decision counts, so a decision carried to a new run is exported once.
    QList<VerifiedCorrection> verifiedCorrections() const;

    // SQLite only: the file may not grow beyond this many pages, as a full disk would not let it.
    bool setMaximumPageCount(int pages);
    QString integrityCheck() const; // "ok" when sound

signals:
    void errorOccurred(const QString &message);
    void runAdded(qint64 runId);
    void decisionsRecorded(const QList<qint64> &findingIds);

private:
    bool fail(const QSqlError &error, const QString &context = {}) const;
    bool beginWrite();
    bool commit();
    void rollback();
    bool runQuery(class QSqlQuery &query, const QString &context = {}) const;
    bool checkFileLocation(const QString &path);
    qint64 insertDecision(const DecisionInput &decision, const QString &who, const QDateTime &now);
    bool updateDocumentStatus(qint64 documentId, const QString &who, const QDateTime &now);
    qint64 insertAudit(const AuditEntry &entry);
    bool carryOverDecisions(qint64 documentId, qint64 runId, const QString &who, const QDateTime &now);

    QString m_connectionName;
    SqlDialect m_dialect = SqlDialect::forDriver(QStringLiteral("QSQLITE"));
    DatabaseConnection m_connection;
    mutable QString m_errorString;
    mutable DatabaseFailure m_lastFailure = DatabaseFailure::None;
};

} // namespace vlmwb::core
