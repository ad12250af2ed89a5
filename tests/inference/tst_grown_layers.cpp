// A model grown deeper than the folder that seeds it (vlmwb-cli train --decoder-layers with --init):
// the layers the seed has are copied, the new ones start as identities, so the grown model reads
// exactly as its seed did; a stack the seed does not cover at all keeps its random start.
#include "generation.h"
#include "line_images.h"
#include "model_fixtures.h"
#include "model_probes.h"
#include "state_dict.h"
#include "trainer_stage.h"
#include "vlm_model.h"
#include "vlmwb/tokenizer.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace vlmwb::inference;
using vlmwb::inference::testing::tensorNamed;
using vlmwb::inference::testing::stripes;
using vlmwb::inference::testing::tinyConfig;

namespace {

// The logits of every generated step for two lines of different widths.
std::vector<torch::Tensor> stepLogits(VlmModel &model)
{
    torch::NoGradGuard noGrad;
    const ScaledLine a = scaleLine({20, 8, stripes(20, 8, 1)}, model.config());
    const ScaledLine b = scaleLine({44, 8, stripes(44, 8, 2)}, model.config());
    const ImageBatch batch = batchLines({&a, &b}, torch::kCPU, torch::kFloat);
    GenerationOptions options;
    options.maxNewTokens = 6;
    std::vector<torch::Tensor> logits;
    options.stepLogits = &logits;
    RunContext context;
    generate(model, batch, {token::Bos, 'o', 'k'}, options, context);
    return logits;
}

} // namespace

class TestGrownLayers : public QObject
{
    Q_OBJECT
private slots:
    void grownModelReadsAsItsSeed_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("stack");
        QTest::newRow("early_fusion") << "early_fusion" << "layers";
        QTest::newRow("projection") << "projection" << "decoder.layers";
        QTest::newRow("cross_attention") << "cross_attention" << "decoder.layers";
    }
    void grownModelReadsAsItsSeed()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, stack);
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        const ModelConfig shallow = tinyConfig(pattern.toStdString());
        std::unique_ptr<VlmModel> seed = createModel(shallow, 3);
        {
            // Open the gated cross-attention blocks (zero at creation) so the image matters.
            torch::NoGradGuard noGrad;
            for (auto &[name, tensor] : namedStateTensors(seed->module()))
                if (name.find("gate") != std::string::npos)
                    tensor.fill_(0.6);
        }
        saveModel(*seed, directory.filePath("seed").toStdString());

        ModelConfig deep = shallow;
        deep.decoder.layers = shallow.decoder.layers + 2;
        std::unique_ptr<VlmModel> grown = createModel(deep, 9);
        const std::string newLayer = stack.toStdString() + "." + std::to_string(shallow.decoder.layers) + ".";
        // Created at random, the new layer is no identity yet.
        QVERIFY(tensorNamed(*grown, newLayer + "attn.out_proj.weight").abs().sum().item<double>() > 0.0);
        initializeFrom(*grown, {directory.filePath("seed").toStdString()});

        for (const char *output : {"attn.out_proj.weight", "attn.out_proj.bias", "ffn.3.weight", "ffn.3.bias"}) {
            const torch::Tensor tensor = tensorNamed(*grown, newLayer + output);
            QVERIFY2(tensor.defined(), (newLayer + output).c_str());
            QCOMPARE(tensor.abs().sum().item<double>(), 0.0);
        }
        // Its inputs keep their random start, so training has something to move.
        QVERIFY(tensorNamed(*grown, newLayer + "attn.in_proj_weight").abs().sum().item<double>() > 0.0);
        QVERIFY(tensorNamed(*grown, newLayer + "ffn.0.weight").abs().sum().item<double>() > 0.0);

        const std::vector<torch::Tensor> expected = stepLogits(*seed);
        const std::vector<torch::Tensor> actual = stepLogits(*grown);
        QCOMPARE(actual.size(), expected.size());
        QVERIFY(!expected.empty());
        for (std::size_t step = 0; step < expected.size(); ++step) {
            const double difference = (actual[step] - expected[step]).abs().max().item<double>();
            QVERIFY2(difference < 1e-5, qPrintable(QString("step %1: %2").arg(step).arg(difference)));
        }
    }

    void stackTheSeedDoesNotCoverKeepsItsStart()
    {
        // A projection model seeded by an early_fusion folder: its decoder layers are copied (the
        // names match with "decoder." added), its vision encoder gets nothing and stays random.
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        saveModel(*createModel(tinyConfig("early_fusion"), 3), directory.filePath("fusion").toStdString());
        std::unique_ptr<VlmModel> projection = createModel(tinyConfig("projection"), 5);
        const torch::Tensor before = tensorNamed(*projection, "vision.layers.1.attn.out_proj.weight").clone();
        initializeFrom(*projection, {directory.filePath("fusion").toStdString()});
        QVERIFY(before.abs().sum().item<double>() > 0.0);
        QVERIFY(torch::equal(tensorNamed(*projection, "vision.layers.1.attn.out_proj.weight"), before));
        QVERIFY(tensorNamed(*projection, "decoder.layers.1.attn.out_proj.weight").abs().sum().item<double>() > 0.0);
    }
};

QTEST_GUILESS_MAIN(TestGrownLayers)
#include "tst_grown_layers.moc"
