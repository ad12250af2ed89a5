// CTC heads with several frames per token (ctc_head.frames_per_token): the head's outputs for one
// token are read as that many consecutive frames, for Early Fusion's head over the decoder and the
// vision encoder's head alike; a head seeded by --init from one with a single frame per token starts
// as that head repeated, so every token's frames are equal and greedy CTC reads as the seed did.
#include "ctc.h"
#include "line_images.h"
#include "model_fixtures.h"
#include "model_probes.h"
#include "state_dict.h"
#include "trainer_stage.h"
#include "vlm_model.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace vlmwb::inference;
using vlmwb::inference::testing::encodeWithCtc;
using vlmwb::inference::testing::tensorNamed;
using vlmwb::inference::testing::stripes;
using vlmwb::inference::testing::tinyConfig;

namespace {

constexpr int ctcClasses = 9;

ModelConfig withCtcHead(const std::string &pattern, int framesPerToken)
{
    ModelConfig config = tinyConfig(pattern);
    const CtcHeadConfig head{"chars", ctcClasses, framesPerToken};
    (pattern == "early_fusion" ? config.earlyFusion.ctcHead : config.vision.ctcHead) = head;
    return config;
}

// Two lines of different widths (5 and 11 patch columns at 4 px patches).
ImageBatch twoLines(const ModelConfig &config)
{
    const ScaledLine a = scaleLine({20, 8, stripes(20, 8, 1)}, config);
    const ScaledLine b = scaleLine({44, 8, stripes(44, 8, 2)}, config);
    return batchLines({&a, &b}, torch::kCPU, torch::kFloat);
}

} // namespace

