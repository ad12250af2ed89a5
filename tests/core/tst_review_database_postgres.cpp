// The review database on PostgreSQL (QPSQL): the same schema, migrations, audit triggers and
// carry-over as on SQLite. Needs a server: set VLMWB_TEST_POSTGRES_HOST (and _PORT, _USER,
// _PASSWORD, _DATABASE, default "postgres"); the test creates and drops its own database there.
// Skipped when the variable is unset or the server cannot be reached.
#include "core/review_database.h"
#include "review_test_data.h"

#include <QProcessEnvironment>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace vlmwb::core;
using namespace review_test_data;

class TestReviewDatabasePostgres : public QObject
{
    Q_OBJECT
private:
    DatabaseConnection m_server;
    QString m_testDatabase;

    bool administer(const QString &statement)
    {
        const QString name = QStringLiteral("postgres-admin");
        bool ok = false;
        {
            QSqlDatabase admin = QSqlDatabase::addDatabase("QPSQL", name);
            admin.setHostName(m_server.host);
            admin.setPort(m_server.port);
            admin.setUserName(m_server.user);
            admin.setPassword(m_server.password);
            admin.setDatabaseName(m_server.databaseName);
            ok = admin.open() && QSqlQuery(admin).exec(statement);
            if (!ok)
                qWarning("%s: %s", qPrintable(statement), qPrintable(admin.lastError().text()));
        }
        QSqlDatabase::removeDatabase(name);
        return ok;
    }

private slots:
    void initTestCase()
    {
        const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        m_server.driver = QStringLiteral("QPSQL");
        m_server.host = environment.value("VLMWB_TEST_POSTGRES_HOST");
        if (m_server.host.isEmpty())
            QSKIP("VLMWB_TEST_POSTGRES_HOST is not set; no PostgreSQL server to test against");
        if (!QSqlDatabase::isDriverAvailable("QPSQL"))
            QSKIP("the QPSQL driver is not installed (libqt6sql6-psql)");
        m_server.port = environment.value("VLMWB_TEST_POSTGRES_PORT", "5432").toInt();
        m_server.user = environment.value("VLMWB_TEST_POSTGRES_USER", "postgres");
        m_server.password = environment.value("VLMWB_TEST_POSTGRES_PASSWORD");
        m_server.databaseName = environment.value("VLMWB_TEST_POSTGRES_DATABASE", "postgres");
        m_testDatabase = QStringLiteral("vlmwb_test_%1").arg(QCoreApplication::applicationPid());
        if (!administer(QStringLiteral("CREATE DATABASE %1").arg(m_testDatabase)))
            QSKIP("the PostgreSQL server cannot be reached or refuses CREATE DATABASE");
    }

    void cleanupTestCase()
    {
        if (!m_testDatabase.isEmpty())
            administer(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(m_testDatabase));
    }

    void storesRunsDecisionsAndTheAuditTrail()
    {
        DatabaseConnection connection = m_server;
        connection.databaseName = m_testDatabase;
        ReviewDatabase database;
        QVERIFY2(database.open(connection), qPrintable(database.errorString()));
        QCOMPARE(database.schemaVersion(), 3);
        const qint64 documentId = database.addDocument(prescription(), reviewerActor("kim"));
        QVERIFY2(documentId > 0, qPrintable(database.errorString()));
        const qint64 runId = database.addRun(run(documentId), lines(), findings());
        QVERIFY2(runId > 0, qPrintable(database.errorString()));
        const QList<FindingRecord> found = database.findings(runId);
        QCOMPARE(found.size(), 3);
        QCOMPARE(found.at(0).doseAmount.value_or(-1), 500.0);
        QVERIFY(!database.recordDecisions({decide(found.at(0).id, DecisionAction::Correct, "Amoxicillin")}).isEmpty());
        QCOMPARE(database.document(documentId)->status, DocumentStatus::InReview);

        const qint64 secondRun = database.addRun(run(documentId), lines(), findings());
        QCOMPARE(database.findings(secondRun).at(0).correctedValue, QString("Amoxicillin"));
        QCOMPARE(database.verifiedCorrections().size(), 1);

        QSqlQuery query(database.connection());
        QVERIFY(!query.exec("UPDATE audit_log SET who = 'mallory'"));
        QVERIFY2(query.lastError().text().contains("append-only"), qPrintable(query.lastError().text()));
        QVERIFY(!query.exec("DELETE FROM decisions"));
        QCOMPARE(database.auditLog().size(), 6); // document, run, decision, status, run, carried decision
    }

    void reportsALockedTableAfterTheLockTimeout()
    {
        DatabaseConnection connection = m_server;
        connection.databaseName = m_testDatabase;
        connection.busyTimeoutMilliseconds = 300;
        ReviewDatabase database;
        QVERIFY2(database.open(connection), qPrintable(database.errorString()));
        const qint64 documentId = database.addDocument(prescription("locked"), reviewerActor("kim"));
        const qint64 findingId = database.findings(database.addRun(run(documentId), lines(), findings())).at(0).id;
        {
            QSqlDatabase other = QSqlDatabase::addDatabase("QPSQL", "other-writer");
            other.setHostName(m_server.host);
            other.setPort(m_server.port);
            other.setUserName(m_server.user);
            other.setPassword(m_server.password);
            other.setDatabaseName(m_testDatabase);
            QVERIFY(other.open());
            QSqlQuery hold(other);
            QVERIFY(hold.exec("BEGIN"));
            QVERIFY(hold.exec("LOCK TABLE decisions IN EXCLUSIVE MODE"));
            QVERIFY(database.recordDecisions({decide(findingId, DecisionAction::Accept)}).isEmpty());
            QVERIFY2(database.lastFailure() == DatabaseFailure::Locked, qPrintable(database.errorString()));
            QVERIFY2(database.errorString().contains("locked"), qPrintable(database.errorString()));
            QVERIFY(hold.exec("ROLLBACK"));
            other.close();
        }
        QSqlDatabase::removeDatabase("other-writer");
        QCOMPARE(database.recordDecisions({decide(findingId, DecisionAction::Accept)}).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestReviewDatabasePostgres)
#include "tst_review_database_postgres.moc"
