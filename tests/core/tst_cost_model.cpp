// The cost model against numbers worked out by hand (the arithmetic is in the comments) and against
// totals published by the model authors. Nothing here is copied from the estimator's output.
#include "core/cost_estimator.h"
#include "core/cost_presets.h"
#include "core/cost_report.h"
#include "core/model_config_architecture.h"
#include "core/roofline.h"
#include "core/visual_tokens.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace vlmwb::core;

namespace {

ModelArchitecture preset(const QString &name)
{
    const std::optional<ModelArchitecture> model = findModelPreset(name);
    if (!model)
        qFatal("no preset %s", qPrintable(name));
    return *model;
}

// A model folder holding only config.json with `json`.
bool writeConfig(const QTemporaryDir &directory, const char *json)
{
    QFile file(directory.filePath("config.json"));
    return directory.isValid() && file.open(QIODevice::WriteOnly) && file.write(json) > 0;
}

EstimateInput image(int width, int height, int promptTokens = 0, int outputTokens = 0)
{
    EstimateInput input;
    input.width = width;
    input.height = height;
    input.promptTokens = promptTokens;
    input.outputTokens = outputTokens;
    return input;
}

// dim 8, 1 layer, 2 heads (head_dim 4), FFN 32 (ff_mult 4, not gated), vocab 10, causal.
ModelArchitecture tinyDecoderModel()
{
    ModelArchitecture model;
    model.name = "tiny";
    model.pattern = VlmPattern::EarlyFusion;
    model.geometry.kind = GeometryKind::FitAndPad;
    model.geometry.patchSize = 4;
    model.geometry.channels = 1;
    model.geometry.targetWidth = 1000;
    model.geometry.targetHeight = 1000;
    model.decoder.stack.dim = 8;
    model.decoder.stack.layers = 1;
    model.decoder.stack.heads = 2;
    model.decoder.stack.intermediate = 32;
    model.decoder.vocab = 10;
    model.decoder.contextLength = 64;
    return model;
}

} // namespace

class TestCostModel : public QObject
{
    Q_OBJECT
private slots:
    void llava15TokensAreTheFixedGrid()
    {
        // CLIP ViT-L/14 at 336 px: 336 / 14 = 24 patches a side, 24^2 = 576 tokens (the CLS token
        // runs through the tower but is dropped before the LLM), whatever the page size.
        for (const QSize size : {QSize(336, 336), QSize(2480, 3508), QSize(100, 40)}) {
            const CostEstimate estimate = estimateCost(preset("llava-1.5-7b"), image(size.width(), size.height()));
            QCOMPARE(estimate.visual.inSequence, qint64(576));
            QCOMPARE(estimate.visual.encoderTokensPerImage, qint64(577));
        }
    }

    void videoFramesMultiplyThePerFrameTokens()
    {
        // Course text: LLaVA-NeXT-Video, 8 frames x 576 = 4,608 visual tokens. That is the count
        // without pooling (LLaVA-1.5's 576 per frame):
        EstimateInput input = image(336, 336);
        input.frames = 8;
        QCOMPARE(estimateCost(preset("llava-1.5-7b"), input).visual.inSequence, qint64(8 * 576));
        // LLaVA-NeXT-Video-7B itself average-pools each 24 x 24 frame grid by 2: 12 x 12 = 144 per
        // frame, so 8 frames are 8 x 144 = 1,152 tokens, not 4,608 - the text's figure is a quarter
        // of the way off for the model it names.
        const CostEstimate video = estimateCost(preset("llava-next-video-7b"), input);
        QCOMPARE(video.visual.perFrame, qint64(144));
        QCOMPARE(video.visual.inSequence, qint64(1152));
        // Frames in a 4,096 context with 64 prompt + 64 output tokens: (4096 - 128) / 144 = 27.
        input.frames = 27;
        input.promptTokens = 64;
        input.outputTokens = 64;
        QVERIFY(estimateCost(preset("llava-next-video-7b"), input).sequenceLength <= 4096);
        input.frames = 28;
        QVERIFY(estimateCost(preset("llava-next-video-7b"), input).sequenceLength > 4096);
        QCOMPARE(maxFramesFitting(preset("llava-next-video-7b"), input, 0), 27);
        // Unpooled 576-token frames: (4096 - 128) / 576 = 6.9 -> 6.
        QCOMPARE(maxFramesFitting(preset("llava-1.5-7b"), input, 0), 6);
        // A memory bound below the weights admits no frame at all.
        QCOMPARE(maxFramesFitting(preset("llava-1.5-7b"), input, qint64(1) << 30), 0);
    }