class TestCtcFramesPerToken : public QObject
{
    Q_OBJECT
private slots:
    void patterns_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("head");
        QTest::newRow("early_fusion") << "early_fusion" << "ctc_head";
        QTest::newRow("projection") << "projection" << "vision.ctc_head";
        QTest::newRow("cross_attention") << "cross_attention" << "vision.ctc_head";
    }

    // Frame t * 2 + s of a two-frame head is block s of the head's outputs at token t: the same
    // hidden state through rows [s * classes, (s + 1) * classes) of its weight. Checked by giving a
    // one-frame model each block of the two-frame head in turn and interleaving what it reads.
    void framesAreTheHeadsBlocksInTurn_data() { patterns_data(); }
    void framesAreTheHeadsBlocksInTurn()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, head);
        std::unique_ptr<VlmModel> doubled = createModel(withCtcHead(pattern.toStdString(), 2), 3);
        std::unique_ptr<VlmModel> single = createModel(withCtcHead(pattern.toStdString(), 1), 3);
        doubled->module().eval();
        single->module().eval();
        const std::string weight = head.toStdString() + ".weight";
        const std::string bias = head.toStdString() + ".bias";
        QCOMPARE(tensorNamed(*doubled, weight).size(0), int64_t(2 * ctcClasses));
        QCOMPARE(tensorNamed(*single, weight).size(0), int64_t(ctcClasses));

        const ImageBatch images = twoLines(doubled->config());
        const VisualMemory both = encodeWithCtc(*doubled, images);
        std::vector<torch::Tensor> blocks;
        for (int block = 0; block < 2; ++block) {
            {
                torch::NoGradGuard noGrad;
                // Same seed, same trunk; only the head differs between the two models.
                tensorNamed(*single, weight).copy_(tensorNamed(*doubled, weight).narrow(0, block * ctcClasses, ctcClasses));
                tensorNamed(*single, bias).copy_(tensorNamed(*doubled, bias).narrow(0, block * ctcClasses, ctcClasses));
            }
            const VisualMemory one = encodeWithCtc(*single, images);
            QCOMPARE(one.ctcFrames.size(), std::size_t(2));
            QCOMPARE(both.ctcFrames, (std::vector<int64_t>{2 * one.ctcFrames[0], 2 * one.ctcFrames[1]}));
            blocks.push_back(one.ctcLogProbabilities);
        }
        // [batch, frames, classes] x 2 -> [batch, frames, 2, classes] -> [batch, 2 * frames, classes]
        const torch::Tensor interleaved = torch::stack(blocks, 2).flatten(1, 2);
        QCOMPARE(both.ctcLogProbabilities.sizes().vec(), interleaved.sizes().vec());
        QVERIFY(torch::allclose(both.ctcLogProbabilities, interleaved, 1e-5, 1e-5));
    }

    // A two-frame head seeded from a one-frame folder starts as that head repeated: each token's two
    // frames equal the seed's one frame, which greedy CTC (repeats merged) reads the same way.
    void seededFromOneFrameItRepeatsTheSeed_data() { patterns_data(); }
    void seededFromOneFrameItRepeatsTheSeed()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, head);
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        std::unique_ptr<VlmModel> seed = createModel(withCtcHead(pattern.toStdString(), 1), 4);
        seed->module().eval();
        saveModel(*seed, directory.filePath("seed").toStdString());

        std::unique_ptr<VlmModel> grown = createModel(withCtcHead(pattern.toStdString(), 2), 8);
        grown->module().eval();
        const std::vector<InitReport> reports = initializeFrom(*grown, {directory.filePath("seed").toStdString()});
        QCOMPARE(reports.size(), std::size_t(1));
        // Every tensor of the seed reached the grown model, the head included.
        QCOMPARE(reports[0].tensors, static_cast<int>(namedStateTensors(seed->module()).size()));
        const torch::Tensor seedWeight = tensorNamed(*seed, head.toStdString() + ".weight");
        const torch::Tensor grownWeight = tensorNamed(*grown, head.toStdString() + ".weight");
        QVERIFY(torch::equal(grownWeight.narrow(0, 0, ctcClasses), seedWeight));
        QVERIFY(torch::equal(grownWeight.narrow(0, ctcClasses, ctcClasses), seedWeight));

        const ImageBatch images = twoLines(seed->config());
        const VisualMemory expected = encodeWithCtc(*seed, images);
        const VisualMemory actual = encodeWithCtc(*grown, images);
        QVERIFY(torch::allclose(actual.ctcLogProbabilities, expected.ctcLogProbabilities.repeat_interleave(2, 1),
                                1e-5, 1e-5));
        const torch::Tensor seedClasses = std::get<1>(expected.ctcLogProbabilities.max(2));
        const torch::Tensor grownClasses = std::get<1>(actual.ctcLogProbabilities.max(2));
        const CtcVocabulary vocabulary("abcdefg"); // blank, unknown, 7 characters: ctcClasses
        QCOMPARE(vocabulary.classCount(), ctcClasses);
        for (int64_t line = 0; line < 2; ++line) {
            const auto read = [&](const torch::Tensor &classes, int64_t frames) {
                const torch::Tensor used = classes[line].narrow(0, 0, frames).contiguous();
                return vocabulary.decodeGreedy(std::vector<int64_t>(used.data_ptr<int64_t>(),
                                                                    used.data_ptr<int64_t>() + frames));
            };
            QCOMPARE(read(grownClasses, actual.ctcFrames[line]), read(seedClasses, expected.ctcFrames[line]));
        }
    }

    void aSeedOfAnotherClassCountIsNotStretched()
    {
        // 2 x 9 outputs are no whole multiple of a 7-class head: the head keeps its random start
        // instead of being filled from a head of other classes.
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        ModelConfig other = withCtcHead("early_fusion", 1);
        other.earlyFusion.ctcHead->size = 7;
        saveModel(*createModel(other, 4), directory.filePath("seed").toStdString());
        std::unique_ptr<VlmModel> model = createModel(withCtcHead("early_fusion", 2), 8);
        const torch::Tensor before = tensorNamed(*model, "ctc_head.weight").clone();
        initializeFrom(*model, {directory.filePath("seed").toStdString()});
        QVERIFY(torch::equal(tensorNamed(*model, "ctc_head.weight"), before));
    }
};

QTEST_GUILESS_MAIN(TestCtcFramesPerToken)
#include "tst_ctc_frames_per_token.moc"
