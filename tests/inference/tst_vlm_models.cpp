// The three complete models with random weights (fixed seed): a line's output does not depend on
// the lines batched with it, cached incremental decoding equals recomputing the whole sequence
// (greedy and beam), teacher forcing agrees with decoding, and the parameter names are pinned.
#include "generation.h"
#include "line_images.h"
#include "model_fixtures.h"
#include "vlm_model.h"
#include "vlmwb/tokenizer.h"

#include <QtTest>

using namespace vlmwb::inference;
using vlmwb::inference::testing::stripes;
using vlmwb::inference::testing::tinyConfig;

namespace {

// Opens every gated cross-attention block (zero at initialisation) so the image matters.
void openGates(VlmModel &model)
{
    torch::NoGradGuard noGrad;
    for (auto &item : model.module().named_parameters())
        if (item.key().size() >= 4 && item.key().compare(item.key().size() - 4, 4, "gate") == 0)
            item.value().fill_(0.8);
}

std::unique_ptr<VlmModel> makeModel(const std::string &pattern, const std::string &connector = "mlp")
{
    ModelConfig config = tinyConfig(pattern);
    config.connector.kind = connector;
    if (pattern == "early_fusion")
        config.earlyFusion.mask = "prefix";
    std::unique_ptr<VlmModel> model = createModel(config, 7);
    openGates(*model);
    return model;
}

ScaledLine lineOfWidth(const ModelConfig &config, int width, int seed)
{
    LineImage image{width, config.inputHeight, stripes(width, config.inputHeight, seed)};
    return scaleLine(image, config);
}

torch::Tensor prefixIds(const std::vector<int> &ids, int64_t batch)
{
    return torch::tensor(std::vector<int64_t>(ids.begin(), ids.end()), torch::kLong).view({1, -1}).repeat({batch, 1});
}

void addPatterns()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("connector");
    QTest::newRow("cross_attention") << "cross_attention" << "";
    QTest::newRow("projection linear") << "projection" << "linear";
    QTest::newRow("projection mlp") << "projection" << "mlp";
    QTest::newRow("projection downsample") << "projection" << "downsample";
    QTest::newRow("projection c_abstractor") << "projection" << "c_abstractor";
    QTest::newRow("early_fusion") << "early_fusion" << "";
}

} // namespace

