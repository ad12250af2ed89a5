// vlmwb-cli train --resume: it takes the pattern and the corpus from the run stored in --out (it
// used to abort on a missing --pattern, and to record the default corpus seed over the run's own),
// names the folder when there is no run, and refuses a pattern or corpus seed that contradicts it.
// The corpus' share of drug names in capitals (--upper-case-drugs) and of names with rare letters
// (--rare-letter-drugs), of Korean names with rare syllables (--rare-syllable-korean-drugs), of
// random doses (--random-doses) and of strongly degraded lines (--strong-degradation) are part of
// the corpus likewise.
#include "cli_run.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

namespace {

QJsonObject storedCorpus(const QString &folder)
{
    QFile file(QDir(folder).filePath(QStringLiteral("config.json")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object().value("training").toObject().value("corpus").toObject();
}

} // namespace

class TestCliTrainResume : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_run;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_run = m_dir.filePath(QStringLiteral("run"));
        const CliRun run = runCli({"train", "--pattern", "projection", "--stage", "ctc", "--steps", "1", "--batch", "1",
                                   "--threads", "1", "--corpus-seed", "77", "--upper-case-drugs", "0.5", "--rare-letter-drugs", "0.25",
                                   "--strong-degradation", "0.6", "--random-text-lines", "0.2", "--rare-syllable-korean-drugs",
                                   "0.3", "--random-doses", "0.4", "--out", m_run});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(storedCorpus(m_run).value("seed").toString(), QStringLiteral("77"));
        QCOMPARE(storedCorpus(m_run).value("upper_case_drugs").toDouble(), 0.5);
        QCOMPARE(storedCorpus(m_run).value("rare_letter_drugs").toDouble(), 0.25);
        QCOMPARE(storedCorpus(m_run).value("strong_degradation").toDouble(), 0.6);
        QCOMPARE(storedCorpus(m_run).value("random_text_lines").toDouble(), 0.2);
        QCOMPARE(storedCorpus(m_run).value("rare_syllable_korean_drugs").toDouble(), 0.3);
        QCOMPARE(storedCorpus(m_run).value("random_doses").toDouble(), 0.4);
    }

