// vlmwb-cli export, run as a process on a review database built here.
#include "cli_run.h"
#include "core/review_database.h"
#include "../core/review_test_data.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace vlmwb::core;
using namespace review_test_data;

class TestCliExport : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_database;

    static CliRun runExport(const QStringList &arguments) { return runCli(QStringList{"export"} + arguments); }

private slots:
    void initTestCase()
    {
        QImage page(400, 120, QImage::Format_RGB32);
        page.fill(Qt::darkGreen);
        const QString imagePath = m_dir.filePath("rx.png");
        QVERIFY(page.save(imagePath));
        m_database = m_dir.filePath("review.sqlite");
        ReviewDatabase database;
        QVERIFY(database.open(m_database));
        DocumentInput document = prescription();
        document.path = imagePath;
        const qint64 documentId = database.addDocument(document, reviewerActor("kim"));
        const QList<FindingRecord> found = database.findings(database.addRun(run(documentId), lines(), findings()));
        QVERIFY(!database.recordDecisions({decide(found.at(0).id, DecisionAction::Correct, "Amoxicillin"),
                                           decide(found.at(1).id, DecisionAction::Accept),
                                           decide(found.at(2).id, DecisionAction::Reject)})
                     .isEmpty());
    }

    void printsCsvToStdout()
    {
        const CliRun run = runExport({"--db", m_database, "--format", "csv"});
        QCOMPARE(run.exitCode, 0);
        const QStringList rows = run.out.split("\r\n", Qt::SkipEmptyParts);
        QCOMPARE(rows.size(), 3); // header, the correction, the accept; the reject is left out
        QVERIFY(rows.at(1).contains(",correct,Amoxicillin,"));
        QVERIFY(rows.at(2).contains(",accept,Metformin,"));
    }

    void writesJsonAndFhirToAFile()
    {
        const QString out = m_dir.filePath("corrections.json");
        CliRun run = runExport({"--db", m_database, "--format", "json", "--out", out});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains(out), qPrintable(run.err));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(file.readAll()).array().size(), 2);

        run = runExport({"--db", m_database, "--format", "fhir"});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).object().value("entry").toArray().size(), 2);
    }

    void writesTrainingPairsWithCropsNextToTheOutput()
    {
        const QString out = m_dir.filePath("pairs/train.jsonl");
        QVERIFY(QDir().mkpath(m_dir.filePath("pairs")));
        const CliRun run = runExport({"--db", m_database, "--format", "jsonl", "--out", out});
        QCOMPARE(run.exitCode, 0);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> records = file.readAll().trimmed().split('\n');
        QCOMPARE(records.size(), 2);
        const QJsonObject first = QJsonDocument::fromJson(records.first()).object();
        QCOMPARE(first.value("text").toString(), QString("Amoxicillin 500 mg TID"));
        QVERIFY(first.value("image").toString().startsWith("train-crops/"));
        const QImage crop(m_dir.filePath("pairs/" + first.value("image").toString()));
        QCOMPARE(crop.size(), QSize(300, 30));
    }

    void refusesAMissingDatabaseWithoutCreatingIt()
    {
        const QString missing = m_dir.filePath("nowhere.sqlite");
        const CliRun run = runExport({"--db", missing});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(missing) && run.err.contains("does not exist"), qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(missing));
    }

    void refusesAnUnknownFormatAndAMissingDb()
    {
        QCOMPARE(runExport({"--db", m_database, "--format", "xml"}).exitCode, 2);
        QCOMPARE(runExport({"--format", "csv"}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cli_export.moc"
