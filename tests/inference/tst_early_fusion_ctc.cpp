// Early Fusion's CTC head (early_fusion.ctc_head): its frames are the decoder's last hidden states at
// the patch positions of a pass over the image alone, column by column, top row first. Checked
// against the same pass taken through EarlyFusionVLM's own embed / mask / layers (the module the
// golden fixtures pin down), for one line, for a narrow line batched with a wider one, and after a
// save and load of the model folder; decoding that starts from the pass's keys and values gives the
// logits of a decoder that runs the image prefix itself.
#include "early_fusion_vlm.h"
#include "model_fixtures.h"
#include "model_probes.h"
#include "vlm_model.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace vlmwb::inference;
using vlmwb::inference::testing::encodeWithCtc;

namespace {

constexpr int ctcClasses = 7;

ModelConfig fusionWithCtc()
{
    ModelConfig config = testing::tinyConfig("early_fusion"); // 8 px high, 4 px patches: 2 patch rows
    config.earlyFusion.ctcHead = CtcHeadConfig{"chars", ctcClasses};
    return config;
}

ImageBatch lines(const torch::Tensor &pixels, std::vector<int> columns)
{
    ImageBatch batch;
    batch.pixels = pixels;
    batch.columns = std::move(columns);
    return batch;
}

// The expected log-probabilities [frames, classes] of one unpadded line, the reference way: the
// image sequence with positions, the prefix mask, every layer, the final norm, then ctc_head at
// slot row * (columns + 1) + column for frame column * rows + row.
torch::Tensor referenceFrames(VlmModel &model, const torch::Tensor &pixels)
{
    torch::NoGradGuard noGrad;
    auto &module = dynamic_cast<EarlyFusionVLMImpl &>(model.module());
    const EarlyFusionSequence sequence = module.embed(pixels, torch::Tensor());
    torch::Tensor hidden = sequence.hidden;
    const torch::Tensor mask = earlyFusionMask(sequence.numVisualTokens, hidden.size(1));
    for (const auto &layer : *module.layers)
        hidden = layer->as<TransformerBlock>()->forward(hidden, mask, nullptr);
    hidden = module.norm(hidden);
    std::shared_ptr<torch::nn::LinearImpl> head;
    for (const auto &child : module.named_children())
        if (child.key() == "ctc_head")
            head = std::dynamic_pointer_cast<torch::nn::LinearImpl>(child.value());
    if (!head)
        return {};
    std::vector<torch::Tensor> frames;
    for (int64_t column = 0; column < sequence.patchColumns; ++column)
        for (int64_t row = 0; row < sequence.patchRows; ++row)
            frames.push_back(hidden[0][row * (sequence.patchColumns + 1) + column]);
    return torch::log_softmax(head->forward(torch::stack(frames)), 1);
}

} // namespace

class TestEarlyFusionCtc : public QObject
{
    Q_OBJECT
private slots:
    void framesAreThePatchPositionsOfTheImagePass()
    {
        std::unique_ptr<VlmModel> model = createModel(fusionWithCtc(), 3);
        model->module().eval();
        torch::manual_seed(11);
        const torch::Tensor pixels = torch::rand({1, 1, 8, 24}); // 2 rows x 6 columns of patches
        const VisualMemory memory = encodeWithCtc(*model, lines(pixels, {6}));
        QCOMPARE(memory.ctcFrames, std::vector<int64_t>{12});
        QCOMPARE(memory.ctcLogProbabilities.sizes().vec(), (std::vector<int64_t>{1, 12, ctcClasses}));
        const torch::Tensor expected = referenceFrames(*model, pixels);
        QVERIFY2(expected.defined(), "the model registers ctc_head");
        QVERIFY(torch::allclose(memory.ctcLogProbabilities[0], expected, 1e-5, 1e-5));
        // Each frame is a distribution over the classes.
        QVERIFY(torch::allclose(memory.ctcLogProbabilities.exp().sum(2), torch::ones({1, 12}), 1e-5, 1e-5));
    }

    void aNarrowLineReadsAsItWouldAlone()
    {
        std::unique_ptr<VlmModel> model = createModel(fusionWithCtc(), 4);
        model->module().eval();
        torch::manual_seed(12);
        torch::Tensor pixels = torch::rand({2, 1, 8, 24});
        pixels[1].narrow(2, 12, 12).fill_(1.0); // the second line has 3 columns, white padding after
        const VisualMemory both = encodeWithCtc(*model, lines(pixels, {6, 3}));
        QCOMPARE(both.ctcFrames, (std::vector<int64_t>{12, 6}));
        const torch::Tensor alone = referenceFrames(*model, pixels[1].narrow(2, 0, 12).unsqueeze(0));
        QCOMPARE(alone.size(0), int64_t(6));
        QVERIFY(torch::allclose(both.ctcLogProbabilities[1].narrow(0, 0, 6), alone, 1e-5, 1e-5));
        QVERIFY(torch::allclose(both.ctcLogProbabilities[0], referenceFrames(*model, pixels[0].unsqueeze(0)), 1e-5,
                                1e-5));
    }

