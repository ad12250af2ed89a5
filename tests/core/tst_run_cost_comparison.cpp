// A whole OCR run beside the cost model: a page of three lines read in batches of two by tiny
// random-weight models; the estimate for the batches as the engine ran them (padded to the widest
// line, decoded until the longest output ends) must equal the MACs the engine counted, component
// by component, and the measured working memory must be close to the estimated one.
#include "core/engine_recognizer.h"
#include "core/ocr_pipeline.h"
#include "core/run_cost_comparison.h"
#include "rendered_page.h"
#include "test_models_folder.h"

#include <QtTest>

using namespace vlmwb::core;

class TestRunCostComparison : public QObject
{
    Q_OBJECT
private:
    vlmwb::test::TestModelsFolder m_models;

    static Document threeLinePage()
    {
        vlmwb::test::RenderedPage drawn(QSize(900, 400));
        const QFont font = vlmwb::test::pixelFont("Liberation Sans", 28);
        drawn.addLine("amoxicillin 500 mg PO TID", font, QPointF(60, 90));
        drawn.addLine("Sig: 1 tab", font, QPointF(60, 190));
        drawn.addLine("metformin 850 mg twice daily with meals", font, QPointF(60, 290));
        Document document;
        document.path = QStringLiteral("drawn.png");
        Page page;
        page.pixels = vlmwb::test::toMat(drawn.image());
        page.display = drawn.image();
        document.pages << page;
        return document;
    }

private slots:
    void initTestCase() { const QString error = m_models.write(); QVERIFY2(error.isEmpty(), qPrintable(error)); }

    void estimateOfTheRunEqualsTheCountedMacs_data()
    {
        QTest::addColumn<QString>("model");
        for (const char *model : {"cross_attention", "projection_mlp", "projection_conv_stem", "early_fusion"})
            QTest::newRow(model) << QString(model);
    }

    void estimateOfTheRunEqualsTheCountedMacs()
    {
        QFETCH(QString, model);
        const RecognizerOpenResult opened = openCachedRecognizer({m_models.filePath(model), "cpu"});
        QVERIFY2(opened.recognizer, qPrintable(opened.error));
        OcrOptions options;
        options.batchSize = 2;
        options.decode.maxNewTokens = 12;
        const OcrResult result = OcrPipeline(opened.recognizer, options).readDocument(threeLinePage());
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.lineCount(), 3);
        QCOMPARE(result.measured.batches.size(), 2);
        QCOMPARE(result.measured.batches[0].lines + result.measured.batches[1].lines, 3);

        QString error;
        const RunCostComparison comparison = compareRunWithItsModel(result, &error);
        QVERIFY2(comparison.valid, qPrintable(error));
        QCOMPARE(comparison.lines, 3);
        QCOMPARE(comparison.batches, 2);
        QVERIFY(comparison.measuredMacs.total() > 0);
        QCOMPARE(comparison.estimatedMacs.visionEncoder, comparison.measuredMacs.visionEncoder);
        QCOMPARE(comparison.estimatedMacs.connector, comparison.measuredMacs.connector);
        QCOMPARE(comparison.estimatedMacs.decoderAttention, comparison.measuredMacs.decoderAttention);
        QCOMPARE(comparison.estimatedMacs.decoderFfn, comparison.measuredMacs.decoderFfn);
        QCOMPARE(comparison.estimatedMacs.crossAttention, comparison.measuredMacs.crossAttention);
        QCOMPARE(comparison.estimatedMacs.lmHead, comparison.measuredMacs.lmHead);

        QVERIFY(comparison.memoryCounted);
        QVERIFY(comparison.measuredWorkingBytes > 0);
        const double ratio = double(comparison.estimatedWorkingBytes()) / double(comparison.measuredWorkingBytes);
        qInfo("%s: working memory measured %lld bytes, estimated %lld (x %.2f)", qPrintable(model),
              comparison.measuredWorkingBytes, comparison.estimatedWorkingBytes(), ratio);
        QVERIFY2(ratio > 0.5 && ratio < 2.0, qPrintable(QString::number(ratio)));
        QCOMPARE(comparison.beam, 1); // the test models name no decoding: greedy, as estimated

        // A run read with a beam says so, since the estimate models greedy decoding.
        options.decode.beam = 2;
        const OcrResult beamRun = OcrPipeline(opened.recognizer, options).readDocument(threeLinePage());
        QVERIFY2(beamRun.ok(), qPrintable(beamRun.error));
        QCOMPARE(compareRunWithItsModel(beamRun, &error).beam, 2);
    }

    void aModelFolderWithoutConfigIsAnError()
    {
        OcrResult result;
        result.modelFolder = m_models.filePath("missing");
        result.measured.batches << OcrBatchShape{1, 64, 32, 4};
        QString error;
        const RunCostComparison comparison = compareRunWithItsModel(result, &error);
        QVERIFY(!comparison.valid);
        QVERIFY2(error.contains("missing"), qPrintable(error));
    }
};

QTEST_MAIN(TestRunCostComparison)
#include "tst_run_cost_comparison.moc"
