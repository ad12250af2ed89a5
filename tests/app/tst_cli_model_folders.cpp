// The commands that write model folders. vlmwb-cli convert: the shipped Early Fusion model at f16 is
// a folder of half the bytes with the same config.json, which `ocr` still reads. vlmwb-cli average:
// the mean of the shipped folder with itself is that folder again (averaging the result once more
// writes the same bytes), with the decoding defaults given on the command line (the arithmetic of
// the mean is checked in tests/inference/tst_model_average). Wrong arguments and unreadable folders
// are named and leave nothing behind.
#include "cli_run.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QString shipped = QStringLiteral(VLMWB_SOURCE_DIR "/resources/models/early_fusion");

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestCliModelFolders : public QObject
{
    Q_OBJECT
private slots:
    void convertHalvesTheShippedModel()
    {
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        const QString out = directory.filePath(QStringLiteral("half"));
        const CliRun run = runCli({"convert", "--model", shipped, "--out", out});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(out) && run.out.contains("f16"), qPrintable(run.out));
        const qint64 before = QFileInfo(shipped + "/model.safetensors").size();
        const qint64 after = QFileInfo(out + "/model.safetensors").size();
        QVERIFY2(after > 0 && after < before * 0.55, qPrintable(QString("%1 -> %2").arg(before).arg(after)));
        QCOMPARE(contents(out + "/config.json"), contents(shipped + "/config.json"));

        // The engine reads the converted folder (a synthetic line, greedy).
        const QString set = directory.filePath(QStringLiteral("lines"));
        QCOMPARE(runCli({"synth", "--out", set, "--seed", "7", "--count", "1"}).exitCode, 0);
        const QStringList images = QDir(set + "/images").entryList({"*.png"});
        QCOMPARE(images.size(), 1);
        const CliRun read = runCli({"ocr", "--pattern", "early_fusion", "--model", out, "--beam", "1",
                                    set + "/images/" + images.first()});
        QVERIFY2(read.exitCode == 0, qPrintable(read.err));
    }

    void averageOfAFolderWithItselfIsThatFolder()
    {
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        const QString once = directory.filePath(QStringLiteral("once"));
        const CliRun run = runCli({"average", "--out", once, "--beam", "3", "--ctc-weight", "0.5", shipped, shipped});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(once), qPrintable(run.out));
        QCOMPARE(QFileInfo(once + "/model.safetensors").size(), QFileInfo(shipped + "/model.safetensors").size());
        const QJsonObject config = QJsonDocument::fromJson(contents(once + "/config.json")).object();
        QCOMPARE(config["decoding"].toObject()["beam"].toInt(), 3);
        QCOMPARE(config["decoding"].toObject()["ctc_weight"].toDouble(), 0.5);
        QCOMPARE(config["training"].toObject()["averaged_runs"].toArray().size(), 2);

        const QString twice = directory.filePath(QStringLiteral("twice"));
        QCOMPARE(runCli({"average", "--out", twice, once, once}).exitCode, 0);
        QCOMPARE(contents(twice + "/model.safetensors"), contents(once + "/model.safetensors"));
    }

    void problemsAreNamed_data()
    {
        const QString projection = QStringLiteral(VLMWB_SOURCE_DIR "/resources/models/projection");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("named");
        QTest::newRow("convert: missing folder")
            << QStringList{"convert", "--model", "/nonexistent/model", "--out", "OUT"} << 1
            << QStringLiteral("/nonexistent/model");
        QTest::newRow("convert: unknown precision")
            << QStringList{"convert", "--model", shipped, "--out", "OUT", "--precision", "f8"} << 2
            << QStringLiteral("'f8'");
        QTest::newRow("convert: no output") << QStringList{"convert", "--model", shipped} << 2
                                            << QStringLiteral("--out");
        QTest::newRow("average: one folder") << QStringList{"average", "--out", "OUT", shipped} << 2
                                             << QStringLiteral("two");
        QTest::newRow("average: no output") << QStringList{"average", shipped, shipped} << 2 << QStringLiteral("--out");
        QTest::newRow("average: beam 0") << QStringList{"average", "--out", "OUT", "--beam", "0", shipped, shipped}
                                         << 2 << QStringLiteral("'0'");
        QTest::newRow("average: CTC weight 2")
            << QStringList{"average", "--out", "OUT", "--ctc-weight", "2", shipped, shipped} << 2
            << QStringLiteral("'2'");
        QTest::newRow("average: missing folder")
            << QStringList{"average", "--out", "OUT", shipped, "/nonexistent/model"} << 1
            << QStringLiteral("/nonexistent/model");
        QTest::newRow("average: another pattern") << QStringList{"average", "--out", "OUT", shipped, projection} << 1
                                                  << projection + "/model.safetensors";
    }
    void problemsAreNamed()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, named);
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        const QString out = directory.filePath(QStringLiteral("out"));
        arguments.replaceInStrings(QStringLiteral("OUT"), out);
        const CliRun run = runCli(arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(named), qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(out));
    }
};

QTEST_GUILESS_MAIN(TestCliModelFolders)
#include "tst_cli_model_folders.moc"