    void decodingStartsFromTheCtcPass()
    {
        // With the CTC pass run, decoding reuses its keys/values of the image prefix: the logits are
        // those of a decoder that runs the prefix itself, over two calls, and so are the MACs but
        // for the masked scores of image queries against text keys, which it never computes.
        torch::NoGradGuard noGrad;
        std::unique_ptr<VlmModel> model = createModel(fusionWithCtc(), 8);
        model->module().eval();
        torch::manual_seed(15);
        torch::Tensor pixels = torch::rand({2, 1, 8, 24});
        pixels[1].narrow(2, 12, 12).fill_(1.0);
        const ImageBatch images = lines(pixels, {6, 3});
        const torch::Tensor first = torch::randint(3, 262, {2, 4}, torch::kLong);
        const torch::Tensor second = torch::randint(3, 262, {2, 1}, torch::kLong);

        RunContext plainContext;
        DecoderState plain = model->startDecoding(model->encodeImages(images, plainContext));
        QVERIFY(plain.memory.prefixCaches.empty());
        const torch::Tensor plainFirst = model->decode(plain, first, plainContext);
        const torch::Tensor plainSecond = model->decode(plain, second, plainContext);

        RunContext ctcContext;
        ctcContext.wantCtc = true;
        DecoderState reused = model->startDecoding(model->encodeImages(images, ctcContext));
        QCOMPARE(reused.memory.prefixCaches.size(), std::size_t(2)); // one per decoder layer
        QVERIFY(torch::allclose(model->decode(reused, first, ctcContext), plainFirst, 1e-5, 1e-5));
        QVERIFY(torch::allclose(model->decode(reused, second, ctcContext), plainSecond, 1e-5, 1e-5));
        QCOMPARE(ctcContext.macs.decoderFfn, plainContext.macs.decoderFfn);
        QCOMPARE(ctcContext.macs.lmHead, plainContext.macs.lmHead);
        // What it saves: the one-pass decoder also scores the image queries against the 4 text keys
        // (masked out) and weights those values: 2 x batch 2 x dim 16 x 15 prefix slots (the wider
        // line: 2 rows x (6 + 1) + 1) x 4 text keys, in each of the 2 layers.
        const std::uint64_t maskedScores = 2ULL * 2 * 16 * 15 * 4 * 2;
        QCOMPARE(plainContext.macs.decoderAttention - ctcContext.macs.decoderAttention, maskedScores);
    }

    void onlyWhenAskedAndOnlyWithAHead()
    {
        torch::NoGradGuard noGrad;
        torch::manual_seed(13);
        const ImageBatch images = lines(torch::rand({1, 1, 8, 16}), {4});
        std::unique_ptr<VlmModel> withHead = createModel(fusionWithCtc(), 5);
        RunContext plain;
        QVERIFY(!withHead->encodeImages(images, plain).ctcLogProbabilities.defined());
        std::unique_ptr<VlmModel> without = createModel(testing::tinyConfig("early_fusion"), 5);
        QVERIFY(!encodeWithCtc(*without, images).ctcLogProbabilities.defined());
        QVERIFY(!ctcHeadOf(without->config()));
    }

    void theHeadSurvivesSaveAndLoad()
    {
        std::unique_ptr<VlmModel> model = createModel(fusionWithCtc(), 6);
        model->module().eval();
        QTemporaryDir folder;
        saveModel(*model, folder.path().toStdString());
        std::unique_ptr<VlmModel> loaded = loadModel(folder.path().toStdString());
        loaded->module().eval();
        QVERIFY(ctcHeadOf(loaded->config()));
        QCOMPARE(ctcHeadOf(loaded->config())->size, ctcClasses);
        QVERIFY(!loaded->config().vision.ctcHead); // early_fusion keeps it in its own section
        torch::manual_seed(14);
        const ImageBatch images = lines(torch::rand({1, 1, 8, 20}), {5});
        QVERIFY(torch::equal(encodeWithCtc(*model, images).ctcLogProbabilities,
                             encodeWithCtc(*loaded, images).ctcLogProbabilities));
        // The JSON names it under early_fusion and reads back the same.
        const std::string json = modelConfigToJson(model->config());
        QVERIFY(json.find("\"ctc_head\"") != std::string::npos);
        QCOMPARE(parseModelConfig(json, "config.json").earlyFusion.ctcHead->size, ctcClasses);
    }
};

QTEST_APPLESS_MAIN(TestEarlyFusionCtc)
#include "tst_early_fusion_ctc.moc"
