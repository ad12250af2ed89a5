// vlmwb-cli train's options that shape a new model (--stem-residual, --decoder-layers,
// --vision-layers, --resampler-latents, --ctc-frames-per-token): a value out of range or a pattern without that part is
// a usage error that names the option, before any folder is made.
#include "cli_run.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

class TestCliTrainShape : public QObject
{
    Q_OBJECT
private slots:
    void badShapeIsAUsageError_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("named");
        QTest::newRow("latents of a projection model")
            << QStringList{"--pattern", "projection", "--resampler-latents", "96"} << QStringLiteral("--resampler-latents");
        QTest::newRow("latents of an early_fusion model")
            << QStringList{"--pattern", "early_fusion", "--resampler-latents", "96"} << QStringLiteral("--resampler-latents");
        QTest::newRow("no latents") << QStringList{"--pattern", "cross_attention", "--resampler-latents", "0"}
                                    << QStringLiteral("--resampler-latents");
        QTest::newRow("latents not a number") << QStringList{"--pattern", "cross_attention", "--resampler-latents", "many"}
                                              << QStringLiteral("'many'");
        QTest::newRow("stem of early_fusion") << QStringList{"--pattern", "early_fusion", "--stem-residual", "1"}
                                              << QStringLiteral("--stem-residual");
        QTest::newRow("49 decoder layers") << QStringList{"--pattern", "projection", "--decoder-layers", "49"}
                                           << QStringLiteral("--decoder-layers");
        QTest::newRow("vision layers of early_fusion")
            << QStringList{"--pattern", "early_fusion", "--vision-layers", "4"} << QStringLiteral("--vision-layers");
        QTest::newRow("no vision layers") << QStringList{"--pattern", "projection", "--vision-layers", "0"}
                                          << QStringLiteral("--vision-layers");
        QTest::newRow("5 CTC frames") << QStringList{"--pattern", "projection", "--ctc-frames-per-token", "5"}
                                      << QStringLiteral("--ctc-frames-per-token");
    }

    void badShapeIsAUsageError()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, named);
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        const QString out = directory.filePath(QStringLiteral("run"));
        const CliRun run = runCli(QStringList{"train", "--steps", "1", "--out", out} + arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(named), qPrintable(run.err));
        QVERIFY(!run.err.contains("terminate"));
        QVERIFY(!QDir(out).exists());
    }

    // Allowed: more latents and vision layers for cross_attention. One step from scratch records them.
    void latentsShapeACrossAttentionRun()
    {
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        const QString out = directory.filePath(QStringLiteral("run"));
        const CliRun run = runCli({"train", "--pattern", "cross_attention", "--stage", "ctc", "--steps", "1", "--batch",
                                   "1", "--threads", "1", "--resampler-latents", "20", "--vision-layers", "3", "--out", out});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QFile config(QDir(out).filePath(QStringLiteral("config.json")));
        QVERIFY(config.open(QIODevice::ReadOnly));
        const QByteArray text = config.readAll();
        QVERIFY2(text.contains("\"latents\": 20"), text.left(600).constData());
        const int vision = text.indexOf("\"vision\"");
        QVERIFY(vision > 0);
        QVERIFY2(text.indexOf("\"layers\": 3", vision) > vision, text.mid(vision, 400).constData());
    }
};

QTEST_GUILESS_MAIN(TestCliTrainShape)
#include "tst_cli_train_shape.moc"
