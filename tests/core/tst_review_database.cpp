// The review database: schema and settings, audit trail, reopening and re-running a document,
// migration from version 1, and every error a user can cause, each naming the file and the cause.
#include "core/finding_key.h"
#include "core/review_database.h"
#include "core/review_schema.h"
#include "review_test_data.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>

using namespace vlmwb::core;
using namespace review_test_data;

namespace {

QVariant scalar(const QSqlDatabase &database, const QString &statement)
{
    QSqlQuery query(database);
    if (!query.exec(statement) || !query.next())
        return {};
    return query.value(0);
}

struct Opened {
    qint64 documentId = 0;
    qint64 runId = 0;
    QList<FindingRecord> findings;
};

Opened addSample(ReviewDatabase &database)
{
    Opened opened;
    opened.documentId = database.addDocument(prescription(), reviewerActor("kim"));
    opened.runId = database.addRun(run(opened.documentId), lines(), findings());
    opened.findings = database.findings(opened.runId);
    return opened;
}

} // namespace

class TestReviewDatabase : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString freshPath() { return m_dir.filePath(QStringLiteral("review-%1.sqlite").arg(++m_counter)); }

private slots:
    void createsSchemaWithSettings()
    {
        ReviewDatabase database;
        QVERIFY2(database.open(freshPath()), qPrintable(database.errorString()));
        QCOMPARE(database.schemaVersion(), ReviewSchema::latestVersion());
        QCOMPARE(database.schemaVersion(), 3);
        const QSqlDatabase connection = database.connection();
        QCOMPARE(scalar(connection, "PRAGMA journal_mode").toString(), QString("wal"));
        QCOMPARE(scalar(connection, "PRAGMA foreign_keys").toInt(), 1);
        QCOMPARE(scalar(connection, "PRAGMA busy_timeout").toInt(), 5000);
        QCOMPARE(scalar(connection, "PRAGMA synchronous").toInt(), 2); // FULL
        for (const char *table : {"documents", "runs", "lines", "findings", "decisions", "audit_log"})
            QVERIFY2(connection.tables().contains(table), table);
    }

    void storesARunAndReadsItBack()
    {
        ReviewDatabase database;
        QVERIFY(database.open(freshPath()));
        const Opened sample = addSample(database);
        QVERIFY2(sample.runId > 0, qPrintable(database.errorString()));
        QCOMPARE(sample.findings.size(), 3);
        const FindingRecord &amoxicillin = sample.findings.at(0);
        QCOMPARE(amoxicillin.text, QString("Amoxicilin"));
        QCOMPARE(amoxicillin.drug, QString("Amoxicillin"));
        QCOMPARE(amoxicillin.doseAmount.value_or(-1), 500.0);
        QCOMPARE(amoxicillin.doseUcum, QString("mg"));
        QCOMPARE(amoxicillin.status, FindingStatus::Unreviewed);
        QVERIFY(!sample.findings.at(1).doseAmount.has_value());
        QCOMPARE(sample.findings.at(2).lineIndex, 1);
        QCOMPARE(sample.findings.at(2).spanStart, 17);
        const QList<LineRecord> storedLines = database.lines(sample.runId);
        QCOMPARE(storedLines.size(), 2);
        QCOMPARE(storedLines.at(1).box, QRectF(10, 60, 300, 30));
        QCOMPARE(storedLines.at(1).text, QString("Metformn 850 mg, Lisinopril 10 mg"));
        const QList<RunRecord> runs = database.runs(sample.documentId);
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.first().parameters.value("beam").toInt(), 1);
        QCOMPARE(runs.first().timings.value("decode_ms").toInt(), 120);
    }

    void storesAFindingOfTheVerificationStep()
    {
        Finding finding;
        finding.text = QStringLiteral("Amoxici11in");
        finding.line = 0;
        finding.start = 0;
        finding.length = 11;
        finding.drug = QStringLiteral("Amoxicillin");
        finding.generic = QStringLiteral("amoxicillin");
        finding.score = 0.9;
        finding.candidates = {{"Amoxicillin", "amoxicillin", 0.9, 1}, {"Amoxil", "amoxicillin", 0.6, 2}};
        finding.hasDose = true;
        finding.dose.amount = 250;
        finding.dose.amountHigh = 500;
        finding.dose.unit = QStringLiteral("mg");
        finding.dose.ucum = QStringLiteral("mg");
        finding.dose.text = QStringLiteral("250-500 mg");
        finding.warnings = {{"look-alike", "Amoxicillin looks like Amoxapine."}};
        finding.confidence = 0.7;

        ReviewDatabase database;
        QVERIFY(database.open(freshPath()));
        const qint64 documentId = database.addDocument(prescription(), reviewerActor("kim"));
        const qint64 runId = database.addRun(run(documentId), {lines().at(0)}, {toFindingInput(finding)});
        const FindingRecord stored = database.findings(runId).value(0);
        QCOMPARE(stored.text, finding.text);
        QCOMPARE(stored.spanLength, 11);
        QCOMPARE(stored.candidates.size(), 2);
        QCOMPARE(stored.candidates.at(1).toObject().value("name").toString(), QString("Amoxil"));
        QCOMPARE(stored.candidates.at(1).toObject().value("rank").toInt(), 2);
        QCOMPARE(stored.doseAmount.value_or(-1), 250.0);
        QCOMPARE(stored.doseText, QString("250-500 mg"));
        QCOMPARE(stored.warnings.at(0).toObject().value("code").toString(), QString("look-alike"));
        QCOMPARE(stored.warnings.at(0).toObject().value("message").toString(),
                 QString("Amoxicillin looks like Amoxapine."));
        QCOMPARE(stored.confidence, 0.7);
    }

    void everyInsertWritesItsAuditRow()
    {
        ReviewDatabase database;
        QVERIFY(database.open(freshPath()));
        const Opened sample = addSample(database);
        QVERIFY(!database.recordDecisions({decide(sample.findings.at(0).id, DecisionAction::Correct, "Amoxicillin")})
                     .isEmpty());
        const QList<AuditEntry> audit = database.auditLog();
        // document insert, run insert, the decision, and the document going to "in review"
        QCOMPARE(audit.size(), 4);
        QCOMPARE(audit.at(0).entity, QString("document"));
        QCOMPARE(audit.at(0).who, QString("reviewer:kim"));
        QCOMPARE(audit.at(1).entity, QString("run"));
        QCOMPARE(audit.at(1).who, QString("engine:projection-small@0.1.0"));
        QCOMPARE(audit.at(2).entity, QString("finding"));
        QCOMPARE(audit.at(2).entityId, sample.findings.at(0).id);
        QCOMPARE(audit.at(2).before, QString("unreviewed"));
        QCOMPARE(audit.at(2).after, QString("corrected: Amoxicillin"));
        QCOMPARE(audit.at(3).field, QString("status"));
        QCOMPARE(audit.at(3).before, QString("new"));
        QCOMPARE(audit.at(3).after, QString("in_review"));
        QVERIFY(qAbs(audit.at(2).at.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        QCOMPARE(audit.at(2).at.timeSpec(), Qt::UTC);
    }

    void auditLogAndDecisionsAreAppendOnly()
    {
        ReviewDatabase database;
        QVERIFY(database.open(freshPath()));
        const Opened sample = addSample(database);
        QVERIFY(!database.recordDecisions({decide(sample.findings.at(0).id, DecisionAction::Accept)}).isEmpty());
        const int rows = scalar(database.connection(), "SELECT COUNT(*) FROM audit_log").toInt();
        QSqlQuery query(database.connection());
        QVERIFY(!query.exec("UPDATE audit_log SET who = 'mallory'"));
        QVERIFY2(query.lastError().text().contains("append-only"), qPrintable(query.lastError().text()));
        QVERIFY(!query.exec("DELETE FROM audit_log"));
        QVERIFY(!query.exec("UPDATE decisions SET action = 'reject'"));
        QVERIFY(!query.exec("DELETE FROM decisions"));
        QCOMPARE(scalar(database.connection(), "SELECT COUNT(*) FROM audit_log").toInt(), rows);
        QCOMPARE(scalar(database.connection(), "SELECT COUNT(*) FROM audit_log WHERE who = 'mallory'").toInt(), 0);
        QCOMPARE(database.decisions(sample.findings.at(0).id).size(), 1);
    }

    // SQLite's REPLACE deletes the row it collides with without firing delete triggers: on a
    // version-2 database it rewrites an audit row in place. Opening the file migrates it, and from
    // then on REPLACE, REPLACE INTO and an upsert on a taken id all fail.
    void replaceCannotRewriteHistory()
    {
        const QString path = freshPath();
        const QString replaceAudit = "INSERT OR REPLACE INTO audit_log (id, who, at_utc, entity, entity_id) "
                                     "VALUES (%1, 'mallory', '2020-01-01T00:00:00.000Z', 'decision', %2)";
        qint64 findingId = 0;
        {
            DatabaseConnection connection;
            connection.databaseName = path;
            connection.schemaVersion = 2;
            ReviewDatabase old;
            QVERIFY2(old.open(connection), qPrintable(old.errorString()));
            const Opened sample = addSample(old);
            findingId = sample.findings.at(0).id;
            QVERIFY(!old.recordDecisions({decide(findingId, DecisionAction::Accept)}).isEmpty());
            const qint64 auditId = scalar(old.connection(), "SELECT MIN(id) FROM audit_log").toLongLong();
            QSqlQuery query(old.connection());
            QVERIFY2(query.exec(replaceAudit.arg(auditId).arg(findingId)), qPrintable(query.lastError().text()));
            QCOMPARE(scalar(old.connection(), QString("SELECT who FROM audit_log WHERE id = %1").arg(auditId)).toString(),
                     QString("mallory"));
        }

        ReviewDatabase database;
        QVERIFY2(database.open(path), qPrintable(database.errorString()));
        QCOMPARE(database.schemaVersion(), ReviewSchema::latestVersion());
        QVERIFY(!database.recordDecisions({decide(findingId, DecisionAction::Reject)}).isEmpty());
        const QSqlDatabase connection = database.connection();
        const int auditRows = scalar(connection, "SELECT COUNT(*) FROM audit_log").toInt();
        const qint64 auditId = scalar(connection, "SELECT MAX(id) FROM audit_log").toLongLong();
        const QString who = scalar(connection, QString("SELECT who FROM audit_log WHERE id = %1").arg(auditId)).toString();
        const qint64 decisionId = scalar(connection, "SELECT MAX(id) FROM decisions").toLongLong();
        const QStringList attempts = {
            replaceAudit.arg(auditId).arg(findingId),
            QString("REPLACE INTO audit_log (id, who, at_utc, entity, entity_id) VALUES (%1, 'mallory', "
                    "'2020-01-01T00:00:00.000Z', 'decision', %2)").arg(auditId).arg(findingId),
            QString("INSERT INTO audit_log (id, who, at_utc, entity, entity_id) VALUES (%1, 'mallory', "
                    "'2020-01-01T00:00:00.000Z', 'decision', %2) ON CONFLICT (id) DO UPDATE SET who = 'mallory'")
                .arg(auditId).arg(findingId),
            QString("INSERT OR REPLACE INTO decisions (id, finding_id, action, reviewer, decided_utc) VALUES "
                    "(%1, %2, 'accept', 'mallory', '2020-01-01T00:00:00.000Z')").arg(decisionId).arg(findingId),
        };
        for (const QString &statement : attempts) {
            QSqlQuery query(connection);
            QVERIFY2(!query.exec(statement), qPrintable(statement));
            QVERIFY2(query.lastError().text().contains("append-only"), qPrintable(query.lastError().text()));
        }
        QCOMPARE(scalar(connection, "SELECT COUNT(*) FROM audit_log").toInt(), auditRows);
        QCOMPARE(scalar(connection, QString("SELECT who FROM audit_log WHERE id = %1").arg(auditId)).toString(), who);
        QCOMPARE(scalar(connection, QString("SELECT action FROM decisions WHERE id = %1").arg(decisionId)).toString(),
                 QString("reject"));
        // New rows, the only way history grows, are still accepted.
        QVERIFY(!database.recordDecisions({decide(findingId, DecisionAction::Reopen)}).isEmpty());
        QCOMPARE(scalar(connection, "SELECT COUNT(*) FROM audit_log").toInt(), auditRows + 1);
    }

    void documentStatusFollowsTheDecisions()
    {
        ReviewDatabase database;
        QVERIFY(database.open(freshPath()));
        const Opened sample = addSample(database);
        QCOMPARE(database.document(sample.documentId)->status, DocumentStatus::New);
        QVERIFY(!database.recordDecisions({decide(sample.findings.at(0).id, DecisionAction::Accept)}).isEmpty());
        QCOMPARE(database.document(sample.documentId)->status, DocumentStatus::InReview);
        QVERIFY(!database.recordDecisions({decide(sample.findings.at(1).id, DecisionAction::Correct, "Metformin"),
                                           decide(sample.findings.at(2).id, DecisionAction::Reject)})
                     .isEmpty());
        QCOMPARE(database.document(sample.documentId)->status, DocumentStatus::Verified);
        QVERIFY(!database.recordDecisions({decide(sample.findings.at(2).id, DecisionAction::Reopen)}).isEmpty());
        QCOMPARE(database.document(sample.documentId)->status, DocumentStatus::InReview);
        QCOMPARE(database.finding(sample.findings.at(2).id)->status, FindingStatus::Unreviewed);
    }

    void reopensADocumentByContentHash()
    {
        const QString path = freshPath();
        qint64 documentId = 0;
        qint64 decided = 0;
        {
            ReviewDatabase database;
            QVERIFY(database.open(path));
            const Opened sample = addSample(database);
            documentId = sample.documentId;
            decided = sample.findings.at(1).id;
            QVERIFY(!database.recordDecisions({decide(decided, DecisionAction::Correct, "Metformin")}).isEmpty());
        }
        ReviewDatabase reopened;
        QVERIFY(reopened.open(path));
        const auto document = reopened.documentByHash(prescription().contentHash);
        QVERIFY(document.has_value());
        QCOMPARE(document->id, documentId);
        QCOMPARE(document->path, QString("/scans/rx-001.png"));
        const int auditRows = reopened.auditLog().size();
        QCOMPARE(reopened.addDocument(prescription(), reviewerActor("lee")), documentId);
        QCOMPARE(reopened.auditLog().size(), auditRows); // nothing inserted, nothing audited
        QCOMPARE(reopened.runs(documentId).size(), 1);
        const QList<DecisionRecord> decisions = reopened.decisions(decided);
        QCOMPARE(decisions.size(), 1);
        QCOMPARE(decisions.first().correctedValue, QString("Metformin"));
        QVERIFY(!reopened.documentByHash(QCryptographicHash::hash("other", QCryptographicHash::Sha256)));
    }

    void rerunKeepsAndCarriesOverHumanDecisions()
    {
        ReviewDatabase database;
        QVERIFY(database.open(freshPath()));
        const Opened first = addSample(database);
        QVERIFY(!database.recordDecisions({decide(first.findings.at(0).id, DecisionAction::Correct, "Amoxicillin"),
                                           decide(first.findings.at(1).id, DecisionAction::Accept),
                                           decide(first.findings.at(2).id, DecisionAction::Reject)})
                     .isEmpty());
        QCOMPARE(database.document(first.documentId)->status, DocumentStatus::Verified);

        // The second model reads line 1 differently: "Metfornin" is a new finding; the other two are
        // identical to the first run's.
        QList<LineInput> secondLines = lines();
        secondLines[1].text = QStringLiteral("Metfornin 850 mg, Lisinopril 10 mg");
        QList<FindingInput> secondFindings = findings();
        secondFindings[1].text = QStringLiteral("Metfornin");
        const qint64 secondRun = database.addRun(run(first.documentId, "early-fusion-small@0.1.0"), secondLines,
                                                 secondFindings);
        QVERIFY2(secondRun > first.runId, qPrintable(database.errorString()));
        const QList<FindingRecord> second = database.findings(secondRun);
        QCOMPARE(second.size(), 3);
        QCOMPARE(second.at(0).status, FindingStatus::Corrected);
        QCOMPARE(second.at(0).correctedValue, QString("Amoxicillin"));
        QCOMPARE(second.at(1).status, FindingStatus::Unreviewed);
        QCOMPARE(second.at(2).status, FindingStatus::Rejected);
        const DecisionRecord carried = database.decisions(second.at(0).id).value(0);
        QCOMPARE(carried.reviewer, QString("kim"));
        QVERIFY2(carried.reason.contains("carried over"), qPrintable(carried.reason));
        // The first run's decisions are untouched.
        for (const FindingRecord &finding : first.findings)
            QCOMPARE(database.decisions(finding.id).size(), 1);
        QCOMPARE(database.findings(first.runId).at(0).status, FindingStatus::Corrected);
        QCOMPARE(database.runs(first.documentId).size(), 2);
        QCOMPARE(database.document(first.documentId)->status, DocumentStatus::InReview);
        // Exported once per finding, not once per run.
        QCOMPARE(database.verifiedCorrections().size(), 2);
    }

    void migratesAVersionOneDatabase()
    {
        const QString path = freshPath();
        {
            DatabaseConnection connection;
            connection.databaseName = path;
            connection.schemaVersion = 1;
            ReviewDatabase old;
            QVERIFY2(old.open(connection), qPrintable(old.errorString()));
            QCOMPARE(old.schemaVersion(), 1);
            QSqlQuery query(old.connection());
            QVERIFY(!old.connection().record("findings").contains("finding_key"));
            // Rows as version 1 of the program wrote them, by hand.
            const QString hash = QString::fromLatin1(prescription().contentHash.toHex());
            QVERIFY(query.exec(QString("INSERT INTO documents VALUES (1, '%1', '/scans/rx-001.png', 18, 1, 'in_review', "
                                       "'2026-01-02T03:04:05.000Z')")
                                   .arg(hash)));
            QVERIFY(query.exec("INSERT INTO runs VALUES (1, 1, 'projection-small@0.1.0', 'projection', 'cpu', '{}', "
                               "'{}', '2026-01-02T03:04:06.000Z')"));
            QVERIFY(query.exec("INSERT INTO lines VALUES (1, 1, 0, 0, 10, 20, 300, 30, 'Amoxicilin 500 mg TID', 0.9)"));
            QVERIFY(query.exec("INSERT INTO findings VALUES (1, 1, 1, 'Amoxicilin', 0, 10, 'Amoxicillin', "
                               "'amoxicillin', 0.95, '[]', 500, 'mg', 'mg', '500 mg', '[]', 0.9)"));
            QVERIFY(query.exec("INSERT INTO decisions VALUES (1, 1, 'correct', 'Amoxicillin', 'kim', "
                               "'2026-01-02T03:05:00.000Z', NULL)"));
        }
        ReviewDatabase database;
        QVERIFY2(database.open(path), qPrintable(database.errorString()));
        QCOMPARE(database.schemaVersion(), 3);
        const FindingRecord migrated = database.finding(1).value();
        QCOMPARE(migrated.findingKey, findingKey(0, 0, 0, 10, "Amoxicilin", "Amoxicillin"));
        QCOMPARE(migrated.status, FindingStatus::Corrected);
        // A new run with the same finding picks up the version-1 decision.
        QList<FindingInput> newFindings = {findings().at(0)};
        const qint64 runId = database.addRun(run(1), {lines().at(0)}, newFindings);
        QVERIFY2(runId > 0, qPrintable(database.errorString()));
        QCOMPARE(database.findings(runId).value(0).correctedValue, QString("Amoxicillin"));
    }

    void refusesANewerSchema()
    {
        const QString path = freshPath();
        {
            ReviewDatabase database;
            QVERIFY(database.open(path));
            QSqlQuery(database.connection()).exec("UPDATE schema_version SET version = 99");
        }
        ReviewDatabase database;
        QVERIFY(!database.open(path));
        QVERIFY2(database.errorString().contains(path) && database.errorString().contains("99"),
                 qPrintable(database.errorString()));
    }

    void refusesADecisionForAnUnknownFinding()
    {
        ReviewDatabase database;
        QVERIFY(database.open(freshPath()));
        const Opened sample = addSample(database);
        QSignalSpy errors(&database, &ReviewDatabase::errorOccurred);
        // All or nothing: the valid first decision is rolled back with the invalid second one.
        QVERIFY(database.recordDecisions({decide(sample.findings.at(0).id, DecisionAction::Accept),
                                          decide(987654, DecisionAction::Accept)})
                    .isEmpty());
        QCOMPARE(database.lastFailure(), DatabaseFailure::Constraint);
        QCOMPARE(errors.count(), 1);
        QVERIFY(database.decisions(sample.findings.at(0).id).isEmpty());
    }

    void reportsAMissingFolder()
    {
        const QString path = m_dir.filePath("no-such-folder/review.sqlite");
        ReviewDatabase database;
        QVERIFY(!database.open(path));
        QVERIFY2(database.errorString().contains(path), qPrintable(database.errorString()));
        QVERIFY2(database.errorString().contains("does not exist"), qPrintable(database.errorString()));
        QVERIFY(!QFileInfo::exists(m_dir.filePath("no-such-folder")));
    }

    void reportsAFileThatIsNotADatabase()
    {
        const QString path = freshPath();
        const QByteArray content = "Amoxicillin 500 mg TID\nthis is a text file, not SQLite\n";
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        ReviewDatabase database;
        QVERIFY(!database.open(path));
        QCOMPARE(database.lastFailure(), DatabaseFailure::NotADatabase);
        QVERIFY2(database.errorString().contains(path), qPrintable(database.errorString()));
        QVERIFY2(database.errorString().contains("not a review database"), qPrintable(database.errorString()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), content); // left untouched
    }

    void reportsAReadOnlyFile()
    {
        const QString path = freshPath();
        {
            ReviewDatabase database;
            QVERIFY(database.open(path));
        }
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup);
        if (QFileInfo(path).isWritable())
            QSKIP("this user (root) can write read-only files; the read-only database case is checked below");
        ReviewDatabase database;
        QVERIFY(!database.open(path));
        QCOMPARE(database.lastFailure(), DatabaseFailure::ReadOnly);
        QVERIFY2(database.errorString().contains(path), qPrintable(database.errorString()));
        QVERIFY2(database.errorString().contains("read-only"), qPrintable(database.errorString()));
    }

    void reportsAReadOnlyFolder()
    {
        QTemporaryDir folder;
        const QString path = QDir(folder.path()).filePath("review.sqlite");
        QFile::setPermissions(folder.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        const bool writable = QFileInfo(folder.path()).isWritable();
        ReviewDatabase database;
        const bool opened = database.open(path);
        QFile::setPermissions(folder.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        if (writable)
            QSKIP("this user (root) can write read-only folders");
        QVERIFY(!opened);
        QCOMPARE(database.lastFailure(), DatabaseFailure::ReadOnly);
        QVERIFY2(database.errorString().contains(path), qPrintable(database.errorString()));
        QVERIFY2(database.errorString().contains("read-only"), qPrintable(database.errorString()));
    }

    void reportsADamagedDatabase()
    {
        // A real review database whose pages after the first are overwritten: it opens (the schema
        // is on page 1), and reading the damaged tables reports the damage, naming the file.
        const QString path = freshPath();
        {
            ReviewDatabase database;
            QVERIFY(database.open(path));
            const Opened sample = addSample(database);
            QList<LineInput> manyLines;
            for (int index = 0; index < 200; ++index)
                manyLines.append({0, index, QRectF(0, index, 10, 1), QString(100, QChar('y')), 0.5});
            QVERIFY(database.addRun(run(sample.documentId), manyLines, {}) > 0);
        } // closing checkpoints the WAL into the file
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.size() > 16 * 4096);
            QVERIFY(file.seek(4096));
            file.write(QByteArray(8 * 4096, '\xA5'));
        }
        ReviewDatabase database;
        // Either opening notices (the schema version cannot be read) or the first read does.
        if (database.open(path)) {
            QVERIFY(database.integrityCheck() != QLatin1String("ok"));
            QVERIFY(database.lines(2).isEmpty());
        }
        QCOMPARE(database.lastFailure(), DatabaseFailure::NotADatabase);
        QVERIFY2(database.errorString().contains(path), qPrintable(database.errorString()));
        QVERIFY2(database.errorString().contains("damaged"), qPrintable(database.errorString()));
    }

    void reportsAWriteRefusedAsReadOnly()
    {
        // SQLite's own read-only refusal (SQLITE_READONLY), reached even as root through query_only:
        // the same code as a file opened read-only by SQLite.
        const QString path = freshPath();
        ReviewDatabase database;
        QVERIFY(database.open(path));
        const Opened sample = addSample(database);
        QVERIFY(QSqlQuery(database.connection()).exec("PRAGMA query_only = ON"));
        QVERIFY(database.recordDecisions({decide(sample.findings.at(0).id, DecisionAction::Accept)}).isEmpty());
        QCOMPARE(database.lastFailure(), DatabaseFailure::ReadOnly);
        QVERIFY2(database.errorString().contains(path), qPrintable(database.errorString()));
        QVERIFY2(database.errorString().contains("read-only"), qPrintable(database.errorString()));
        QVERIFY(QSqlQuery(database.connection()).exec("PRAGMA query_only = OFF"));
        QVERIFY(database.decisions(sample.findings.at(0).id).isEmpty());
    }

    void reportsALockedDatabaseAfterTheBusyTimeout()
    {
        const QString path = freshPath();
        DatabaseConnection connection;
        connection.databaseName = path;
        connection.busyTimeoutMilliseconds = 300;
        ReviewDatabase database;
        QVERIFY(database.open(connection));
        const Opened sample = addSample(database);
        {
            QSqlDatabase other = QSqlDatabase::addDatabase("QSQLITE", "other-writer");
            other.setDatabaseName(path);
            QVERIFY(other.open());
            QSqlQuery hold(other);
            QVERIFY(hold.exec("BEGIN IMMEDIATE"));
            QVERIFY(hold.exec("INSERT INTO audit_log (who, at_utc, entity, entity_id) VALUES ('x', 'y', 'z', 1)"));
            QElapsedTimer timer;
            timer.start();
            QVERIFY(database.recordDecisions({decide(sample.findings.at(0).id, DecisionAction::Accept)}).isEmpty());
            QVERIFY2(timer.elapsed() >= 250, qPrintable(QString::number(timer.elapsed())));
            QCOMPARE(database.lastFailure(), DatabaseFailure::Locked);
            QVERIFY2(database.errorString().contains(path), qPrintable(database.errorString()));
            QVERIFY2(database.errorString().contains("locked"), qPrintable(database.errorString()));
            QVERIFY(hold.exec("ROLLBACK"));
            other.close();
        }
        QSqlDatabase::removeDatabase("other-writer");
        // Once the other writer is gone, the same action succeeds.
        QCOMPARE(database.recordDecisions({decide(sample.findings.at(0).id, DecisionAction::Accept)}).size(), 1);
    }

    void reportsAFullDiskAndKeepsEarlierWork()
    {
        // A full disk is simulated with PRAGMA max_page_count: SQLite then fails a growing write
        // with SQLITE_FULL, the same code it reports when the file system has no space left.
        const QString path = freshPath();
        ReviewDatabase database;
        QVERIFY(database.open(path));
        const Opened sample = addSample(database);
        QVERIFY(!database.recordDecisions({decide(sample.findings.at(0).id, DecisionAction::Accept)}).isEmpty());
        const int pages = scalar(database.connection(), "PRAGMA page_count").toInt();
        QVERIFY(database.setMaximumPageCount(pages));
        QList<LineInput> manyLines;
        QList<FindingInput> manyFindings;
        for (int index = 0; index < 400; ++index)
            manyLines.append({0, index, QRectF(0, index * 10, 100, 10), QString(200, QChar('x')), 0.5});
        QCOMPARE(database.addRun(run(sample.documentId), manyLines, manyFindings), 0);
        QCOMPARE(database.lastFailure(), DatabaseFailure::DiskFull);
        QVERIFY2(database.errorString().contains(path), qPrintable(database.errorString()));
        QVERIFY2(database.errorString().contains("full"), qPrintable(database.errorString()));
        QCOMPARE(database.runs(sample.documentId).size(), 1);
        QCOMPARE(database.decisions(sample.findings.at(0).id).size(), 1);
        QCOMPARE(database.integrityCheck(), QString("ok"));
        QVERIFY(database.setMaximumPageCount(1'000'000));
        QVERIFY(database.addRun(run(sample.documentId), manyLines, manyFindings) > 0);
    }
};

QTEST_GUILESS_MAIN(TestReviewDatabase)
#include "tst_review_database.moc"
