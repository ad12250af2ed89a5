// A model grown deeper than the folder that seeds it (vlmwb-cli train --decoder-layers or
// --vision-layers with --init):
// the layers the seed has are copied, the new ones start as identities, so the grown model reads
// exactly as its seed did; a stack the seed does not cover at all keeps its random start. A
// Cross-Attention model with more resampler latents (--resampler-latents) starts with the seed's
// latents repeated, which reads exactly as the seed, then nudged apart so training can separate them.
#include "model_fixtures.h"
#include "model_probes.h"
#include "state_dict.h"
#include "trainer_stage.h"
#include "vlm_model.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace vlmwb::inference;
using vlmwb::inference::testing::largestDifference;
using vlmwb::inference::testing::stepLogits;
using vlmwb::inference::testing::tensorNamed;
using vlmwb::inference::testing::tinyConfig;

namespace {

// A seed whose gated cross-attention blocks (Cross-Attention's, zero at creation) are open, so the
// image matters; other patterns have none and are left as created.
std::unique_ptr<VlmModel> seedWithOpenGates(const ModelConfig &config)
{
    std::unique_ptr<VlmModel> seed = createModel(config, 3);
    torch::NoGradGuard noGrad;
    for (auto &[name, tensor] : namedStateTensors(seed->module()))
        if (name.find("gate") != std::string::npos)
            tensor.fill_(0.6);
    return seed;
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
        // The vision encoder's stack (train --vision-layers) grows the same way.
        QTest::newRow("projection vision") << "projection" << "vision.layers";
        QTest::newRow("cross_attention vision") << "cross_attention" << "vision.layers";
    }
    void grownModelReadsAsItsSeed()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, stack);
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        const ModelConfig shallow = tinyConfig(pattern.toStdString());
        std::unique_ptr<VlmModel> seed = seedWithOpenGates(shallow);
        saveModel(*seed, directory.filePath("seed").toStdString());

        ModelConfig deep = shallow;
        int &layers = stack == "vision.layers" ? deep.vision.layers : deep.decoder.layers;
        const int seedLayers = layers;
        QVERIFY(seedLayers > 0);
        layers += 2;
        std::unique_ptr<VlmModel> grown = createModel(deep, 9);
        const std::string newLayer = stack.toStdString() + "." + std::to_string(seedLayers) + ".";
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

        const double difference = largestDifference(stepLogits(*grown), stepLogits(*seed));
        QVERIFY2(difference < 1e-5, qPrintable(QString::number(difference)));
    }

    void moreLatentsStartAsTheSeedsRepeated()
    {
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        const ModelConfig few = tinyConfig("cross_attention");
        const int64_t stored = few.resampler.latents;
        std::unique_ptr<VlmModel> seed = seedWithOpenGates(few);
        saveModel(*seed, directory.filePath("seed").toStdString());

        ModelConfig many = few;
        many.resampler.latents = 3 * few.resampler.latents;
        std::unique_ptr<VlmModel> grown = createModel(many, 9);
        const std::vector<InitReport> reports = initializeFrom(*grown, {directory.filePath("seed").toStdString()});
        QCOMPARE(reports[0].tensors, static_cast<int>(namedStateTensors(seed->module()).size()));

        const torch::Tensor seedLatents = tensorNamed(*seed, "resampler.latents");
        torch::Tensor latents = tensorNamed(*grown, "resampler.latents");
        QCOMPARE(latents.size(0), 3 * stored);
        QVERIFY(torch::equal(latents.narrow(0, 0, stored), seedLatents));
        const double spread = seedLatents.std().item<double>();
        for (int64_t copy = 1; copy < 3; ++copy) {
            const torch::Tensor nudge = latents.narrow(0, copy * stored, stored) - seedLatents;
            // Apart (or training could never separate them), but by a few percent of the spread.
            QVERIFY(nudge.abs().max().item<double>() > 0.0);
            QVERIFY2(nudge.std().item<double>() < 0.05 * spread,
                     qPrintable(QString("copy %1: nudge %2, spread %3").arg(copy).arg(nudge.std().item<double>())
                                    .arg(spread)));
        }
        const std::vector<torch::Tensor> expected = stepLogits(*seed);
        // Nudged, the model reads nearly as the seed did...
        QVERIFY2(largestDifference(stepLogits(*grown), expected) < 0.05,
                 qPrintable(QString::number(largestDifference(stepLogits(*grown), expected))));
        // ...and with exact copies exactly so: duplicated keys and values leave each softmax average as it was.
        {
            torch::NoGradGuard noGrad;
            latents.copy_(seedLatents.repeat({3, 1}));
        }
        const double exact = largestDifference(stepLogits(*grown), expected);
        QVERIFY2(exact < 1e-5, qPrintable(QString::number(exact)));
    }

    void latentsOfNoWholeMultipleKeepTheirStart()
    {
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        const ModelConfig few = tinyConfig("cross_attention");
        saveModel(*createModel(few, 3), directory.filePath("seed").toStdString());
        ModelConfig more = few;
        more.resampler.latents = few.resampler.latents + 1;
        std::unique_ptr<VlmModel> grown = createModel(more, 9);
        const torch::Tensor before = tensorNamed(*grown, "resampler.latents").clone();
        initializeFrom(*grown, {directory.filePath("seed").toStdString()});
        QVERIFY(torch::equal(tensorNamed(*grown, "resampler.latents"), before));
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