    void fuyuPatchesPlusOneNewlinePerRow()
    {
        // 1920 x 1080 fits Fuyu's 1920 x 1080 box unchanged: 1080 / 30 = 36 rows, 1920 / 30 = 64
        // columns, 36 x 64 = 2,304 patches + 36 |NEWLINE| tokens = 2,340.
        const CostEstimate full = estimateCost(preset("fuyu-8b"), image(1920, 1080));
        QCOMPARE(full.visual.gridRows, 36);
        QCOMPARE(full.visual.gridColumns, 64);
        QCOMPARE(full.visual.newlineTokens, qint64(36));
        QCOMPARE(full.visual.inSequence, qint64(2340));
        // An A4 page at 300 dpi (2480 x 3508) shrinks by min(1080/3508, 1920/2480) = 0.30787 to
        // 763 x 1080; ceil(763/30) = 26 columns, 36 rows: 936 patches + 36 newlines = 972.
        const CostEstimate page = estimateCost(preset("fuyu-8b"), image(2480, 3508));
        QCOMPARE(page.visual.resizedWidth, 763);
        QCOMPARE(page.visual.inSequence, qint64(972));
        // A small image is not enlarged: 100 x 45 -> ceil(100/30) = 4 x ceil(45/30) = 2 -> 8 + 2 = 10.
        QCOMPARE(estimateCost(preset("fuyu-8b"), image(100, 45)).visual.inSequence, qint64(10));
    }

    void queryAndLatentModelsHaveFixedCounts()
    {
        // BLIP-2: 32 Q-Former queries, prefixed to the text, at any resolution.
        QCOMPARE(estimateCost(preset("blip2-opt-2.7b"), image(2480, 3508)).visual.inSequence, qint64(32));
        // IDEFICS: 64 perceiver latents, read through cross-attention, none in the sequence.
        const CostEstimate idefics = estimateCost(preset("idefics-9b"), image(2480, 3508, 20, 1));
        QCOMPARE(idefics.visual.crossAttended, qint64(64));
        QCOMPARE(idefics.visual.inSequence, qint64(0));
        QCOMPARE(idefics.prefillLength, qint64(20));
    }

    void qwen2VlSmartResize()
    {
        // factor = 14 x 2 = 28. 1920 x 1080: round(1080/28) = round(38.57) = 39 -> 1092,
        // round(1920/28) = round(68.57) = 69 -> 1932; 1092 x 1932 = 2,109,744 px within
        // [3136, 12845056]. Grid 78 x 138 patches, merged 2 x 2: 39 x 69 = 2,691 tokens.
        QCOMPARE(qwen2SmartResize(1920, 1080, 28, 3136, 12845056), QSize(1932, 1092));
        QCOMPARE(estimateCost(preset("qwen2-vl-7b"), image(1920, 1080)).visual.inSequence, qint64(2691));
        // Python's round is half-to-even: 42 / 28 = 1.5 -> 2, 70 / 28 = 2.5 -> 2 (not 3).
        QCOMPARE(qwen2SmartResize(70, 42, 28, 0, 1 << 30), QSize(56, 56));
        // Above max_pixels = 1280 x 28 x 28 = 1,003,520 (the model card's setting): 2480 x 3508 has
        // beta = sqrt(2480 x 3508 / 1003520) = 2.9444; floor(3508 / 2.9444 / 28) = 42 -> 1176,
        // floor(2480 / 2.9444 / 28) = 30 -> 840; 1176 x 840 = 987,840 <= 1,003,520.
        QCOMPARE(qwen2SmartResize(2480, 3508, 28, 3136, 1003520), QSize(840, 1176));
        // Below min_pixels 3136 (56 x 56): 20 x 20 scales by sqrt(3136/400) = 2.8 to 56 x 56.
        QCOMPARE(qwen2SmartResize(20, 20, 28, 3136, 12845056), QSize(56, 56));
    }

