// vlmwb-cli ocr as a user runs it: usage errors, a missing model named with how to get one, and,
// with a tiny random-weight model, the --json contract, --lines, --db, partial failures and the
// decoding a model's config.json names; with the shipped model, the warnings the text output prints.
#include "cli_run.h"
#include "core/review_database.h"
#include "random_model.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

class TestCliOcr : public QObject
{
    Q_OBJECT
private:
    using Run = CliRun;
    const QString m_sample = QStringLiteral(VLMWB_SOURCE_DIR "/resources/samples/prescription-sample.png");

    static Run runOcr(const QStringList &arguments, const QString &modelsDir = QString())
    {
        // The child inherits this process's environment.
        if (!modelsDir.isEmpty())
            qputenv("VLMWB_MODELS_DIR", modelsDir.toUtf8());
        const Run run = runCli(QStringList{"ocr"} + arguments);
        qunsetenv("VLMWB_MODELS_DIR");
        return run;
    }

    // The runs that the review database in `database` holds for the document in `file`; empty when
    // either cannot be opened or the document was never recorded.
    static QList<vlmwb::core::RunRecord> recordedRuns(vlmwb::core::ReviewDatabase &reviews, const QString &database,
                                                      const QString &file)
    {
        QFile bytes(file);
        if (!reviews.open(database) || !bytes.open(QIODevice::ReadOnly))
            return {};
        const auto document =
            reviews.documentByHash(QCryptographicHash::hash(bytes.readAll(), QCryptographicHash::Sha256));
        return document ? reviews.runs(document->id) : QList<vlmwb::core::RunRecord>{};
    }

private slots:
    void usageErrors()
    {
        QCOMPARE(runOcr({}).exitCode, 2);
        const Run pattern = runOcr({"--pattern", "fusion", m_sample});
        QCOMPARE(pattern.exitCode, 2);
        QVERIFY(pattern.err.contains("fusion"));
        QCOMPARE(runOcr({"--beam", "0", m_sample}).exitCode, 2);
        QCOMPARE(runOcr({"--device", "tpu", m_sample}).exitCode, 2);
    }

