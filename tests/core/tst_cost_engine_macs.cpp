// The cost model against the engine: for our own models the estimated MACs of every component
// must equal the MACs the engine counts while it really reads a line (second method, exact).
#include "core/cost_estimator.h"
#include "core/model_config_architecture.h"
#include "vlmwb/engine.h"

#include "test_models_folder.h"

#include <QtTest>

using namespace vlmwb::core;

class TestCostEngineMacs : public QObject
{
    Q_OBJECT
private:
    vlmwb::test::TestModelsFolder m_models;

    static std::vector<std::uint8_t> stripes(int width, int height)
    {
        std::vector<std::uint8_t> pixels(std::size_t(width) * height);
        for (int y = 0; y < height; ++y)
            for (int x = 0; x < width; ++x)
                pixels[std::size_t(y) * width + x] = std::uint8_t(((x * 5 + y * 3) % 13) * 19);
        return pixels;
    }

private slots:
    void initTestCase() { const QString error = m_models.write(); QVERIFY2(error.isEmpty(), qPrintable(error)); }

    void estimateEqualsCountedMacs_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::addColumn<int>("maxNewTokens");
        for (const char *model : {"cross_attention", "projection_mlp", "projection_downsample", "projection_conv_stem", "early_fusion"}) {
            // 30 x 12 scales to 20 x 8: 5 columns (odd, for the pooled ceiling); 200 x 10 is capped at 64.
            QTest::addRow("%s 30x12", model) << QString(model) << 30 << 12 << 6;
            QTest::addRow("%s 200x10", model) << QString(model) << 200 << 10 << 3;
            QTest::addRow("%s 8x8 one token", model) << QString(model) << 8 << 8 << 1;
        }
    }

    void estimateEqualsCountedMacs()
    {
        QFETCH(QString, model);
        QFETCH(int, width);
        QFETCH(int, height);
        QFETCH(int, maxNewTokens);
        const QString folder = m_models.filePath(model);

        vlmwb::inference::EngineOptions options;
        options.device = vlmwb::inference::DeviceRequest::Cpu;
        vlmwb::inference::Engine engine(folder.toStdString(), options);
        vlmwb::inference::DecodeOptions decode;
        decode.maxNewTokens = maxNewTokens;
        const auto readings = engine.read({vlmwb::inference::LineImage{width, height, stripes(width, height)}}, decode);
        QCOMPARE(readings.size(), std::size_t(1));
        const vlmwb::inference::MacCounts &counted = engine.lastRun().macs;

        QString error;
        const std::optional<ModelArchitecture> architecture = loadModelArchitecture(folder, &error);
        QVERIFY2(architecture, qPrintable(error));
        EstimateInput input;
        input.width = width;
        input.height = height;
        input.promptTokens = 1 + int(engine.config().prompt.size()); // BOS + the prompt's bytes
        input.outputTokens = int(readings.front().tokenIds.size());  // EOS included when generated
        QVERIFY(input.outputTokens >= 1);
        const CostEstimate estimate = estimateCost(*architecture, input);
        const auto sum = [&](qint64 ComponentMacs::*member) {
            return std::uint64_t(estimate.prefill.*member + estimate.decode.*member);
        };
        QCOMPARE(sum(&ComponentMacs::visionEncoder), counted.visionEncoder);
        QCOMPARE(sum(&ComponentMacs::connector), counted.connector);
        QCOMPARE(sum(&ComponentMacs::decoderAttention), counted.decoderAttention);
        QCOMPARE(sum(&ComponentMacs::decoderFfn), counted.decoderFfn);
        QCOMPARE(sum(&ComponentMacs::crossAttention), counted.crossAttention);
        QCOMPARE(sum(&ComponentMacs::lmHead), counted.lmHead);
    }
};

QTEST_GUILESS_MAIN(TestCostEngineMacs)
#include "tst_cost_engine_macs.moc"