    void llavaNextAnyResolution()
    {
        // 672 x 672 picks the 672 x 672 pinpoint: 2 x 2 tiles of 24 x 24 -> 48 x 48 = 2,304
        // features, no unpadding, 48 newlines, + the 576-token base image = 2,928.
        QCOMPARE(estimateCost(preset("llava-next-7b"), image(672, 672)).visual.inSequence, qint64(2928));
        // 1000 x 500 (2:1) fits 672 x 336 with nothing wasted: 1 x 2 tiles -> 24 x 48 = 1,152
        // features, 24 newlines, + 576 = 1,752; the tower runs on 2 tiles + the base = 3 images.
        const CostEstimate wide = estimateCost(preset("llava-next-7b"), image(1000, 500));
        QCOMPARE(wide.visual.inSequence, qint64(1752));
        QCOMPARE(wide.visual.encoderImages, qint64(3));
        // 1000 x 600: 672 x 672 keeps 672 x 403 = 270,816 px, more than any other pinpoint. Grid
        // 48 x 48; the image is wider (1.667 > 1) so rows are unpadded: new height =
        // int(600 x 48 / 1000) = 28, padding (48 - 28) / 2 = 10 per side -> 28 x 48 = 1,344
        // features + 28 newlines + 576 = 1,948.
        QCOMPARE(llavaNextBestResolution(1000, 600, preset("llava-next-7b").geometry.gridPinpoints), QSize(672, 672));
        QCOMPARE(estimateCost(preset("llava-next-7b"), image(1000, 600)).visual.inSequence, qint64(1948));
    }

    void kvCacheOfATinyDecoder()
    {
        // 2 (K, V) x 1 layer x 2 kv heads x head_dim 4 x 10 tokens x 2 bytes (fp16) = 320 bytes.
        const ModelArchitecture model = tinyDecoderModel();
        QCOMPARE(kvCacheBytes(model.decoder, 10, 1, NumericType::Fp16), qint64(320));
        // fp32, batch 3: 2 x 1 x 2 x 4 x 10 x 3 x 4 = 1,920.
        QCOMPARE(kvCacheBytes(model.decoder, 10, 3, NumericType::Fp32), qint64(1920));
        // Grouped-query attention: Qwen2-VL-7B keeps 4 KV heads of 128 for 28 layers:
        // 2 x 28 x 4 x 128 x 2 bytes = 57,344 bytes per token; 1,000 tokens = 57,344,000.
        QCOMPARE(kvCacheBytes(preset("qwen2-vl-7b").decoder, 1000, 1, NumericType::Fp16), qint64(57'344'000));
    }

