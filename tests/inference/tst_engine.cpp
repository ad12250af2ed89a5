// The torch-free facade over a saved random model: scaling of any line size, batching that does
// not change a line's reading, per-token and per-character figures, traces and counters.
#include "model_fixtures.h"
#include "vlm_model.h"
#include "vlmwb/engine.h"
#include "vlmwb/tokenizer.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace vlmwb::inference;
using vlmwb::inference::testing::stripes;
using vlmwb::inference::testing::tinyConfig;

class TestEngine : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_directory.isValid());
        for (const char *pattern : {"cross_attention", "projection", "early_fusion"}) {
            auto model = createModel(tinyConfig(pattern), 5);
            torch::NoGradGuard noGrad;
            for (auto &item : model->module().named_parameters())
                if (item.key().find("gate") != std::string::npos)
                    item.value().fill_(0.7);
            saveModel(*model, m_directory.filePath(pattern).toStdString());
        }
    }

    void readsLines_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::newRow("cross_attention") << "cross_attention";
        QTest::newRow("projection") << "projection";
        QTest::newRow("early_fusion") << "early_fusion";
    }
    void readsLines()
    {
        QFETCH(QString, pattern);
        EngineOptions options;
        options.device = DeviceRequest::Cpu;
        options.cpuThreads = 1;
        Engine engine(m_directory.filePath(pattern).toStdString(), options);
        QCOMPARE(engine.device(), std::string("cpu"));
        QCOMPARE(engine.config().pattern, pattern.toStdString());
        // 40 x 16 scales to 20 x 8; 300 x 10 scales to 240 x 8 (capped at 64); 12 x 40 to 2 x 8.
        const std::vector<LineImage> lines = {{40, 16, stripes(40, 16, 1)},
                                              {300, 10, stripes(300, 10, 2)},
                                              {12, 40, stripes(12, 40, 3)}};
        DecodeOptions decode;
        decode.maxNewTokens = 6;
        decode.captureAttention = true;
        const std::vector<LineReading> readings = engine.read(lines, decode);
        QCOMPARE(readings.size(), std::size_t(3));
        for (const LineReading &reading : readings) {
            QVERIFY(!reading.tokenIds.empty());
            QVERIFY(reading.tokenIds.size() <= 6);
            QCOMPARE(reading.tokenProbabilities.size(), reading.tokenIds.size());
            QCOMPARE(reading.text, ByteTokenizer::decode(reading.tokenIds));
            QCOMPARE(QString::fromUtf8(reading.text.c_str()).toUtf8().toStdString(), reading.text);
            QCOMPARE(reading.characterConfidences.size(), ByteTokenizer::characters(reading.tokenIds).size());
            double sum = 0.0;
            for (const float probability : reading.tokenProbabilities)
                sum += std::log(double(probability));
            QVERIFY(std::abs(reading.meanLogProbability - sum / reading.tokenIds.size()) < 1e-6);
            QVERIFY(reading.attention);
            QCOMPARE(reading.attention->pattern, pattern.toStdString());
        }
        QCOMPARE(readings[0].attention->grid.columns, 5);   // 20 pixels / 4
        QCOMPARE(readings[1].attention->grid.columns, 16);  // capped at 64 pixels
        QCOMPARE(readings[2].attention->grid.scaledWidth, 2);
        QCOMPARE(readings[2].attention->grid.paddingRight, 2);
        QVERIFY(std::abs(readings[0].attention->grid.scale - 0.5) < 1e-12);
        const RunCounters &counters = engine.lastRun();
        QCOMPARE(counters.lines, 3);
        QCOMPARE(counters.batches, 1);
        QVERIFY(counters.macs.decoderAttention > 0 && counters.macs.lmHead > 0);
        QVERIFY(counters.macs.visionEncoder > 0);

        // A line read alone reads the same as in the batch.
        decode.captureAttention = false;
        const std::vector<LineReading> alone = engine.read({lines[0]}, decode);
        QCOMPARE(alone[0].tokenIds, readings[0].tokenIds);
        for (std::size_t index = 0; index < alone[0].tokenProbabilities.size(); ++index)
            QVERIFY(std::abs(alone[0].tokenProbabilities[index] - readings[0].tokenProbabilities[index]) < 1e-5);
        QVERIFY(!alone[0].attention);
        QCOMPARE(engine.lastRun().lines, 1);
    }

    void readsWithTheModelsOwnDecoding()
    {
        ModelConfig config = tinyConfig("projection");
        config.decoding.beam = 3;
        const QString folder = m_directory.filePath("projection-beam3");
        saveModel(*createModel(config, 5), folder.toStdString());
        EngineOptions options;
        options.device = DeviceRequest::Cpu;
        options.cpuThreads = 1;
        Engine engine(folder.toStdString(), options);
        QCOMPARE(engine.config().decoding.beam, 3);
        const std::vector<LineImage> lines = {{40, 16, stripes(40, 16, 1)}, {90, 16, stripes(90, 16, 2)}};

        DecodeOptions unset;
        unset.maxNewTokens = 6;
        const std::vector<LineReading> own = engine.read(lines, unset);
        const MacCounts ownMacs = engine.lastRun().macs;
        DecodeOptions explicitBeam = unset;
        explicitBeam.beam = 3;
        const std::vector<LineReading> three = engine.read(lines, explicitBeam);
        const MacCounts threeMacs = engine.lastRun().macs;
        explicitBeam.beam = 1;
        engine.read(lines, explicitBeam);
        const MacCounts greedyMacs = engine.lastRun().macs;

        for (std::size_t line = 0; line < lines.size(); ++line)
            QCOMPARE(own[line].tokenIds, three[line].tokenIds);
        QCOMPARE(ownMacs.lmHead, threeMacs.lmHead);
        // Three hypotheses per line through the output layer at every step: not the greedy figure.
        QVERIFY2(ownMacs.lmHead != greedyMacs.lmHead,
                 qPrintable(QString("%1 vs %2").arg(ownMacs.lmHead).arg(greedyMacs.lmHead)));
    }

    void decodingForTakesEachOptionElseTheModelsOwn()
    {
        const DecodingConfig own{5, 0.3};
        DecodeOptions options;
        DecodingConfig used = decodingFor(options, own);
        QCOMPARE(used.beam, 5);
        QCOMPARE(used.ctcWeight, 0.3);
        options.beam = 2; // one set, the other still the model's
        used = decodingFor(options, own);
        QCOMPARE(used.beam, 2);
        QCOMPARE(used.ctcWeight, 0.3);
        options.ctcWeight = 0.0;
        QCOMPARE(decodingFor(options, own).ctcWeight, 0.0);
        // Out of range either way: clamped to what the engine can run, and that is what is reported.
        options.beam = 40;
        options.ctcWeight = 1.5;
        used = decodingFor(options, own);
        QCOMPARE(used.beam, DecodingConfig::maxBeam);
        QCOMPARE(used.ctcWeight, 1.0);
        options.beam = 0;
        options.ctcWeight = -0.2;
        used = decodingFor(options, own);
        QCOMPARE(used.beam, 1);
        QCOMPARE(used.ctcWeight, 0.0);
    }

    void rejectsBrokenImages()
    {
        Engine engine(m_directory.filePath("projection").toStdString(), EngineOptions{DeviceRequest::Cpu});
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, engine.read({LineImage{0, 8, {}}}, DecodeOptions{}));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, engine.read({LineImage{4, 4, {1, 2, 3}}}, DecodeOptions{}));
    }

private:
    QTemporaryDir m_directory;
};

QTEST_APPLESS_MAIN(TestEngine)
#include "tst_engine.moc"
