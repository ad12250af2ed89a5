// The Cost panel offscreen: it builds, follows the document size and the what-if slider, and
// exports PNG, SVG and CSV files with the expected content (token counts worked out by hand).
#include "widgets/cost_panel.h"

#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QSlider>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

using vlmwb::widgets::CostPanel;

class TestCostPanel : public QObject
{
    Q_OBJECT
private:
    // The CSV row of one pattern and number type, split into fields.
    static QStringList row(const QString &csv, const QString &pattern, const QString &dtype)
    {
        for (const QString &line : csv.split('\n', Qt::SkipEmptyParts)) {
            const QStringList fields = line.split(',');
            if (fields.size() > 2 && fields.at(1) == pattern && fields.at(2) == dtype)
                return fields;
        }
        return {};
    }

private slots:
    void followsTheDocumentAndTheSlider()
    {
        CostPanel panel;
        panel.resize(800, 600);
        panel.show();
        panel.setPresetName("fuyu-8b");
        QCOMPARE(panel.presetName(), QString("fuyu-8b"));
        QSignalSpy changed(&panel, &CostPanel::estimatesChanged);
        panel.setDocumentSize(QSize(1920, 1080));
        QCOMPARE(changed.count(), 1);
        // 1920 x 1080 under Fuyu's rule: 36 x 64 patches + 36 newlines = 2,340 tokens; as a
        // projection model (the CLIP-L/336 comparison tower) 576; as cross-attention 64 latents.
        QString csv = panel.csvText();
        QCOMPARE(row(csv, "early_fusion", "fp16").value(5), QString("2340"));
        QCOMPARE(row(csv, "projection", "fp16").value(5), QString("576"));
        QCOMPARE(row(csv, "cross_attention", "fp16").value(5), QString("64"));
        // 50 %: 960 x 540 -> 18 x 32 patches + 18 newlines = 594.
        panel.resolutionSlider()->setValue(50);
        QCOMPARE(changed.count(), 2);
        QCOMPARE(panel.scaledSize(), QSize(960, 540));
        csv = panel.csvText();
        QCOMPARE(row(csv, "early_fusion", "fp16").value(3), QString("960"));
        QCOMPARE(row(csv, "early_fusion", "fp16").value(5), QString("594"));
        QCOMPARE(row(csv, "projection", "fp16").value(5), QString("576"));
        // fp32 weights are twice fp16's, int4's decoder matrices a quarter (embeddings stay 16-bit).
        const double fp16 = row(csv, "projection", "fp16").value(7).toDouble();
        QCOMPARE(row(csv, "projection", "fp32").value(7).toDouble(), 2 * fp16);
        QVERIFY(row(csv, "projection", "int4").value(7).toDouble() < 0.5 * fp16);
        // 3 patterns x 5 number types + the header.
        QCOMPARE(csv.split('\n', Qt::SkipEmptyParts).size(), 16);
    }

    void exportsPngSvgAndCsv()
    {
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        CostPanel panel;
        panel.resize(800, 600);
        panel.show();
        panel.setDocumentSize(QSize(1000, 500));
        panel.setPresetName("llava-next-7b");

        const QString png = directory.filePath("tokens.png");
        QVERIFY2(panel.exportPng(png), qPrintable(panel.errorString()));
        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 640 && image.height() >= 420);

        const QString svg = directory.filePath("tokens.svg");
        QVERIFY2(panel.exportSvg(svg), qPrintable(panel.errorString()));
        QFile svgFile(svg);
        QVERIFY(svgFile.open(QIODevice::ReadOnly));
        const QByteArray svgText = svgFile.readAll();
        QVERIFY(svgText.contains("<svg"));
        QVERIFY(svgText.contains("visual tokens")); // the y-axis label, as vector text

        panel.plotTabs()->setCurrentIndex(1);
        QVERIFY(panel.exportSvg(directory.filePath("memory.svg")));
        QFile memorySvg(directory.filePath("memory.svg"));
        QVERIFY(memorySvg.open(QIODevice::ReadOnly));
        QVERIFY(memorySvg.readAll().contains("GiB"));

        const QString csv = directory.filePath("estimates.csv");
        QVERIFY2(panel.exportCsv(csv), qPrintable(panel.errorString()));
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(csvFile.readAll());
        QVERIFY(text.startsWith("model,pattern,dtype,width,height,visual_tokens"));
        // LLaVA-NeXT at 1000 x 500: 1 x 2 tiles, 24 x 48 + 24 newlines + 576 base = 1,752.
        QCOMPARE(row(text, "projection", "bf16").value(5), QString("1752"));

        QVERIFY(!panel.exportCsv(directory.filePath("missing/folder/x.csv")));
        QVERIFY(panel.errorString().contains("missing/folder/x.csv"));
    }

    void showsTheLastRunBesideItsEstimate()
    {
        CostPanel panel;
        panel.resize(800, 600);
        panel.show();
        QVERIFY(panel.runSummary().contains("Run OCR"));
        vlmwb::core::RunCostComparison run;
        run.valid = true;
        run.lines = 10;
        run.batches = 1;
        run.generatedTokens = 300;
        run.estimatedMacs.visionEncoder = 2'000'000'000;
        run.estimatedMacs.decoderFfn = 1'000'000'000;
        run.measuredMacs = run.estimatedMacs;
        run.measuredMacs.decoderFfn = 1'500'000'000; // the estimate 3.0 G is 14.3 % under 3.5 G
        run.memoryCounted = true;
        run.estimatedMemory.weights = 9 << 20;
        run.estimatedMemory.kvCache = 1 << 20;
        run.estimatedMemory.total = (9 << 20) + (3 << 20); // working 3 MiB
        run.measuredWorkingBytes = 4 << 20;                // 4 MiB: the estimate is 25 % under
        panel.setRunComparison(run, "projection");
        const QString summary = panel.runSummary();
        QVERIFY2(summary.contains("10 line(s) in 1 batch(es)"), qPrintable(summary));
        QVERIFY2(summary.contains("3.500 G") && summary.contains("3.000 G") && summary.contains("-14.3 %"), qPrintable(summary));
        QVERIFY2(summary.contains("measured 4.00 MiB") && summary.contains("estimated 3.00 MiB") && summary.contains("-25.0 %"),
                 qPrintable(summary));

        int runTab = -1;
        for (int index = 0; index < panel.plotTabs()->count(); ++index)
            if (panel.plotTabs()->tabText(index) == "This run")
                runTab = index;
        QVERIFY(runTab >= 0);
        panel.plotTabs()->setCurrentIndex(runTab);
        QTemporaryDir directory;
        QVERIFY(panel.exportSvg(directory.filePath("run.svg")));
        QFile svg(directory.filePath("run.svg"));
        QVERIFY(svg.open(QIODevice::ReadOnly));
        QVERIFY(svg.readAll().contains("million MACs"));

        QVERIFY(!summary.contains("beam search"));

        run.memoryCounted = false;
        run.beam = 8;
        panel.setRunComparison(run, "projection");
        QVERIFY(panel.runSummary().contains("does not count tensor memory"));
        QVERIFY2(panel.runSummary().contains("kept 8 hypotheses per line (beam search)"), qPrintable(panel.runSummary()));
    }
};

QTEST_MAIN(TestCostPanel)
#include "tst_cost_panel.moc"