    void tinyDecoderMacsByHand()
    {
        // Early fusion with a 4 x 4 grey patch per token: an 8 x 4 image is 2 x 1 patches = 2
        // tokens + 1 newline (one patch row) ... newline off here, so 2 visual + 2 prompt = 4.
        ModelArchitecture model = tinyDecoderModel();
        const CostEstimate estimate = estimateCost(model, image(8, 4, 2, 3));
        QCOMPARE(estimate.prefillLength, qint64(4));
        // Patch embedding: 2 patches x 16 values x 8 = 256.
        QCOMPARE(estimate.prefill.visionEncoder, qint64(256));
        // Prefill, 4 tokens: q, k, v, o = 4 x 4 x 8 x 8 = 1,024; causal pairs 4 x 5 / 2 = 10,
        // QK^T + AV = 2 x 2 heads x 4 x 10 = 160 -> 1,184. FFN 4 x 2 x 8 x 32 = 2,048.
        // LM head on the last position: 8 x 10 = 80.
        QCOMPARE(estimate.prefill.decoderAttention, qint64(1184));
        QCOMPARE(estimate.prefill.decoderFfn, qint64(2048));
        QCOMPARE(estimate.prefill.lmHead, qint64(80));
        // Decode: 3 outputs, the first from the prefill, then 2 steps over 5 and 6 keys (11):
        // projections 2 x 256 = 512, scores 2 x 2 x 4 x 11 = 176 -> 688; FFN 2 x 512 = 1,024;
        // LM head 2 x 80 = 160.
        QCOMPARE(estimate.decode.decoderAttention, qint64(688));
        QCOMPARE(estimate.decode.decoderFfn, qint64(1024));
        QCOMPARE(estimate.decode.lmHead, qint64(160));
        // Batch 2 doubles every count.
        EstimateInput batch = image(8, 4, 2, 3);
        batch.batch = 2;
        QCOMPARE(estimateCost(model, batch).prefill.total(), 2 * estimate.prefill.total());
        // The prefix mask (2 image tokens see each other, 2 text tokens see both and the text
        // before): 2^2 + 2 x 2 + 2 x 3 / 2 = 11 pairs instead of 10 -> 2 x 2 x 4 more = 1,200.
        model.decoder.mask = AttentionMask::PrefixVisual;
        QCOMPARE(estimateCost(model, image(8, 4, 2, 3)).prefill.decoderAttention, qint64(1024 + 2 * 2 * 4 * 11));
        // An eager implementation that computes the whole square: 16 pairs.
        model.decoder.computesMaskedScores = true;
        QCOMPARE(estimateCost(model, image(8, 4, 2, 3)).prefill.decoderAttention, qint64(1024 + 2 * 2 * 4 * 16));
    }