    void resumeWithoutAStoredRunNamesTheFolder()
    {
        const QString empty = m_dir.filePath(QStringLiteral("empty"));
        QVERIFY(QDir().mkpath(empty));
        const CliRun run = runCli({"train", "--resume", "--out", empty});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(empty) && run.err.contains("resume"), qPrintable(run.err));
        QVERIFY(!run.err.contains("terminate"));
    }

    void resumeTakesThePatternAndCorpusOfTheRun()
    {
        const CliRun run = runCli({"train", "--resume", "--threads", "1", "--out", m_run});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains("step 1/1"), qPrintable(run.out));
        QCOMPARE(storedCorpus(m_run).value("seed").toString(), QStringLiteral("77"));
        QCOMPARE(storedCorpus(m_run).value("upper_case_drugs").toDouble(), 0.5);
        QCOMPARE(storedCorpus(m_run).value("rare_letter_drugs").toDouble(), 0.25);
        QCOMPARE(storedCorpus(m_run).value("strong_degradation").toDouble(), 0.6);
        QCOMPARE(storedCorpus(m_run).value("random_text_lines").toDouble(), 0.2);
        QCOMPARE(storedCorpus(m_run).value("rare_syllable_korean_drugs").toDouble(), 0.3);
        QCOMPARE(storedCorpus(m_run).value("random_doses").toDouble(), 0.4);
    }

    void contradictingTheRunIsAUsageError_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("named");
        QTest::newRow("pattern") << QStringList{"--pattern", "early_fusion"} << QStringLiteral("--pattern");
        QTest::newRow("corpus seed") << QStringList{"--corpus-seed", "78"} << QStringLiteral("seed 77");
        QTest::newRow("upper-case share") << QStringList{"--upper-case-drugs", "0.2"}
                                          << QStringLiteral("upper-case drug names 0.5");
        QTest::newRow("rare-letter share") << QStringList{"--rare-letter-drugs", "0.5"}
                                           << QStringLiteral("rare-letter drug names 0.25");
        QTest::newRow("strong-degradation share") << QStringList{"--strong-degradation", "0.35"}
                                                  << QStringLiteral("strongly degraded lines 0.6");
        QTest::newRow("random-text share") << QStringList{"--random-text-lines", "0"}
                                           << QStringLiteral("random-text lines 0.2");
        QTest::newRow("rare-syllable share") << QStringList{"--rare-syllable-korean-drugs", "0.1"}
                                             << QStringLiteral("rare-syllable Korean drug names 0.3");
        QTest::newRow("random-dose share") << QStringList{"--random-doses", "0"} << QStringLiteral("random doses 0.4");
        QTest::newRow("stem residual") << QStringList{"--stem-residual", "1"} << QStringLiteral("--stem-residual");
        QTest::newRow("decoder layers") << QStringList{"--decoder-layers", "6"} << QStringLiteral("--decoder-layers");
        QTest::newRow("vision layers") << QStringList{"--vision-layers", "6"} << QStringLiteral("--vision-layers");
        QTest::newRow("resampler latents") << QStringList{"--resampler-latents", "96"}
                                           << QStringLiteral("--resampler-latents");
        QTest::newRow("CTC frames") << QStringList{"--ctc-frames-per-token", "2"}
                                    << QStringLiteral("--ctc-frames-per-token");
    }

    void contradictingTheRunIsAUsageError()
    {
        QFETCH(QStringList, extra);
        QFETCH(QString, named);
        const CliRun run = runCli(QStringList{"train", "--resume", "--out", m_run} + extra);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(named), qPrintable(run.err));
        QCOMPARE(storedCorpus(m_run).value("seed").toString(), QStringLiteral("77"));
    }

    void drugNameSharesMustBeSharesOfTheSyntheticCorpus_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("named");
        QTest::newRow("above 1") << QStringList{"--upper-case-drugs", "1.5"} << QStringLiteral("'1.5'");
        QTest::newRow("not a number") << QStringList{"--upper-case-drugs", "half"} << QStringLiteral("'half'");
        QTest::newRow("with pairs") << QStringList{"--upper-case-drugs", "0.3", "--pairs", m_dir.filePath("pairs.jsonl")}
                                    << QStringLiteral("--pairs");
        QTest::newRow("rare letters above 1") << QStringList{"--rare-letter-drugs", "2"} << QStringLiteral("'2'");
        QTest::newRow("rare letters negative") << QStringList{"--rare-letter-drugs", "-0.1"} << QStringLiteral("'-0.1'");
        QTest::newRow("rare letters with pairs")
            << QStringList{"--rare-letter-drugs", "0.3", "--pairs", m_dir.filePath("pairs.jsonl")} << QStringLiteral("--pairs");
        QTest::newRow("strong degradation above 1") << QStringList{"--strong-degradation", "1.2"} << QStringLiteral("'1.2'");
        QTest::newRow("two shares out of range: the first is named")
            << QStringList{"--rare-letter-drugs", "2", "--random-text-lines", "-1"} << QStringLiteral("'2'");
        QTest::newRow("rare syllables above 1") << QStringList{"--rare-syllable-korean-drugs", "1.5"}
                                                << QStringLiteral("'1.5'");
        QTest::newRow("rare syllables with pairs")
            << QStringList{"--rare-syllable-korean-drugs", "0.3", "--pairs", m_dir.filePath("pairs.jsonl")}
            << QStringLiteral("--pairs");
        QTest::newRow("random doses above 1") << QStringList{"--random-doses", "1.01"} << QStringLiteral("'1.01'");
        QTest::newRow("random doses with pairs")
            << QStringList{"--random-doses", "0.3", "--pairs", m_dir.filePath("pairs.jsonl")} << QStringLiteral("--pairs");
        QTest::newRow("random text negative") << QStringList{"--random-text-lines", "-1"} << QStringLiteral("'-1'");
        QTest::newRow("random text with pairs")
            << QStringList{"--random-text-lines", "0.5", "--pairs", m_dir.filePath("pairs.jsonl")} << QStringLiteral("--pairs");
        QTest::newRow("strong degradation with pairs")
            << QStringList{"--strong-degradation", "0.5", "--pairs", m_dir.filePath("pairs.jsonl")} << QStringLiteral("--pairs");
    }

    void drugNameSharesMustBeSharesOfTheSyntheticCorpus()
    {
        QFETCH(QStringList, extra);
        QFETCH(QString, named);
        const QString out = m_dir.filePath(QStringLiteral("refused"));
        const CliRun run = runCli(QStringList{"train", "--pattern", "projection", "--steps", "1", "--out", out} + extra);
        QCOMPARE(run.exitCode, 2);
        const QString option = extra.first();
        QVERIFY2(run.err.contains(named) && run.err.contains(option), qPrintable(run.err));
        QVERIFY(!QDir(out).exists());
    }
};

QTEST_GUILESS_MAIN(TestCliTrainResume)
#include "tst_cli_train_resume.moc"
