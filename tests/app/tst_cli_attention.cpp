// vlmwb-cli attention: writes a run bundle that loads back with the run's trace, and refuses bad
// command lines and unreadable images with the file named.
#include "cli_run.h"
#include "random_model.h"

#include "core/attention_blocks.h"
#include "core/attention_bundle.h"
#include "vlmwb/tokenizer.h"

#include <QImage>
#include <QTemporaryDir>
#include <QtTest>

using namespace vlmwb;

class CliAttentionTest : public QObject
{
    Q_OBJECT

private slots:
    void writesABundleThatLoads()
    {
        QTemporaryDir dir;
        const QString model = dir.filePath("early_fusion");
        test::saveRandomModel(model.toStdString(), "early_fusion");
        QImage line(40, 16, QImage::Format_Grayscale8);
        line.fill(255);
        for (int y = 5; y < 11; ++y)
            for (int x = 12; x < 28; ++x)
                line.scanLine(y)[x] = 0;
        const QString linePath = dir.filePath("line.png");
        QVERIFY(line.save(linePath));
        const QString out = dir.filePath("bundle");
        const CliRun run = runCli({"attention", "--pattern", "early_fusion", "--model", model, "--device", "cpu",
                                   "--max-tokens", "5", "--line", linePath, "--out", out});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const core::AttentionBundleLoad load = core::loadAttentionBundle(out);
        QVERIFY2(load.ok(), qPrintable(load.error));
        const core::AttentionBundle &bundle = load.bundle;
        QCOMPARE(bundle.image.size(), QSize(40, 16));
        QCOMPARE(bundle.modelId, QString("early_fusion"));
        QCOMPARE(bundle.config.value("pattern").toString(), QString("early_fusion"));
        QCOMPARE(bundle.text, QString::fromStdString(inference::ByteTokenizer::decode(bundle.generatedIds)));
        QVERIFY(bundle.generatedIds.size() <= 5);
        QCOMPARE(bundle.trace.pattern, std::string("early_fusion"));
        // 40 x 16 at input height 16, patch 8: 2 x 5 patches, 2 newlines, image_end, BOS, the generated ids.
        const inference::AttentionMap *decoder = bundle.trace.find(inference::AttentionComponent::DecoderSelf, 0);
        QVERIFY(decoder);
        QCOMPARE(decoder->queries, 13 + 1 + static_cast<int>(bundle.generatedIds.size()));
        QCOMPARE(core::attentionBlock(bundle.trace, core::AttentionBlock::VisualToText, {}).presence,
                 core::BlockPresence::StructurallyAbsent);
        QVERIFY(run.out.contains(QDir::toNativeSeparators(out)));
    }

    void badCommandLines()
    {
        QTemporaryDir dir;
        QCOMPARE(runCli({"attention", "--pattern", "projection", "--out", dir.filePath("b")}).exitCode, 2);
        QCOMPARE(runCli({"attention", "--pattern", "vit", "--line", "x.png", "--out", dir.filePath("b")}).exitCode, 2);
        const QString missing = dir.filePath("missing.png");
        const CliRun run = runCli({"attention", "--pattern", "projection", "--line", missing, "--out", dir.filePath("b")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QDir::toNativeSeparators(missing)), qPrintable(run.err));
        QVERIFY(!QFile::exists(dir.filePath("b")));
    }
};

QTEST_GUILESS_MAIN(CliAttentionTest)
#include "tst_cli_attention.moc"
