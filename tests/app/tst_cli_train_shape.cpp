// vlmwb-cli train's options that shape a new model (--stem-residual, --decoder-layers,
// --vision-layers, --vision-dim, --resampler-latents, --ctc-frames-per-token): a value out of range or a pattern
// without that part is a usage error that names the option, before any folder is made.
#include "cli_run.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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
        QTest::newRow("vision width of projection")
            << QStringList{"--pattern", "projection", "--vision-dim", "96"} << QStringLiteral("--vision-dim");
        QTest::newRow("vision width 4") << QStringList{"--pattern", "cross_attention", "--vision-dim", "4"}
                                        << QStringLiteral("--vision-dim");
        QTest::newRow("vision heads do not divide the width")
            << QStringList{"--pattern", "cross_attention", "--vision-dim", "130"} << QStringLiteral("vision.dim");
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

    // A cross_attention run whose encoder is narrower than its decoder, seeded by a projection run's
    // encoder (--init-vision): the config records the width, and the run records which folder
    // seeded only the vision encoder.
    void narrowerVisionSeededByAProjectionEncoder()
    {
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        const QString projection = directory.filePath(QStringLiteral("projection"));
        CliRun run = runCli({"train", "--pattern", "projection", "--stage", "ctc", "--steps", "1", "--batch", "1",
                             "--threads", "1", "--out", projection});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString out = directory.filePath(QStringLiteral("cross"));
        run = runCli({"train", "--pattern", "cross_attention", "--stage", "connector", "--steps", "1", "--batch", "1",
                      "--threads", "1", "--vision-dim", "128", "--init-vision", projection, "--out", out});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QFile config(QDir(out).filePath(QStringLiteral("config.json")));
        QVERIFY(config.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(config.readAll()).object();
        QCOMPARE(root.value("vision").toObject().value("dim").toInt(), 128);
        QCOMPARE(root.value("decoder").toObject().value("dim").toInt(), 160);
        const QJsonArray seeds = root.value("training").toObject().value("initialized_from").toArray();
        QCOMPARE(seeds.size(), 1);
        QCOMPARE(seeds.at(0).toObject().value("folder").toString(), projection);
        QCOMPARE(seeds.at(0).toObject().value("only").toString(), QStringLiteral("vision"));
        QVERIFY(seeds.at(0).toObject().value("tensors").toInt() > 0);

        // A folder that is no model is named in the error, and nothing is left behind.
        const QString missing = directory.filePath(QStringLiteral("nothing-here"));
        const QString failed = directory.filePath(QStringLiteral("failed"));
        run = runCli({"train", "--pattern", "cross_attention", "--steps", "1", "--batch", "1", "--threads", "1",
                      "--vision-dim", "128", "--init-vision", missing, "--out", failed});
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains("nothing-here"), qPrintable(run.err));
        QVERIFY(!run.err.contains("terminate"));
    }
};

QTEST_GUILESS_MAIN(TestCliTrainShape)
#include "tst_cli_train_shape.moc"
