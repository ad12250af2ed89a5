// Crash safety: a writer process is killed with SIGKILL at random moments while it commits
// decisions; every decision it reported as committed must be in the database afterwards, each with
// its audit row, and SQLite's integrity check must pass.
#include "core/review_database.h"
#include "review_test_data.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace vlmwb::core;
using namespace review_test_data;

class TestReviewDatabaseCrash : public QObject
{
    Q_OBJECT
private slots:
    void committedDecisionsSurviveSigkill()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("crash.sqlite");
        qint64 findingId = 0;
        {
            ReviewDatabase database;
            QVERIFY(database.open(path));
            const qint64 documentId = database.addDocument(prescription(), reviewerActor("kim"));
            const qint64 runId = database.addRun(run(documentId), lines(), findings());
            findingId = database.findings(runId).value(0).id;
            QVERIFY(findingId > 0);
        }

        constexpr int kills = 25;
        // Seeded from the clock, printed so a failing round can be replayed.
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("seed %u", seed);
        QRandomGenerator random(seed);
        QElapsedTimer total;
        total.start();
        QSet<qint64> committed;
        int killedWhileWriting = 0;
        for (int round = 0; round < kills; ++round) {
            QProcess writer;
            writer.start(QStringLiteral(VLMWB_CRASH_WRITER_PATH), {path, QString::number(findingId), "1000000"});
            QVERIFY2(writer.waitForStarted(5000), qPrintable(writer.errorString()));
            // 0 to 400 ms: some rounds die while opening the database, most in the middle of writing.
            QThread::msleep(random.bounded(400));
            writer.kill(); // SIGKILL
            QVERIFY(writer.waitForFinished(5000));
            QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
            const QByteArray output = writer.readAllStandardOutput();
            // Only complete lines were printed after COMMIT returned.
            const QList<QByteArray> printed = output.left(output.lastIndexOf('\n') + 1).split('\n');
            int roundCount = 0;
            for (const QByteArray &line : printed) {
                if (!line.isEmpty()) {
                    committed.insert(line.toLongLong());
                    ++roundCount;
                }
            }
            if (roundCount > 0)
                ++killedWhileWriting;
            else if (const QByteArray error = writer.readAllStandardError(); !error.isEmpty())
                QFAIL(error.constData()); // the writer failed on its own, not by the kill

            ReviewDatabase check;
            QVERIFY2(check.open(path), qPrintable(check.errorString()));
            QCOMPARE(check.integrityCheck(), QString("ok"));
            QSet<qint64> stored;
            for (const DecisionRecord &decision : check.decisions(findingId))
                stored.insert(decision.id);
            for (qint64 id : std::as_const(committed))
                QVERIFY2(stored.contains(id), qPrintable(QString("round %1: committed decision %2 is missing")
                                                             .arg(round)
                                                             .arg(id)));
            // Each stored decision came with its audit row, in the same transaction.
            QSqlQuery audit(check.connection());
            QVERIFY(audit.exec("SELECT COUNT(*) FROM audit_log WHERE entity = 'finding'"));
            QVERIFY(audit.next());
            QCOMPARE(audit.value(0).toLongLong(), qint64(stored.size()));
        }
        qInfo("%d kills, %d while writing, %lld decisions committed, %lld ms", kills, killedWhileWriting,
              static_cast<long long>(committed.size()), static_cast<long long>(total.elapsed()));
        QVERIFY(killedWhileWriting >= kills / 2);
        QVERIFY(total.elapsed() < 60'000);
    }
};

QTEST_GUILESS_MAIN(TestReviewDatabaseCrash)
#include "tst_review_database_crash.moc"
