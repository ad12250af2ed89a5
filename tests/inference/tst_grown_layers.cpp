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

    void visionFolderSeedsOnlyTheEncoder()
    {
        // train --init CA --init-vision PROJ: a cross_attention model whose encoder is a projection
        // model's (12 wide, under a 16-wide decoder): vision.* from the projection folder, everything
        // else from the cross_attention one, resampler_input (neither has it) left as created.
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        ModelConfig narrowVision = tinyConfig("projection");
        narrowVision.vision.dim = 12;
        std::unique_ptr<VlmModel> projection = createModel(narrowVision, 3);
        saveModel(*projection, directory.filePath("projection").toStdString());
        std::unique_ptr<VlmModel> crossSeed = seedWithOpenGates(tinyConfig("cross_attention"));
        saveModel(*crossSeed, directory.filePath("cross").toStdString());

        ModelConfig target = tinyConfig("cross_attention");
        target.vision.dim = 12;
        std::unique_ptr<VlmModel> model = createModel(target, 9);
        const torch::Tensor input = tensorNamed(*model, "resampler_input.weight").clone();
        QCOMPARE(input.sizes(), (std::vector<int64_t>{16, 12}));
        const std::vector<InitReport> reports = initializeFrom(*model, {directory.filePath("cross").toStdString()},
                                                               {directory.filePath("projection").toStdString()});
        QCOMPARE(reports.size(), std::size_t(2));
        QVERIFY(!reports[0].visionOnly);
        QVERIFY(reports[1].visionOnly);

        int visionTensors = 0;
        for (auto &[name, tensor] : namedStateTensors(model->module())) {
            if (name.rfind("vision.", 0) == 0) {
                ++visionTensors;
                QVERIFY2(torch::equal(tensor, tensorNamed(*projection, name)), name.c_str());
            } else if (name.rfind("resampler_input.", 0) != 0) {
                QVERIFY2(torch::equal(tensor, tensorNamed(*crossSeed, name)), name.c_str());
            }
        }
        QCOMPARE(reports[1].tensors, visionTensors);
        // The projection's decoder (same names and shapes) did not replace the cross_attention one.
        QVERIFY(!torch::equal(tensorNamed(*projection, "decoder.layers.0.attn.in_proj_weight"),
                              tensorNamed(*model, "decoder.layers.0.attn.in_proj_weight")));
        QVERIFY(torch::equal(tensorNamed(*model, "resampler_input.weight"), input));

        // A folder with no vision encoder of that shape cannot seed it, and the error names it.
        saveModel(*createModel(tinyConfig("early_fusion"), 3), directory.filePath("fusion").toStdString());
        std::unique_ptr<VlmModel> other = createModel(target, 9);
        try {
            initializeFrom(*other, {}, {directory.filePath("fusion").toStdString()});
            QFAIL("an early_fusion folder seeded a vision encoder");
        } catch (const std::runtime_error &error) {
            QVERIFY2(QString(error.what()).contains(directory.filePath("fusion")), error.what());
            QVERIFY2(QString(error.what()).contains("no vision tensor"), error.what());
        }
    }
};

QTEST_GUILESS_MAIN(TestGrownLayers)
#include "tst_grown_layers.moc"
