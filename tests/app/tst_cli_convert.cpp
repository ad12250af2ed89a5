// vlmwb-cli convert: the shipped Early Fusion model at f16 is a folder of half the bytes with the
// same config.json, which `ocr` still reads; a missing folder and an unknown precision are named.
#include "cli_run.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
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

class TestCliConvert : public QObject
{
    Q_OBJECT
private slots:
    void halvesTheShippedModel()
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

    void problemsAreNamed_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("named");
        QTest::newRow("missing folder") << QStringList{"--model", "/nonexistent/model", "--out", "OUT"} << 1
                                        << QStringLiteral("/nonexistent/model");
        QTest::newRow("unknown precision") << QStringList{"--model", shipped, "--out", "OUT", "--precision", "f8"} << 2
                                           << QStringLiteral("'f8'");
        QTest::newRow("no output") << QStringList{"--model", shipped} << 2 << QStringLiteral("--out");
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
        const CliRun run = runCli(QStringList{"convert"} + arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(named), qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(out));
    }
};

QTEST_GUILESS_MAIN(TestCliConvert)
#include "tst_cli_convert.moc"