    // A copy of vlmwb-cli two folders down in a temporary folder has no shipped models beside it (it
    // looks in <exe dir>/../../resources/models), so the default model is missing there.
    void missingModelNamesTheFolderAndHowToGetOne()
    {
        QTemporaryDir dir;
        const QString models = dir.filePath("models"), bin = dir.filePath("a/b");
        QVERIFY(QDir().mkpath(models) && QDir().mkpath(bin));
        const QString cli = QDir(bin).filePath("vlmwb-cli");
        QVERIFY(QFile::copy(QStringLiteral(VLMWB_CLI_PATH), cli));
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert("VLMWB_MODELS_DIR", models);
        const Run run = runCliAt(cli, {"ocr", "--pattern", "cross_attention", m_sample}, environment);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QDir::toNativeSeparators(QDir(models).filePath("cross_attention"))),
                 qPrintable(run.err));
        QVERIFY2(run.err.contains("vlmwb-cli train --pattern cross_attention"), qPrintable(run.err));

        const QString notModel = dir.filePath("not-a-model");
        QVERIFY(QDir().mkpath(notModel));
        const Run explicitFolder = runOcr({"--model", notModel, m_sample});
        QCOMPARE(explicitFolder.exitCode, 1);
        QVERIFY2(explicitFolder.err.contains(QDir::toNativeSeparators(notModel)), qPrintable(explicitFolder.err));
    }

    void jsonHasTheContractKeys()
    {
        QTemporaryDir dir;
        const QString model = dir.filePath("projection");
        vlmwb::test::saveRandomModel(model.toStdString(), "projection");
        const QString missing = dir.filePath("missing.png");
        const Run run = runOcr({"--json", "--model", model, "--device", "cpu", m_sample, missing});
        QCOMPARE(run.exitCode, 1); // one of the two files failed
        QVERIFY2(run.err.contains(missing), qPrintable(run.err));
        QJsonParseError error;
        const QJsonDocument json = QJsonDocument::fromJson(run.out.toUtf8(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        const QJsonArray documents = json.object().value("documents").toArray();
        QCOMPARE(documents.size(), 1);
        const QJsonObject document = documents[0].toObject();
        for (const char *key : {"file", "pattern", "model", "device", "pages", "findings", "timing_ms"})
            QVERIFY2(document.contains(key), key);
        QCOMPARE(document.value("file").toString(), m_sample);
        QCOMPARE(document.value("pattern").toString(), QString("projection"));
        QCOMPARE(document.value("device").toString(), QString("cpu"));
        QVERIFY(document.value("findings").isArray());
        const QImage image(m_sample);
        const QJsonObject page = document.value("pages").toArray().at(0).toObject();
        QCOMPARE(page.value("index").toInt(), 0);
        QCOMPARE(page.value("width").toInt(), image.width());
        QCOMPARE(page.value("height").toInt(), image.height());
        const QJsonArray lines = page.value("lines").toArray();
        QVERIFY(lines.size() >= 10);
        for (const QJsonValue &value : lines) {
            const QJsonObject line = value.toObject();
            QVERIFY(line.value("text").isString());
            const QJsonArray box = line.value("box").toArray();
            QCOMPARE(box.size(), 4);
            QVERIFY(box[0].toDouble() >= 0 && box[0].toDouble() + box[2].toDouble() <= image.width() + 0.01);
            QVERIFY(box[1].toDouble() >= 0 && box[1].toDouble() + box[3].toDouble() <= image.height() + 0.01);
            const double confidence = line.value("confidence").toDouble(-1);
            QVERIFY(confidence >= 0 && confidence <= 1);
        }
        const QJsonObject timing = document.value("timing_ms").toObject();
        for (const char *key : {"load", "preprocess", "layout", "recognition"})
            QVERIFY2(timing.value(key).toDouble(-1) >= 0, key);
    }

    void linesModeAndDatabase()
    {
        QTemporaryDir dir;
        const QString model = dir.filePath("early_fusion");
        vlmwb::test::saveRandomModel(model.toStdString(), "early_fusion");
        QImage line(320, 40, QImage::Format_Grayscale8);
        line.fill(255);
        const QString linePath = dir.filePath("line.png");
        QVERIFY(line.save(linePath));
        const QString database = dir.filePath("review.sqlite");
        const Run run = runOcr({"--lines", "--model", model, "--db", database, linePath, linePath});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains("early_fusion"));
        QCOMPARE(run.out.count(QRegularExpression("\\n  1  \\[")), 2); // one line per image, numbered 1

        vlmwb::core::ReviewDatabase reviews;
        const auto runs = recordedRuns(reviews, database, linePath);
        QCOMPARE(runs.size(), 2);
        const auto lines = reviews.lines(runs[0].id);
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines[0].box, QRectF(0, 0, 320, 40));
        QCOMPARE(runs[0].pattern, QString("early-fusion"));
    }

    void decodingComesFromTheModelUnlessGiven()
    {
        QTemporaryDir dir;
        const QString model = dir.filePath("projection");
        vlmwb::test::saveRandomModel(model.toStdString(), "projection");
        // The model's config.json names its own decoding, as a shipped model does.
        QFile config(QDir(model).filePath("config.json"));
        QVERIFY(config.open(QIODevice::ReadOnly));
        QJsonObject root = QJsonDocument::fromJson(config.readAll()).object();
        config.close();
        root.insert("decoding", QJsonObject{{"beam", 2}, {"ctc_weight", 0.3}});
        QVERIFY(config.open(QIODevice::WriteOnly | QIODevice::Truncate));
        config.write(QJsonDocument(root).toJson());
        config.close();
        QImage line(200, 32, QImage::Format_Grayscale8);
        line.fill(255);
        const QString linePath = dir.filePath("line.png");
        QVERIFY(line.save(linePath));

        const auto decodingOf = [](const Run &run) {
            return QJsonDocument::fromJson(run.out.toUtf8())
                .object().value("documents").toArray().at(0).toObject().value("decoding").toObject();
        };
        const QString database = dir.filePath("review.sqlite");
        const Run own = runOcr({"--json", "--lines", "--device", "cpu", "--model", model, "--db", database, linePath});
        QVERIFY2(own.exitCode == 0, qPrintable(own.err));
        QCOMPARE(decodingOf(own).value("beam").toInt(), 2);
        QCOMPARE(decodingOf(own).value("ctc_weight").toDouble(), 0.3);
        const Run given = runOcr({"--json", "--lines", "--device", "cpu", "--model", model, "--beam", "1",
                                  "--ctc-weight", "0", linePath});
        QVERIFY2(given.exitCode == 0, qPrintable(given.err));
        QCOMPARE(decodingOf(given).value("beam").toInt(), 1);
        QCOMPARE(decodingOf(given).value("ctc_weight").toDouble(), 0.0);

        // The review database keeps what the run read with.
        vlmwb::core::ReviewDatabase reviews;
        const auto runs = recordedRuns(reviews, database, linePath);
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs[0].parameters.value("beam").toInt(), 2);
        QCOMPARE(runs[0].parameters.value("ctc_weight").toDouble(), 0.3);
    }

    // The text output shows every warning that the JSON gives a finding, under that finding: a
    // reviewer reading the terminal must see "QD can be read as QID" as the GUI shows it.
    void readableOutputListsEveryFindingsWarnings()
    {
        const QString shipped = QStringLiteral(VLMWB_SOURCE_DIR "/resources/models/early_fusion");
        if (!QFile::exists(shipped + "/model.safetensors"))
            QSKIP("no shipped early_fusion model in resources/models");
        // Greedy decoding (--beam 1): what is checked is how findings are printed, not how well the
        // page is read, and the model's own beam of 8 takes four times as long (minutes under ASan).
        const Run json = runOcr({"--json", "--model", shipped, "--device", "cpu", "--beam", "1", m_sample});
        QVERIFY2(json.exitCode == 0, qPrintable(json.err));
        const QJsonArray findings = QJsonDocument::fromJson(json.out.toUtf8())
                                        .object().value("documents").toArray().at(0).toObject()
                                        .value("findings").toArray();
        const Run text = runOcr({"--model", shipped, "--device", "cpu", "--beam", "1", m_sample});
        QVERIFY2(text.exitCode == 0, qPrintable(text.err));
        int warned = 0;
        for (const QJsonValue &value : findings) {
            const QJsonObject finding = value.toObject();
            const QJsonArray codes = finding.value("warningCodes").toArray();
            const QJsonArray messages = finding.value("warnings").toArray();
            QCOMPARE(codes.size(), messages.size());
            // The finding's own line in the text output, then its warnings right below it.
            const QString heading = QString("Finding on line %1: \"%2\"")
                                        .arg(finding.value("line").toInt() + 1)
                                        .arg(finding.value("text").toString());
            const qsizetype at = text.out.indexOf(heading);
            QVERIFY2(at >= 0, qPrintable(heading + "\n" + text.out));
            QStringList below = text.out.mid(at).split('\n').mid(1);
            for (int i = 0; i < codes.size(); ++i) {
                const QString expected = QString("    warning (%1): %2")
                                             .arg(codes[i].toString(), messages[i].toString());
                QCOMPARE(below.value(i), expected);
                ++warned;
            }
            QVERIFY2(!below.value(codes.size()).startsWith("    warning"), qPrintable(text.out));
        }
        // The sample page's "Levothyroxine 50 mcg tab PO QD" gives at least one warning.
        QVERIFY2(warned > 0, qPrintable(text.out));
    }
};

QTEST_GUILESS_MAIN(TestCliOcr)
#include "tst_cli_ocr.moc"
