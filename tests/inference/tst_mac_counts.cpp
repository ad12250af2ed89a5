// Multiply-accumulate counters against counts worked out by hand for tiny models.
#include "generation.h"
#include "line_images.h"
#include "model_fixtures.h"
#include "vlmwb/tokenizer.h"

#include <QtTest>

using namespace vlmwb::inference;
using vlmwb::inference::testing::stripes;
using vlmwb::inference::testing::tinyConfig;

namespace {

// One layer everywhere, width 16, FFN x2, 2 x 2 patches (input height 8, patch 4), vocab 262.
ModelConfig handConfig(const std::string &pattern)
{
    ModelConfig config = tinyConfig(pattern);
    config.vision = {16, 1, 2, 2, {}};
    config.decoder = {16, 1, 2, 2, 64, 1};
    config.resampler = {3, 1, 2};
    config.connector.kind = "linear";
    return config;
}

ImageBatch twoByTwoPatches(const ModelConfig &config)
{
    static ScaledLine line; // 8 x 8 pixels: 2 rows x 2 columns of patches
    line = scaleLine(LineImage{8, 8, stripes(8, 8, 0)}, config);
    return batchLines({&line}, torch::kCPU, torch::kFloat);
}

// A self-attention layer of width d over n new tokens that see k keys in all:
// q, k, v projections of the new tokens (3 n d^2), scores and weighted sum (2 n k d), out_proj (n d^2).
std::uint64_t attention(std::uint64_t n, std::uint64_t k, std::uint64_t d) { return 4 * n * d * d + 2 * n * k * d; }

} // namespace

class TestMacCounts : public QObject
{
    Q_OBJECT
private slots:
    void projectionPattern()
    {
        const ModelConfig config = handConfig("projection");
        auto model = createModel(config, 1);
        torch::NoGradGuard noGrad;
        RunContext context;
        const ImageBatch batch = twoByTwoPatches(config);
        DecoderState state = model->startDecoding(model->encodeImages(batch, context));
        // Vision: 4 patches of 16 pixels -> 16 (1024); attention over 4 tokens; FFN 16 -> 32 -> 16.
        QCOMPARE(context.macs.visionEncoder, 4u * 16 * 16 + attention(4, 4, 16) + 4u * (16 * 32 + 32 * 16));
        QCOMPARE(context.macs.connector, 4u * 16 * 16); // linear 16 -> 16 per visual token
        // First call: 4 visual tokens + BOS = 5 tokens; the head only runs on the text position.
        model->decode(state, torch::tensor({int64_t(token::Bos)}).view({1, 1}), context);
        QCOMPARE(context.macs.decoderAttention, attention(5, 5, 16));
        QCOMPARE(context.macs.decoderFfn, 5u * (16 * 32 + 32 * 16));
        QCOMPARE(context.macs.lmHead, 1u * 16 * 262);
        // One cached step: one new token over 6 keys.
        model->decode(state, torch::tensor({int64_t('a')}).view({1, 1}), context);
        QCOMPARE(context.macs.decoderAttention, attention(5, 5, 16) + attention(1, 6, 16));
        QCOMPARE(context.macs.decoderFfn, 6u * (16 * 32 + 32 * 16));
        QCOMPARE(context.macs.lmHead, 2u * 16 * 262);
        QCOMPARE(context.macs.crossAttention, 0u);
    }

    void crossAttentionPattern()
    {
        const ModelConfig config = handConfig("cross_attention");
        auto model = createModel(config, 1);
        torch::NoGradGuard noGrad;
        RunContext context;
        const ImageBatch batch = twoByTwoPatches(config);
        DecoderState state = model->startDecoding(model->encodeImages(batch, context));
        // Resampler, 3 latents over 4 visual tokens: cross (q: 3 d^2, k/v: 2 * 4 d^2, scores 2*3*4*d,
        // out 3 d^2), self over 3 latents, FFN 16 -> 64 -> 16 (the reference fixes x4).
        const std::uint64_t cross = 3u * 256 + 2u * 4 * 256 + 2u * 3 * 4 * 16 + 3u * 256;
        QCOMPARE(context.macs.connector, cross + attention(3, 3, 16) + 3u * (16 * 64 + 64 * 16));
        model->decode(state, torch::tensor({int64_t(token::Bos), int64_t('o')}).view({1, 2}), context);
        QCOMPARE(context.macs.decoderAttention, attention(2, 2, 16));
        // Gated block: queries 2 d^2, keys/values of the 3 latents 2 * 3 d^2, scores 2*2*3*d, out 2 d^2.
        const std::uint64_t gated = 2u * 256 + 2u * 3 * 256 + 2u * 2 * 3 * 16 + 2u * 256;
        QCOMPARE(context.macs.crossAttention, gated);
        // Next step: the latents' keys and values are cached, only the new query is projected.
        model->decode(state, torch::tensor({int64_t('k')}).view({1, 1}), context);
        QCOMPARE(context.macs.crossAttention, gated + 256u + 2u * 1 * 3 * 16 + 256u);
        QCOMPARE(context.macs.lmHead, 3u * 16 * 262);
    }

    void crossAttentionPatternWithNarrowerVision()
    {
        // A 16-wide encoder under a 24-wide decoder: resampler_input maps each of the 4 visual tokens
        // 16 -> 24 (4 * 16 * 24), then the resampler works as above at width 24.
        ModelConfig config = handConfig("cross_attention");
        config.decoder = {24, 1, 2, 2, 64, 1};
        auto model = createModel(config, 1);
        torch::NoGradGuard noGrad;
        RunContext context;
        const ImageBatch batch = twoByTwoPatches(config);
        const VisualMemory memory = model->encodeImages(batch, context);
        QCOMPARE(memory.tokens.size(2), int64_t(24));
        QCOMPARE(context.macs.visionEncoder, 4u * 16 * 16 + attention(4, 4, 16) + 4u * (16 * 32 + 32 * 16));
        const std::uint64_t d = 24;
        const std::uint64_t cross = 3u * d * d + 2u * 4 * d * d + 2u * 3 * 4 * d + 3u * d * d;
        QCOMPARE(context.macs.connector, 4u * 16 * 24 + cross + attention(3, 3, d) + 3u * (d * 4 * d + 4 * d * d));
    }

    void earlyFusionPattern()
    {
        const ModelConfig config = handConfig("early_fusion");
        auto model = createModel(config, 1);
        torch::NoGradGuard noGrad;
        RunContext context;
        const ImageBatch batch = twoByTwoPatches(config);
        DecoderState state = model->startDecoding(model->encodeImages(batch, context));
        QCOMPARE(context.macs.visionEncoder, 4u * 16 * 16); // patch embedding only
        // [p p nl p p nl end] BOS = 8 tokens.
        model->decode(state, torch::tensor({int64_t(token::Bos)}).view({1, 1}), context);
        QCOMPARE(context.macs.decoderAttention, attention(8, 8, 16));
        QCOMPARE(context.macs.decoderFfn, 8u * (16 * 32 + 32 * 16));
        QCOMPARE(context.macs.total(), 4u * 16 * 16 + attention(8, 8, 16) + 8u * (16 * 32 + 32 * 16) + 16u * 262);
    }
};

QTEST_APPLESS_MAIN(TestMacCounts)
#include "tst_mac_counts.moc"