class TestVlmModels : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { torch::set_num_threads(1); }

    void lineAloneEqualsLineInBatch_data() { addPatterns(); }
    void lineAloneEqualsLineInBatch()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, connector);
        auto model = makeModel(pattern.toStdString(), connector.toStdString());
        torch::NoGradGuard noGrad;
        const ScaledLine narrow = lineOfWidth(model->config(), 10, 1); // 3 patch columns, 2 pixels padding
        const ScaledLine wide = lineOfWidth(model->config(), 27, 2);   // 7 patch columns
        QCOMPARE(narrow.columns, 3);
        QCOMPARE(wide.columns, 7);
        const std::vector<int> ids = {token::Bos, 'a', 'b', 0xEC, 0x95};
        const auto logitsOf = [&](const std::vector<const ScaledLine *> &lines) {
            RunContext context;
            const ImageBatch batch = batchLines(lines, torch::kCPU, torch::kFloat);
            DecoderState state = model->startDecoding(model->encodeImages(batch, context));
            return model->decode(state, prefixIds(ids, static_cast<int64_t>(lines.size())), context);
        };
        const torch::Tensor alone = logitsOf({&narrow});
        const torch::Tensor batched = logitsOf({&wide, &narrow, &wide});
        QCOMPARE(alone.size(1), static_cast<int64_t>(ids.size()));
        const double difference = (alone[0] - batched[1]).abs().max().item<double>();
        QVERIFY2(difference < 1e-5, qPrintable(QString("max difference %1").arg(difference)));
        // The wide line does change the logits (the image is not ignored).
        QVERIFY((batched[0] - batched[1]).abs().max().item<double>() > 1e-4);
    }

    void cachedDecodingEqualsRecomputation_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<int>("beam");
        for (const char *pattern : {"cross_attention", "projection", "early_fusion"}) {
            QTest::newRow((std::string(pattern) + " greedy").c_str()) << QString(pattern) << 1;
            QTest::newRow((std::string(pattern) + " beam 3").c_str()) << QString(pattern) << 3;
        }
    }
    void cachedDecodingEqualsRecomputation()
    {
        QFETCH(QString, pattern);
        QFETCH(int, beam);
        auto model = makeModel(pattern.toStdString());
        const ScaledLine a = lineOfWidth(model->config(), 13, 3);
        const ScaledLine b = lineOfWidth(model->config(), 30, 4);
        const ImageBatch batch = batchLines({&a, &b}, torch::kCPU, torch::kFloat);
        const std::vector<int> prefix = {token::Bos, 'o', 'k'};
        GenerationOptions options;
        options.maxNewTokens = 8;
        options.beam = beam;
        std::vector<torch::Tensor> cachedLogits;
        std::vector<torch::Tensor> recomputedLogits;
        options.stepLogits = &cachedLogits;
        RunContext cachedContext;
        const auto cached = generate(*model, batch, prefix, options, cachedContext);
        options.useCache = false;
        options.stepLogits = &recomputedLogits;
        RunContext recomputedContext;
        const auto recomputed = generate(*model, batch, prefix, options, recomputedContext);
        QCOMPARE(cached.size(), std::size_t(2));
        QCOMPARE(cachedLogits.size(), recomputedLogits.size());
        QVERIFY(!cachedLogits.empty());
        for (std::size_t step = 0; step < cachedLogits.size(); ++step) {
            const double difference = (cachedLogits[step] - recomputedLogits[step]).abs().max().item<double>();
            QVERIFY2(difference < 1e-5, qPrintable(QString("step %1: %2").arg(step).arg(difference)));
        }
        for (std::size_t line = 0; line < cached.size(); ++line) {
            QCOMPARE(cached[line].ids, recomputed[line].ids);
            QCOMPARE(cached[line].ids.size(), cached[line].probabilities.size());
            double sum = 0.0;
            for (const float probability : cached[line].probabilities) {
                QVERIFY(probability > 0.0f && probability <= 1.0f);
                sum += std::log(double(probability));
            }
            QVERIFY(std::abs(sum - cached[line].logProbability) < 1e-3);
        }
        // The cache saves work: recomputation executes more decoder multiply-accumulates.
        QVERIFY(recomputedContext.macs.decoderAttention > cachedContext.macs.decoderAttention);
    }

    void greedyPicksTheMostProbableToken()
    {
        auto model = makeModel("projection");
        const ScaledLine a = lineOfWidth(model->config(), 20, 5);
        const ImageBatch batch = batchLines({&a}, torch::kCPU, torch::kFloat);
        GenerationOptions options;
        options.maxNewTokens = 4;
        std::vector<torch::Tensor> logits;
        options.stepLogits = &logits;
        RunContext context;
        const auto lines = generate(*model, batch, {token::Bos}, options, context);
        for (std::size_t step = 0; step < lines[0].ids.size(); ++step) {
            QCOMPARE(lines[0].ids[step], static_cast<int>(logits[step][0].argmax().item<int64_t>()));
            const float expected = torch::softmax(logits[step][0], 0).max().item<float>();
            QVERIFY(std::abs(lines[0].probabilities[step] - expected) < 1e-6);
        }
    }

    void teacherForcingMatchesDecoding_data() { addPatterns(); }
    void teacherForcingMatchesDecoding()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, connector);
        auto model = makeModel(pattern.toStdString(), connector.toStdString());
        const ScaledLine a = lineOfWidth(model->config(), 18, 6);
        const ImageBatch batch = batchLines({&a}, torch::kCPU, torch::kFloat);
        const torch::Tensor ids = prefixIds({token::Bos, 'x', 'y', token::Eos}, 1);
        torch::Tensor labels = ids.clone();
        labels[0][0] = -100;
        const TrainingOutput output = model->forward(batch, ids, labels);
        QCOMPARE(output.logits.size(1), int64_t(4));
        // Loss by hand: mean over positions 0..2 of -log softmax(logits[t])[ids[t + 1]].
        const torch::Tensor logProbabilities = torch::log_softmax(output.logits[0], -1);
        const double expected = -(logProbabilities[0][int64_t('x')] + logProbabilities[1][int64_t('y')]
                                  + logProbabilities[2][int64_t(token::Eos)])
                                     .item<double>()
                                / 3.0;
        QVERIFY(std::abs(output.loss.item<double>() - expected) < 1e-5);
        output.loss.backward();
        int withGradient = 0;
        for (const torch::Tensor &parameter : model->module().parameters())
            withGradient += parameter.grad().defined() ? 1 : 0;
        QVERIFY(withGradient > 0);
    }

    void pinsParameterNames()
    {
        const auto names = [](VlmModel &model) {
            std::set<std::string> result;
            for (const auto &item : model.module().named_parameters())
                result.insert(item.key());
            return result;
        };
        auto cross = makeModel("cross_attention");
        const std::set<std::string> crossNames = names(*cross);
        for (const char *name : {"vision.patch_embed.proj.weight", "vision.pos_embed.weight",
                                 "vision.layers.1.attn.in_proj_weight", "vision.layers.0.ffn.3.bias", "vision.norm.weight",
                                 "resampler.latents", "resampler.layers.1.cross_attn.out_proj.weight",
                                 "decoder.text_embed.weight", "decoder.pos_embed.weight", "decoder.layers.1.norm2.bias",
                                 "decoder.cross_blocks.1.gate", "decoder.cross_blocks.0.cross_attn.in_proj_bias",
                                 "decoder.norm.weight"})
            QVERIFY2(crossNames.count(name), name);
        auto projection = makeModel("projection", "mlp");
        QVERIFY(names(*projection).count("connector.mlp.2.weight"));
        auto fusion = makeModel("early_fusion");
        const std::set<std::string> fusionNames = names(*fusion);
        for (const char *name : {"patch_embed.proj.weight", "text_embed.weight", "newline_embed", "image_end_embed",
                                 "pos_embed.weight", "layers.1.attn.out_proj.bias", "norm.bias"})
            QVERIFY2(fusionNames.count(name), name);
        // One channel: a 4 x 4 patch of grey pixels.
        QCOMPARE(fusion->module().named_parameters()["patch_embed.proj.weight"].size(1), int64_t(16));
    }
};

QTEST_APPLESS_MAIN(TestVlmModels)
#include "tst_vlm_models.moc"