    void clipLargeTowerMacs()
    {
        // One 336-px image, 577 tokens, per layer: q, k, v, o 577 x 4 x 1024^2 = 2,420,113,408;
        // QK^T + AV 2 x 16 x 64 x 577^2 = 681,838,592; MLP 577 x 2 x 1024 x 4096 = 4,840,226,816;
        // sum 7,942,178,816 x 24 layers = 190,612,291,584, + patch embedding 576 x 588 x 1024 =
        // 346,816,512 -> 190,959,108,096 MACs. Projector: 576 x (1024 x 4096 + 4096 x 4096) =
        // 576 x 20,971,520 = 12,079,595,520.
        const CostEstimate estimate = estimateCost(preset("llava-1.5-7b"), image(336, 336, 0, 1));
        QCOMPARE(estimate.prefill.visionEncoder, qint64(190'959'108'096));
        QCOMPARE(estimate.prefill.connector, qint64(12'079'595'520));
    }

    void parameterCountsMatchPublishedTotals()
    {
        // LLaMA-2-7B / Vicuna-7B: embeddings 32000 x 4096 = 131,072,000, twice (untied head);
        // per layer 4 x 4096^2 + 3 x 4096 x 11008 + 2 x 4096 (RMSNorm) = 202,383,360, x 32 =
        // 6,476,267,520; final norm 4,096 -> 6,738,415,616 (Meta's published count).
        const ParameterCounts llava = countParameters(preset("llava-1.5-7b"));
        QCOMPARE(llava.decoderLinear + llava.decoderOther, qint64(6'738'415'616));
        // Qwen3-30B-A3B, published as 30.5B total, 3.3B activated: embeddings 2 x 151936 x 2048 =
        // 622,329,856; per layer attention 2048 x 4096 x 2 + 2 x 2048 x 512 = 18,874,368, experts
        // 128 x 3 x 2048 x 768 = 603,979,776, router 262,144, norms 4,096; x 48 + 2,048 ->
        // 30,532,110,336 (the q/k head norms, 12,288 in all, are left out). Active: 120 idle
        // experts x 4,718,592 x 48 = 27,179,089,920 fewer -> 3,353,020,416.
        const ParameterCounts moe = countParameters(preset("llava-qwen3-30b-a3b"));
        QCOMPARE(moe.decoderLinear + moe.decoderOther, qint64(30'532'110'336));
        QCOMPARE(moe.decoderActive, qint64(3'353'020'416));
        // Only the active experts are in the FLOPs: one token's FFN is 8 x 4,718,592 + 262,144
        // router MACs per layer.
        EstimateInput input = image(336, 336, 1, 1);
        const CostEstimate estimate = estimateCost(preset("llava-qwen3-30b-a3b"), input);
        QCOMPARE(estimate.prefill.decoderFfn, qint64(577) * 48 * (8 * 4'718'592 + 262'144));
    }

    void numberTypesAndQuantizedWeights()
    {
        QCOMPARE(bytesOf(7, NumericType::Int4), qint64(4)); // 3.5 bytes rounded up
        QCOMPARE(bytesOf(7, NumericType::Int8), qint64(7));
        QCOMPARE(bytesOf(7, NumericType::Bf16), qint64(14));
        QCOMPARE(bytesOf(7, NumericType::Fp32), qint64(28));
        // Vicuna-7B in 4 bits: the 32 x (4 x 4096^2 + 3 x 4096 x 11008) = 6,476,005,376 matrix
        // weights take half a byte, embeddings, head and norms (262,410,240) stay 2 bytes:
        // 3,238,002,688 + 524,820,480 = 3,762,823,168 bytes for the decoder.
        const ModelArchitecture model = preset("llava-1.5-7b");
        const ParameterCounts parameters = countParameters(model);
        QCOMPARE(parameters.decoderLinear, qint64(6'476'005'376));
        EstimateInput input = image(336, 336);
        input.decoderWeightsSet = true;
        input.decoderWeights = NumericType::Int4;
        const qint64 side = 2 * (parameters.vision + parameters.connector);
        QCOMPARE(estimateCost(model, input).memory.weights, side + qint64(3'762'823'168));
    }

    void crossAttentionImageKvIsComputedOnce()
    {
        // IDEFICS-9B: 8 cross blocks (32 layers / 4) read 64 latents of width 1280 into 32 x 128:
        // K/V projections 8 x 2 x 64 x 1280 x 4096 MACs once in the prefill; the cache holds
        // 2 x 8 x 4096 x 64 x 2 bytes = 8,388,608 bytes of image K/V.
        const CostEstimate one = estimateCost(preset("idefics-9b"), image(224, 224, 10, 1));
        const CostEstimate many = estimateCost(preset("idefics-9b"), image(224, 224, 10, 50));
        QCOMPARE(one.memory.crossAttentionKv, qint64(8'388'608));
        QCOMPARE(many.memory.crossAttentionKv, qint64(8'388'608));
        QCOMPARE(many.prefill.crossAttention, one.prefill.crossAttention);
        // A decode step re-projects nothing: q and o 2 x 4096^2, scores 2 x 32 x 128 x 64, SwiGLU
        // 3 x 4096 x 11008, per block; x 8 blocks x 49 steps.
        const qint64 perStep = 2LL * 4096 * 4096 + 2LL * 32 * 128 * 64 + 3LL * 4096 * 11008;
        QCOMPARE(many.decode.crossAttention, 8 * 49 * perStep);
    }

    void trainingMemoryFollowsTheRecipe()
    {
        // Tiny decoder, batch 1, 4 text tokens, full fine-tune in bf16 without checkpointing.
        // Korthikanti et al. keep s b h (34 + 5 a s / h) bytes per layer.
        ModelArchitecture model = tinyDecoderModel();
        TrainingRecipe recipe;
        recipe.textTokens = 4;
        recipe.quantizedDecoder = false;
        recipe.loraRank = 0;
        recipe.gradientCheckpointing = false;
        // A 4 x 4 image: 1 patch token.
        TrainingMemory memory = estimateTrainingMemory(model, 4, 4, recipe);
        QCOMPARE(memory.sequenceLength, qint64(5));
        // s = 5: 5 x 8 x 34 + 5 x 2 x 25 = 1,360 + 250 = 1,610.
        QCOMPARE(memory.activations, qint64(1610));
        // Parameters: decoder 8x8x4 + 2x8x32 = 768 matrices, embeddings 2 x 10 x 8 = 160, layer
        // norms 2 x 2 x 8 = 32, final norm 16 -> 976; every one trained: gradients 4 bytes,
        // AdamW 8 bytes each.
        QCOMPARE(memory.trainableParameters, qint64(976)); // the patch embedding is not trained
        QCOMPARE(memory.gradients, qint64(4 * 976));
        QCOMPARE(memory.optimizerStates, qint64(8 * 976));
        // Checkpointing keeps each layer's 2 s b h-byte input plus one layer: 80 + 1,610.
        recipe.gradientCheckpointing = true;
        QCOMPARE(estimateTrainingMemory(model, 4, 4, recipe).activations, qint64(2 * 5 * 8 + 1610));
        // Logits in fp32: 5 positions x 10 x 4 bytes.
        QCOMPARE(memory.logits, qint64(200));
    }

    void tierTableVerdicts()
    {
        // The text's tier figures are for fine-tuning: a 4-bit 7B decoder needs ~3.8 GB of weights
        // (above), CLIP-L ~0.6 GB and a 1,344-token fp16 cache 2 x 32 x 4096 x 1344 x 2 =
        // 704,643,072 bytes, so T4 inference is ~5-6 GB, far under 14 GB.
        const TierVerdict t4 = judgeTier(tierClaims().at(0));
        QVERIFY(t4.fitsInference);
        QVERIFY(t4.inferenceBytes > qint64(5e9) && t4.inferenceBytes < qint64(6.5e9));
        QVERIFY(t4.fitsTraining);
        // Every tier fits its GPU for inference; the claims are upper bounds.
        for (const TierClaim &claim : tierClaims()) {
            const TierVerdict verdict = judgeTier(claim);
            QVERIFY2(verdict.fitsInference, qPrintable(verdict.verdict));
            QVERIFY2(verdict.inferenceBytes < qint64(claim.claimedGigabytes * 1e9), qPrintable(verdict.verdict));
        }
    }

    void patternConversionComparesLikeForLike()
    {
        const ModelArchitecture base = preset("llava-1.5-7b");
        const ModelArchitecture cross = withPattern(base, VlmPattern::CrossAttention);
        const ModelArchitecture early = withPattern(base, VlmPattern::EarlyFusion);
        const EstimateInput input = image(1920, 1080);
        QCOMPARE(estimateCost(cross, input).visual.crossAttended, qint64(64));
        QCOMPARE(estimateCost(early, input).visual.inSequence, qint64(2340)); // Fuyu's rule, as above
        QCOMPARE(countParameters(early).vision, qint64(30 * 30 * 3 * 4096 + 4096));
        // Any-resolution tiles under cross-attention: each of the 3 tower passes of a 1000 x 500
        // image (2 tiles + base) is resampled to 64 latents: 192, no newlines.
        const CostEstimate tiled =
            estimateCost(withPattern(preset("llava-next-7b"), VlmPattern::CrossAttention), image(1000, 500));
        QCOMPARE(tiled.visual.crossAttended, qint64(3 * 64));
        QCOMPARE(tiled.visual.newlineTokens, qint64(0));
    }

    void rooflineOfADecodeStepIsBandwidthBound()
    {
        // LLaVA-1.5-7B fp16, one 336-px image + 1 prompt token = 577, 2 outputs: the one decode
        // step reads the decoder's 2 x 6,738,415,616 = 13,476,831,232 weight bytes and on average
        // 577.5 tokens of cache at 2 x 32 x 4096 x 2 = 524,288 bytes each (302,776,320): at
        // 3.35 TB/s, 13,779,607,552 / 3.35e12 = 4.113 ms; its ~6.7 GMACs would take 13.6 us at
        // 989.5 TFLOP/s, so the step is memory-bound.
        const EstimateInput input = image(336, 336, 1, 2);
        const CostEstimate estimate = estimateCost(preset("llava-1.5-7b"), input);
        const RooflineTime time = rooflineTime(estimate, input, *findGpuDevice("h100"));
        QVERIFY(!time.decodeComputeBound);
        QVERIFY(qAbs(time.decodeSeconds - 13'779'607'552.0 / 3.35e12) < 1e-9);
        // The prefill: 577 x 6,476,005,376 decoder matrix MACs = 3.737e12, + causal scores
        // 32 x 2 x 32 x 128 x (577 x 578 / 2) = 4.37e10, + tower 1.91e11 + projector 1.2e10 ->
        // ~3.98e12 MACs = 7.97e12 FLOPs; at 65 TFLOP/s (T4 fp16) 0.1226 s, more than its
        // ~14.4 GB / 320 GB/s = 0.045 s of reads, so compute-bound.
        const RooflineTime t4 = rooflineTime(estimate, input, *findGpuDevice("t4"));
        QVERIFY(t4.prefillComputeBound);
        QVERIFY2(t4.prefillSeconds > 0.120 && t4.prefillSeconds < 0.125, qPrintable(QString::number(t4.prefillSeconds)));
    }

    void workbenchModelFolders()
    {
        QTemporaryDir directory;
        QVERIFY(writeConfig(directory, R"({"format": "vlmwb-model", "version": 1, "pattern": "early_fusion",
            "input_height": 32, "patch_size": 8, "max_image_width": 512,
            "tokenizer": "bytes-v1", "vocab_size": 262,
            "decoder": {"dim": 64, "layers": 2, "heads": 4, "ff_mult": 4, "max_positions": 512},
            "early_fusion": {"mask": "prefix"}})"));
        QString error;
        const std::optional<ModelArchitecture> model = loadModelArchitecture(directory.path(), &error);
        QVERIFY2(model, qPrintable(error));
        // A 400 x 50 crop scales to 32 px high and lround(400 x 32 / 50) = 256 wide: 4 rows x 32
        // columns, a newline after each row and an image end: 4 x 33 + 1 = 133.
        QCOMPARE(estimateCost(*model, image(400, 50)).visual.inSequence, qint64(133));
        // A 2000 x 20 crop would be 3,200 wide, capped at 512: 4 x 65 + 1 = 261.
        QCOMPARE(estimateCost(*model, image(2000, 20)).visual.inSequence, qint64(261));
        // Our decoder computes the whole masked square: (133 + 3)^2 pairs, 2 layers, 4 heads x 16.
        const CostEstimate estimate = estimateCost(*model, image(400, 50, 3, 1));
        const qint64 projections = 136LL * 4 * 64 * 64;
        QCOMPARE(estimate.prefill.decoderAttention, 2 * (projections + 2LL * 4 * 16 * 136 * 136));
        // The engine's prefill computes logits for all 3 prompt positions: 3 x 64 x 262.
        QCOMPARE(estimate.prefill.lmHead, qint64(3 * 64 * 262));
        // Patch embedding of one grey 8 x 8 patch per token: 4 x 32 patches x 64 x 64.
        QCOMPARE(estimate.prefill.visionEncoder, qint64(4 * 32 * 64 * 64));

        QVERIFY(!loadModelArchitecture(directory.filePath("missing"), &error));
        QVERIFY2(error.contains("missing/config.json"), qPrintable(error));
    }

    void earlyFusionCtcHeadReadsTheDecoderWidth()
    {
        QTemporaryDir directory;
        QVERIFY(writeConfig(directory, R"({"format": "vlmwb-model", "version": 1, "pattern": "early_fusion",
            "input_height": 32, "patch_size": 16, "max_image_width": 768,
            "tokenizer": "bytes-v1", "vocab_size": 262,
            "decoder": {"dim": 160, "layers": 4, "heads": 4, "ff_mult": 4, "max_positions": 384},
            "early_fusion": {"mask": "prefix", "ctc_head": {"vocab": "chars", "size": 700}}})"));
        QString error;
        const std::optional<ModelArchitecture> model = loadModelArchitecture(directory.path(), &error);
        QVERIFY2(model, qPrintable(error));
        // Patch embedding 16 x 16 grey pixels -> 160 (+ bias), then the head 160 -> 700 (+ bias).
        QCOMPARE(countParameters(*model).vision, qint64(16 * 16 * 160 + 160) + qint64(160 * 700 + 700));
    }

    void cpuMeasurementIsPlausible()
    {
        const DeviceProfile cpu = measureCpuRoofline();
        QVERIFY(cpu.fp32 > 1e8 && cpu.fp32 < 1e13);
        QVERIFY(cpu.bandwidth > 1e8 && cpu.bandwidth < 1e12);
    }
};

QTEST_GUILESS_MAIN(TestCostModel)
#include "tst_cost_model.moc"
