// vlmwb-cli eval --json: every line a model reads carries its line confidence, the same value that
// `vlmwb-cli ocr --lines` reports for that image, and each group counts the lines --flag-below would
// flag for review and the misread lines among them, so a reviewer can ask how well the confidence
// singles out the lines the model got wrong.
#include "cli_run.h"
#include "random_model.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <cmath>

class TestCliEval : public QObject {
    Q_OBJECT

private slots:
    void eachModelLineCarriesTheConfidenceOcrReports()
    {
        QTemporaryDir dir;
        const QString set = dir.filePath("set");
        const CliRun synth = runCli({"synth", "--out", set, "--seed", "77", "--count", "3"});
        QVERIFY2(synth.exitCode == 0, qPrintable(synth.err));
        const QString model = dir.filePath("early_fusion");
        vlmwb::test::saveRandomModel(model.toStdString(), "early_fusion");

        const CliRun eval = runCli({"eval", "--pattern", "early_fusion", "--model", model, "--set", set, "--batch",
                                    "1", "--threads", "1", "--device", "cpu", "--no-tesseract", "--json"});
        QVERIFY2(eval.exitCode == 0, qPrintable(eval.err));
        const QJsonArray systems = QJsonDocument::fromJson(eval.out.toUtf8()).object().value("systems").toArray();
        QCOMPARE(systems.size(), 1);
        const QJsonArray lines = systems.at(0).toObject().value("lines").toArray();
        QCOMPARE(lines.size(), 3);

        for (const QJsonValue &value : lines) {
            const QJsonObject line = value.toObject();
            QVERIFY2(line.contains("confidence"), qPrintable(line.value("image").toString()));
            const double confidence = line.value("confidence").toDouble(-1);
            QVERIFY(confidence >= 0 && confidence <= 1);

            const QString image = QDir(set).filePath(line.value("image").toString());
            const CliRun ocr = runCli({"ocr", "--json", "--lines", "--device", "cpu", "--model",
                                       model, image});
            QVERIFY2(ocr.exitCode == 0, qPrintable(ocr.err));
            const QJsonObject read = QJsonDocument::fromJson(ocr.out.toUtf8())
                                         .object().value("documents").toArray().at(0).toObject()
                                         .value("pages").toArray().at(0).toObject()
                                         .value("lines").toArray().at(0).toObject();
            QCOMPARE(line.value("prediction").toString(), read.value("text").toString());
            QVERIFY2(std::abs(confidence - read.value("confidence").toDouble(-1)) < 1e-9,
                     qPrintable(QString("eval %1, ocr %2").arg(confidence).arg(read.value("confidence").toDouble(-1))));
        }
    }

    // The counts in the "all" group against the same counts taken from the lines themselves, with the
    // threshold put just above and just below the lowest line confidence: nothing flagged, then that line.
    void flaggedLinesAreThoseBelowTheThreshold()
    {
        QTemporaryDir dir;
        const QString set = dir.filePath("set");
        QCOMPARE(runCli({"synth", "--out", set, "--seed", "78", "--count", "4"}).exitCode, 0);
        const QString model = dir.filePath("early_fusion");
        vlmwb::test::saveRandomModel(model.toStdString(), "early_fusion", 3);
        const auto evaluate = [&](const QString &flagBelow) {
            const CliRun run = runCli({"eval", "--pattern", "early_fusion", "--model", model, "--set", set, "--threads",
                                       "1", "--device", "cpu", "--no-tesseract", "--json", "--flag-below", flagBelow});
            if (run.exitCode != 0)
                qWarning("%s", qPrintable(run.err));
            return QJsonDocument::fromJson(run.out.toUtf8()).object().value("systems").toArray().at(0).toObject();
        };
        const QJsonObject first = evaluate("0.5");
        const QJsonArray lines = first.value("lines").toArray();
        QCOMPARE(lines.size(), 4);
        double pivot = 2.0;
        for (const QJsonValue &line : lines)
            pivot = std::min(pivot, line.toObject().value("confidence").toDouble(-1));
        QVERIFY(pivot > 0 && pivot < 1);
        for (const double threshold : {pivot + 1e-6, pivot - 1e-6}) {
            const QJsonObject system = evaluate(QString::number(threshold, 'g', 17));
            QCOMPARE(system.value("flag_below").toDouble(), QString::number(threshold, 'g', 17).toDouble());
            int misread = 0, flagged = 0, flaggedMisread = 0;
            for (const QJsonValue &value : system.value("lines").toArray()) {
                const QJsonObject line = value.toObject();
                const bool wrong = line.value("prediction").toString() != line.value("reference").toString();
                const bool low = line.value("confidence").toDouble() < threshold;
                misread += wrong;
                flagged += low;
                flaggedMisread += wrong && low;
            }
            const QJsonObject all = system.value("groups").toObject().value("all").toObject();
            QCOMPARE(all.value("misread_lines").toInt(), misread);
            QCOMPARE(all.value("flagged_lines").toInt(), flagged);
            QCOMPARE(all.value("flagged_misread_lines").toInt(), flaggedMisread);
            // A random model misreads every line.
            QCOMPARE(misread, 4);
            QCOMPARE(flagged > 0, threshold > pivot);
        }
    }

    void flagThresholdOutsideZeroToOneIsAUsageError()
    {
        QTemporaryDir dir;
        for (const char *bad : {"1.5", "-0.1", "high"}) {
            const CliRun run = runCli({"eval", "--pattern", "early_fusion", "--set", dir.path(), "--flag-below", bad});
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.err.contains("--flag-below") && run.err.contains(bad), qPrintable(run.err));
        }
    }
};

QTEST_GUILESS_MAIN(TestCliEval)
#include "tst_cli_eval.moc"
