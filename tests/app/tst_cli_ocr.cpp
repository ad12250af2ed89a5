// vlmwb-cli ocr as a user runs it: usage errors, a missing model named with how to get one, and,
// with a tiny random-weight model, the --json contract, --lines, --db and partial failures.
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

    void missingModelNamesTheFolderAndHowToGetOne()
    {
        QTemporaryDir models;
        const Run run = runOcr({"--pattern", "cross_attention", m_sample}, models.path());
        if (run.exitCode == 0)
            QSKIP("a trained cross_attention model is installed next to vlmwb-cli");
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QDir::toNativeSeparators(QDir(models.path()).filePath("cross_attention"))),
                 qPrintable(run.err));
        QVERIFY(run.err.contains("vlmwb-cli train --pattern cross_attention"));

        const QString notModel = models.filePath("not-a-model");
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
        QVERIFY2(reviews.open(database), qPrintable(reviews.errorString()));
        QFile file(linePath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto document = reviews.documentByHash(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256));
        QVERIFY(document.has_value());
        const auto runs = reviews.runs(document->id);
        QCOMPARE(runs.size(), 2);
        const auto lines = reviews.lines(runs[0].id);
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines[0].box, QRectF(0, 0, 320, 40));
        QCOMPARE(runs[0].pattern, QString("early-fusion"));
    }
};

QTEST_GUILESS_MAIN(TestCliOcr)
#include "tst_cli_ocr.moc"
