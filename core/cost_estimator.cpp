#include "core/cost_estimator.h"

#include "core/visual_tokens.h"

#include <QCoreApplication>

#include <algorithm>

namespace vlmwb::core {

namespace {

// Holds this file's tr(): lupdate files its strings under the context named here, the one
// QCoreApplication::translate() looks them up in at run time.
class CostEstimatorText
{
    Q_DECLARE_TR_FUNCTIONS(vlmwb::core::CostEstimator)
};

qint64 ffnMatrices(const TransformerShape &shape)
{
    return shape.gatedFfn ? 3 : 2;
}

// Experts one token runs through: 1 for a dense FFN.
qint64 activeExperts(const TransformerShape &shape)
{
    return shape.experts > 0 ? std::max(shape.activeExperts, 1) : 1;
}

// q, k, v, o projection matrices of one layer whose keys and values come from `keyInputDim`-wide tokens.
qint64 attentionMatrixParameters(const TransformerShape &shape, qint64 keyInputDim)
{
    const qint64 dim = shape.dim;
    return dim * shape.queryWidth() + 2 * keyInputDim * shape.kvWidth() + qint64(shape.queryWidth()) * dim;
}

qint64 ffnMatrixParameters(const TransformerShape &shape, qint64 experts)
{
    const qint64 router = shape.experts > 0 ? qint64(shape.dim) * shape.experts : 0;
    return ffnMatrices(shape) * shape.dim * shape.intermediate * experts + router;
}

qint64 layerBiasParameters(const TransformerShape &shape, bool withFfn)
{
    const qint64 qkv = shape.queryWidth() + 2 * qint64(shape.kvWidth());
    if (shape.linearBias) {
        const qint64 experts = std::max(shape.experts, 1);
        const qint64 ffn = withFfn ? ((shape.gatedFfn ? 2 : 1) * qint64(shape.intermediate) + shape.dim) * experts : 0;
        return qkv + shape.dim + ffn;
    }
    return shape.qkvBias ? qkv : 0;
}

qint64 layerNormParameters(const TransformerShape &shape)
{
    return 2 * qint64(shape.dim) * shape.normParameters;
}

// MACs of the q, k, v, o projections for `tokens` tokens of one layer.
qint64 projectionMacs(const TransformerShape &shape, qint64 tokens)
{
    return tokens * attentionMatrixParameters(shape, shape.dim);
}

// QK^T and attention x V over `pairs` (query, key) pairs, all heads.
qint64 scoreMacs(const TransformerShape &shape, qint64 pairs)
{
    return 2 * qint64(shape.heads) * shape.effectiveHeadDim() * pairs;
}

qint64 ffnMacs(const TransformerShape &shape, qint64 tokens)
{
    const qint64 router = shape.experts > 0 ? qint64(shape.dim) * shape.experts : 0;
    return tokens * (ffnMatrices(shape) * shape.dim * shape.intermediate * activeExperts(shape) + router);
}

// A full-attention (bidirectional) encoder over `tokens` tokens: all layers.
qint64 encoderMacs(const TransformerShape &shape, qint64 tokens)
{
    return qint64(shape.layers) * (projectionMacs(shape, tokens) + scoreMacs(shape, tokens * tokens) + ffnMacs(shape, tokens));
}

// A conv stem's weights and biases: 3x3 kernels from the image channels through every stage.
qint64 convStemParameters(const VisualGeometry &geometry)
{
    qint64 parameters = 0;
    qint64 input = geometry.channels;
    for (const int output : geometry.convStemChannels) {
        parameters += 9 * input * output + output;
        parameters += geometry.convStemResidual * (9 * qint64(output) * output + output);
        input = output;
    }
    return parameters;
}

// Per patch: stage k (1-based) of a stride-2 stem has (patchSize / 2^k)^2 outputs in each patch.
qint64 convStemMacsPerPatch(const VisualGeometry &geometry)
{
    qint64 macs = 0;
    qint64 input = geometry.channels;
    qint64 side = geometry.patchSize;
    for (const int output : geometry.convStemChannels) {
        side /= 2;
        macs += side * side * 9 * input * output;
        macs += geometry.convStemResidual * side * side * 9 * qint64(output) * output;
        input = output;
    }
    return macs;
}

qint64 patchEmbeddingParameters(const ModelArchitecture &model, qint64 width)
{
    const VisualGeometry &geometry = model.geometry;
    if (!geometry.convStemChannels.isEmpty())
        return convStemParameters(geometry);
    const qint64 patchValues = qint64(geometry.channels) * geometry.patchSize * geometry.patchSize * geometry.temporalPatch;
    return patchValues * width + width; // weight + bias
}

int crossAttentionLayers(const DecoderShape &decoder)
{
    return decoder.crossAttentionInterval > 0 ? decoder.stack.layers / decoder.crossAttentionInterval : 0;
}

// The cross block's attention reads visual tokens of crossAttentionKeyDim; its FFN is optional.
qint64 crossBlockMatrixParameters(const DecoderShape &decoder)
{
    TransformerShape block = decoder.crossBlock;
    block.dim = decoder.stack.dim;
    const qint64 attention = attentionMatrixParameters(block, decoder.crossAttentionKeyDim);
    const qint64 ffn = block.intermediate > 0 ? ffnMatrixParameters(block, 1) : 0;
    return attention + ffn;
}

qint64 resamplerParameters(const ResamplerShape &resampler)
{
    const TransformerShape &stack = resampler.layers;
    qint64 total = qint64(resampler.latents) * stack.dim;
    for (int layer = 0; layer < stack.layers; ++layer) {
        if (layer % resampler.crossAttentionInterval == 0) {
            total += attentionMatrixParameters(stack, resampler.keyInputDim) + layerBiasParameters(stack, false)
                + qint64(stack.dim) * stack.normParameters;
        }
        if (resampler.selfAttention) {
            total += attentionMatrixParameters(stack, stack.dim) + layerBiasParameters(stack, false)
                + qint64(stack.dim) * stack.normParameters;
        }
        total += ffnMatrixParameters(stack, 1) + qint64(stack.dim) * stack.normParameters;
        if (stack.linearBias)
            total += (stack.gatedFfn ? 2 : 1) * qint64(stack.intermediate) + stack.dim;
    }
    return total;
}

qint64 resamplerMacs(const ResamplerShape &resampler, qint64 visionTokens)
{
    const TransformerShape &stack = resampler.layers;
    const qint64 latents = resampler.latents;
    const qint64 keys = visionTokens + (resampler.keysIncludeLatents ? latents : 0);
    qint64 total = 0;
    for (int layer = 0; layer < stack.layers; ++layer) {
        if (layer % resampler.crossAttentionInterval == 0) {
            const qint64 keyProjection = 2 * qint64(stack.kvWidth())
                * (visionTokens * resampler.keyInputDim + (resampler.keysIncludeLatents ? latents * stack.dim : 0));
            total += latents * stack.dim * stack.queryWidth() + keyProjection
                + latents * stack.queryWidth() * stack.dim + scoreMacs(stack, latents * keys);
        }
        if (resampler.selfAttention)
            total += projectionMacs(stack, latents) + scoreMacs(stack, latents * latents);
        total += ffnMacs(stack, latents);
    }
    return total;
}

qint64 connectorOutputWidth(const ModelArchitecture &model)
{
    return model.decoder.stack.dim;
}

// Tokens the connector emits for one tower pass.
qint64 connectorTokens(const ModelArchitecture &model, const VisualTokenCount &visual)
{
    const qint64 input = visual.connectorInputTokens;
    switch (model.connector.kind) {
    case ConnectorKind::Resampler:
        return model.connector.resampler.latents;
    case ConnectorKind::PatchMerger:
        return input / (qint64(model.geometry.mergeSize) * model.geometry.mergeSize);
    case ConnectorKind::Downsample:
    case ConnectorKind::CAbstractor: {
        const qint64 rows = (visual.gridRows + model.geometry.pool2dRows - 1) / model.geometry.pool2dRows;
        const qint64 columns = (visual.gridColumns + model.geometry.pool2dColumns - 1) / model.geometry.pool2dColumns;
        return rows * columns;
    }
    case ConnectorKind::None:
    case ConnectorKind::Linear:
    case ConnectorKind::Mlp:
        break;
    }
    return input;
}

qint64 connectorParameters(const ModelArchitecture &model)
{
    const ConnectorShape &connector = model.connector;
    const qint64 vision = model.vision.dim;
    const qint64 output = connectorOutputWidth(model);
    const qint64 hidden = connector.hidden > 0 ? connector.hidden : output;
    switch (connector.kind) {
    case ConnectorKind::None:
        return 0;
    case ConnectorKind::Linear:
        return vision * output + output;
    case ConnectorKind::Mlp:
    case ConnectorKind::Downsample:
        return vision * hidden + hidden + hidden * output + output;
    case ConnectorKind::PatchMerger: {
        const qint64 merged = vision * model.geometry.mergeSize * model.geometry.mergeSize;
        return 2 * vision + merged * merged + merged + merged * output + output;
    }
    case ConnectorKind::CAbstractor:
        return connector.convLayers * (9 * vision * vision + vision + 2 * vision) + vision * output + output
            + output * output + output;
    case ConnectorKind::Resampler: {
        const qint64 projection = connector.outputProjection > 0
            ? qint64(connector.resampler.layers.dim) * connector.outputProjection + connector.outputProjection
            : 0;
        const qint64 input = connector.inputProjection > 0 ? vision * connector.inputProjection + connector.inputProjection : 0;
        return resamplerParameters(connector.resampler) + projection + input;
    }
    }
    return 0;
}

qint64 connectorMacsPerPass(const ModelArchitecture &model, const VisualTokenCount &visual)
{
    const ConnectorShape &connector = model.connector;
    const qint64 vision = model.vision.dim;
    const qint64 output = connectorOutputWidth(model);
    const qint64 hidden = connector.hidden > 0 ? connector.hidden : output;
    const qint64 tokens = connectorTokens(model, visual);
    switch (connector.kind) {
    case ConnectorKind::None:
        return 0;
    case ConnectorKind::Linear:
        return tokens * vision * output;
    case ConnectorKind::Mlp:
    case ConnectorKind::Downsample: // pooling is additions only
        return tokens * (vision * hidden + hidden * output);
    case ConnectorKind::PatchMerger: {
        const qint64 merged = vision * model.geometry.mergeSize * model.geometry.mergeSize;
        return tokens * (merged * merged + merged * output);
    }
    case ConnectorKind::CAbstractor:
        // 3x3 convolutions at the full grid (stride 1), then the MLP on the pooled tokens.
        return connector.convLayers * visual.connectorInputTokens * 9 * vision * vision
            + tokens * (vision * output + output * output);
    case ConnectorKind::Resampler:
        return resamplerMacs(connector.resampler, visual.encoderTokensPerImage)
            + qint64(connector.resampler.latents) * connector.resampler.layers.dim * connector.outputProjection
            + visual.encoderTokensPerImage * vision * connector.inputProjection;
    }
    return 0;
}

// Rows of the tower's learned position table.
qint64 visionPositions(const VisualGeometry &geometry)
{
    switch (geometry.kind) {
    case GeometryKind::FixedSquare:
    case GeometryKind::AnyResolutionTiles: {
        const qint64 side = geometry.imageSize / geometry.patchSize;
        return side * side + (geometry.classToken ? 1 : 0);
    }
    case GeometryKind::LineCrop: // one per (row, column) of the widest grid
        return qint64(geometry.inputHeight / geometry.patchSize) * (geometry.maxImageWidth / geometry.patchSize);
    case GeometryKind::DynamicResolution: // rotary positions
    case GeometryKind::FitAndPad:
        break;
    }
    return 0;
}

qint64 visionParameters(const ModelArchitecture &model)
{
    const TransformerShape &vision = model.vision;
    if (vision.layers == 0)
        return 0;
    const qint64 perLayer = attentionMatrixParameters(vision, vision.dim) + ffnMatrixParameters(vision, 1)
        + layerBiasParameters(vision, true) + layerNormParameters(vision);
    const qint64 positions = visionPositions(model.geometry);
    const qint64 classToken = model.geometry.classToken ? vision.dim : 0;
    return vision.layers * perLayer + patchEmbeddingParameters(model, vision.dim) + positions * vision.dim + classToken
        + 2 * qint64(vision.dim) * vision.normParameters;
}

// Pairs (query, key) a prefill of `length` tokens, `visual` of them image tokens, computes.
qint64 prefillPairs(const DecoderShape &decoder, qint64 length, qint64 visual)
{
    if (decoder.computesMaskedScores)
        return length * length;
    if (decoder.mask == AttentionMask::PrefixVisual) {
        const qint64 text = length - visual;
        return visual * visual + text * visual + text * (text + 1) / 2;
    }
    return length * (length + 1) / 2;
}

} // namespace

QString patternName(VlmPattern pattern)
{
    switch (pattern) {
    case VlmPattern::CrossAttention:
        return QStringLiteral("cross_attention");
    case VlmPattern::Projection:
        return QStringLiteral("projection");
    case VlmPattern::EarlyFusion:
        return QStringLiteral("early_fusion");
    }
    return {};
}

bool parsePatternName(const QString &name, VlmPattern *pattern)
{
    for (VlmPattern candidate : {VlmPattern::CrossAttention, VlmPattern::Projection, VlmPattern::EarlyFusion}) {
        if (name == patternName(candidate) || name == patternName(candidate).replace('_', '-')) {
            *pattern = candidate;
            return true;
        }
    }
    return false;
}

QString numericTypeName(NumericType type)
{
    switch (type) {
    case NumericType::Fp32:
        return QStringLiteral("fp32");
    case NumericType::Fp16:
        return QStringLiteral("fp16");
    case NumericType::Bf16:
        return QStringLiteral("bf16");
    case NumericType::Int8:
        return QStringLiteral("int8");
    case NumericType::Int4:
        return QStringLiteral("int4");
    }
    return {};
}

bool parseNumericTypeName(const QString &name, NumericType *type)
{
    for (NumericType candidate :
         {NumericType::Fp32, NumericType::Fp16, NumericType::Bf16, NumericType::Int8, NumericType::Int4}) {
        if (name.compare(numericTypeName(candidate), Qt::CaseInsensitive) == 0) {
            *type = candidate;
            return true;
        }
    }
    return false;
}

int bitsPerElement(NumericType type)
{
    switch (type) {
    case NumericType::Fp32:
        return 32;
    case NumericType::Fp16:
    case NumericType::Bf16:
        return 16;
    case NumericType::Int8:
        return 8;
    case NumericType::Int4:
        return 4;
    }
    return 16;
}

bool isQuantized(NumericType type)
{
    return type == NumericType::Int8 || type == NumericType::Int4;
}

qint64 bytesOf(qint64 count, NumericType type)
{
    return (count * bitsPerElement(type) + 7) / 8;
}

qint64 kvCacheBytes(const DecoderShape &decoder, qint64 tokens, int batch, NumericType type)
{
    const qint64 perToken = 2 * qint64(decoder.stack.layers) * decoder.stack.effectiveKvHeads()
        * decoder.stack.effectiveHeadDim();
    return bytesOf(perToken * tokens * batch, type);
}

ParameterCounts countParameters(const ModelArchitecture &model)
{
    ParameterCounts counts;
    counts.vision = visionParameters(model);
    // A CTC head on the vision encoder (our trained models: pretraining and joint decoding).
    if (model.visionCtcClasses > 0)
        counts.vision += qint64(model.vision.dim) * model.visionCtcClasses + model.visionCtcClasses;
    if (model.pattern == VlmPattern::EarlyFusion && model.vision.layers == 0) {
        // Early Fusion's image reader is its decoder: a CTC head reads the decoder's width.
        counts.vision = patchEmbeddingParameters(model, model.decoder.stack.dim);
        if (model.visionCtcClasses > 0)
            counts.vision += qint64(model.decoder.stack.dim) * model.visionCtcClasses + model.visionCtcClasses;
    }
    counts.connector = connectorParameters(model);

    const DecoderShape &decoder = model.decoder;
    const TransformerShape &stack = decoder.stack;
    const qint64 attention = attentionMatrixParameters(stack, stack.dim);
    const qint64 crossLayers = crossAttentionLayers(decoder);
    const qint64 crossMatrices = crossLayers * crossBlockMatrixParameters(decoder);
    counts.decoderLinear = stack.layers * (attention + ffnMatrixParameters(stack, std::max(stack.experts, 1)))
        + crossMatrices;
    const qint64 embeddings = qint64(decoder.vocab) * stack.dim * (decoder.tiedEmbeddings ? 1 : 2);
    const qint64 positions = decoder.learnedPositions ? qint64(decoder.contextLength) * stack.dim : 0;
    TransformerShape crossBlock = decoder.crossBlock;
    crossBlock.dim = stack.dim;
    const qint64 crossOther = crossLayers
        * (layerBiasParameters(crossBlock, crossBlock.intermediate > 0)
           + (crossBlock.intermediate > 0 ? 2 : 1) * qint64(stack.dim) * crossBlock.normParameters + 1 /* gate */);
    counts.decoderOther = embeddings + positions
        + stack.layers * (layerBiasParameters(stack, true) + layerNormParameters(stack))
        + qint64(stack.dim) * stack.normParameters + crossOther;
    const qint64 inactiveExperts = stack.experts > 0 ? stack.experts - activeExperts(stack) : 0;
    counts.decoderActive = counts.decoderLinear + counts.decoderOther
        - stack.layers * ffnMatrices(stack) * stack.dim * qint64(stack.intermediate) * inactiveExperts;
    return counts;
}

QString validateEstimateInput(const EstimateInput &input)
{
    if (input.width <= 0 || input.height <= 0)
        return CostEstimatorText::tr("The image size must be positive (got %1 x %2 pixels).")
            .arg(input.width).arg(input.height);
    if (input.width > 100000 || input.height > 100000)
        return CostEstimatorText::tr("The image size %1 x %2 is larger than 100000 pixels on a side.")
            .arg(input.width).arg(input.height);
    if (input.frames < 0 || input.frames > 10000)
        return CostEstimatorText::tr("The number of frames must be between 0 and 10000 (got %1).").arg(input.frames);
    if (input.promptTokens < 0 || input.outputTokens < 0 || input.promptTokens > 10'000'000 || input.outputTokens > 10'000'000)
        return CostEstimatorText::tr("Prompt and output token counts must be between 0 and 10000000.");
    if (input.batch < 1 || input.batch > 100000)
        return CostEstimatorText::tr("The batch size must be between 1 and 100000 (got %1).").arg(input.batch);
    return {};
}

CostEstimate estimateCost(const ModelArchitecture &model, const EstimateInput &input)
{
    CostEstimate estimate;
    const DecoderShape &decoder = model.decoder;
    const TransformerShape &stack = decoder.stack;
    const qint64 batch = input.batch;
    estimate.visual = countVisualTokens(model, input.width, input.height, input.frames);
    estimate.textTokens = input.promptTokens;
    estimate.prefillLength = estimate.visual.inSequence + input.promptTokens;
    estimate.sequenceLength = estimate.prefillLength + input.outputTokens;
    estimate.contextLength = decoder.contextLength;
    estimate.parameters = countParameters(model);
    estimate.decoderWeights = input.decoderWeightsSet ? input.decoderWeights
        : (isQuantized(input.dtype) ? input.dtype : (isQuantized(model.defaultDecoderWeights) ? model.defaultDecoderWeights : input.dtype));

    const VisualTokenCount &visual = estimate.visual;
    const qint64 prefill = estimate.prefillLength;
    const qint64 crossTokens = visual.crossAttended;
    const qint64 steps = std::max(0, input.outputTokens - 1); // the first output token comes from the prefill

    // Vision encoder (or, for early fusion, the linear patch embedding).
    if (model.vision.layers > 0) {
        const qint64 patches = visual.connectorInputTokens;
        const qint64 patchValues = qint64(model.geometry.channels) * model.geometry.patchSize * model.geometry.patchSize
            * model.geometry.temporalPatch;
        const qint64 embedMacsPerPatch = model.geometry.convStemChannels.isEmpty()
            ? patchValues * model.vision.dim
            : convStemMacsPerPatch(model.geometry);
        estimate.prefill.visionEncoder = batch * visual.encoderImages
            * (patches * embedMacsPerPatch + encoderMacs(model.vision, visual.encoderTokensPerImage));
        estimate.prefill.connector = batch * visual.encoderImages * connectorMacsPerPass(model, visual);
    } else {
        const qint64 patchValues = qint64(model.geometry.channels) * model.geometry.patchSize * model.geometry.patchSize;
        const qint64 frames = std::max(input.frames, 1);
        estimate.prefill.visionEncoder = batch * frames * visual.connectorInputTokens * patchValues * stack.dim;
    }

    const qint64 projection = attentionMatrixParameters(stack, stack.dim);
    estimate.prefill.decoderAttention = batch * stack.layers
        * (prefill * projection + scoreMacs(stack, prefillPairs(decoder, prefill, visual.inSequence)));
    estimate.prefill.decoderFfn = batch * stack.layers * ffnMacs(stack, prefill);
    const qint64 headPositions = decoder.logitsForEveryPromptToken ? std::max(input.promptTokens, 1) : 1;
    estimate.prefill.lmHead = input.outputTokens > 0 ? batch * headPositions * stack.dim * qint64(decoder.vocab) : 0;

    // Decode step i (1..steps) runs one token against prefill + i keys.
    const qint64 decodeKeys = steps * prefill + steps * (steps + 1) / 2;
    estimate.decode.decoderAttention = batch * stack.layers * (steps * projection + scoreMacs(stack, decodeKeys));
    estimate.decode.decoderFfn = batch * stack.layers * ffnMacs(stack, steps);
    estimate.decode.lmHead = batch * steps * stack.dim * qint64(decoder.vocab);

    const int crossLayers = crossAttentionLayers(decoder);
    if (crossLayers > 0) {
        TransformerShape block = decoder.crossBlock;
        block.dim = stack.dim;
        const qint64 queryAndOutput = 2 * qint64(stack.dim) * block.queryWidth();
        const qint64 keyValue = 2 * crossTokens * decoder.crossAttentionKeyDim * block.kvWidth(); // once
        const auto blockMacs = [&](qint64 tokens) {
            return tokens * queryAndOutput + scoreMacs(block, tokens * crossTokens)
                + (block.intermediate > 0 ? ffnMacs(block, tokens) : 0);
        };
        estimate.prefill.crossAttention = batch * crossLayers * (keyValue + blockMacs(prefill));
        estimate.decode.crossAttention = batch * crossLayers * blockMacs(steps);
    }

    // Memory. Quantized types are weight-only: activations, K/V and scores stay fp16, and so do the
    // vision tower, the connector, embeddings, norms and the LM head (bitsandbytes' defaults).
    const NumericType activationType = isQuantized(input.dtype) ? NumericType::Fp16 : input.dtype;
    const NumericType sideWeights = activationType;
    const NumericType decoderOtherType = isQuantized(estimate.decoderWeights) ? NumericType::Fp16 : estimate.decoderWeights;
    MemoryBytes &memory = estimate.memory;
    memory.weights = bytesOf(estimate.parameters.vision + estimate.parameters.connector, sideWeights)
        + bytesOf(estimate.parameters.decoderLinear, estimate.decoderWeights)
        + bytesOf(estimate.parameters.decoderOther, decoderOtherType);
    if (crossLayers > 0) {
        TransformerShape block = decoder.crossBlock;
        block.dim = stack.dim;
        memory.crossAttentionKv = bytesOf(2 * qint64(crossLayers) * block.kvWidth() * crossTokens * batch, activationType);
    }
    memory.kvCache = kvCacheBytes(decoder, estimate.sequenceLength, input.batch, activationType) + memory.crossAttentionKv;

    const qint64 decoderScores = batch * stack.heads * prefill * prefill;
    const qint64 crossScores = crossLayers > 0 ? batch * decoder.crossBlock.heads * prefill * crossTokens : 0;
    const qint64 visionScores = model.vision.layers > 0
        ? batch * visual.encoderImages * model.vision.heads * visual.encoderTokensPerImage * visual.encoderTokensPerImage
        : 0;
    // Eager attention holds a layer's scores and their softmax at once (the softmax is a new tensor
    // made while the scores are still referenced): measured on our engine by the counting allocator,
    // `vlmwb-cli bench --only memory`.
    memory.attentionScores = 2 * bytesOf(std::max({decoderScores, crossScores, visionScores}), activationType);
    memory.attentionScoresAllLayers = bytesOf(stack.layers * decoderScores + crossLayers * crossScores, activationType);

    const auto layerPeak = [](const TransformerShape &shape, qint64 tokens) {
        const qint64 attentionPhase = 2 * qint64(shape.dim) + 2 * qint64(shape.queryWidth()) + 2 * qint64(shape.kvWidth());
        const qint64 ffnPhase = 2 * qint64(shape.dim)
            + (shape.gatedFfn ? 2 : 1) * qint64(shape.intermediate) * activeExperts(shape);
        return tokens * std::max(attentionPhase, ffnPhase);
    };
    const qint64 decoderPeak = bytesOf(batch * layerPeak(stack, prefill), activationType)
        + bytesOf(batch * decoder.vocab, NumericType::Fp32); // the last position's logits
    const qint64 visionPeak = model.vision.layers > 0
        ? bytesOf(batch * visual.encoderImages * layerPeak(model.vision, visual.encoderTokensPerImage), activationType)
        : 0;
    memory.activations = std::max(decoderPeak, visionPeak);
    memory.total = memory.weights + memory.kvCache + memory.attentionScores + memory.activations
        + (input.captureAttention ? memory.attentionScoresAllLayers : 0);

    if (estimate.sequenceLength > decoder.contextLength && decoder.contextLength > 0)
        estimate.notes << CostEstimatorText::tr(
            "The sequence of %1 tokens is longer than the model's context of %2 tokens.")
            .arg(estimate.sequenceLength)
            .arg(decoder.contextLength);
    if (decoder.computesMaskedScores)
        estimate.notes << CostEstimatorText::tr("This model computes the masked attention scores too (full square).");
    return estimate;
}

int maxFramesFitting(const ModelArchitecture &model, EstimateInput input, qint64 memoryBytes)
{
    const auto fits = [&](int frames) {
        input.frames = frames;
        const CostEstimate estimate = estimateCost(model, input);
        return (model.decoder.contextLength <= 0 || estimate.sequenceLength <= model.decoder.contextLength)
            && (memoryBytes <= 0 || estimate.memory.total <= memoryBytes);
    };
    int low = 0; // fits (or nothing does)
    int high = 10000;
    if (fits(high))
        return high;
    if (!fits(1))
        return 0;
    low = 1;
    while (high - low > 1) {
        const int middle = low + (high - low) / 2;
        (fits(middle) ? low : high) = middle;
    }
    return low;
}

TrainingMemory estimateTrainingMemory(const ModelArchitecture &model, int width, int height, const TrainingRecipe &recipe)
{
    TrainingMemory memory;
    const VisualTokenCount visual = countVisualTokens(model, width, height, recipe.frames);
    const DecoderShape &decoder = model.decoder;
    const TransformerShape &stack = decoder.stack;
    const qint64 batch = recipe.batch;
    const qint64 sequence = visual.inSequence + recipe.textTokens;
    memory.sequenceLength = sequence;
    const ParameterCounts parameters = countParameters(model);

    const bool lora = recipe.quantizedDecoder || recipe.loraRank > 0;
    const NumericType decoderType = recipe.quantizedDecoder ? NumericType::Int4 : NumericType::Bf16;
    const NumericType otherType = NumericType::Bf16;
    memory.weights = bytesOf(parameters.vision + parameters.connector, NumericType::Bf16)
        + bytesOf(parameters.decoderLinear, decoderType) + bytesOf(parameters.decoderOther, otherType);

    // LoRA: an (in x r) and an (r x out) matrix beside every decoder linear layer.
    const qint64 rank = lora ? recipe.loraRank : 0;
    const qint64 experts = std::max(stack.experts, 1);
    const qint64 adapterPerLayer = rank
        * (qint64(stack.dim + stack.queryWidth()) * 2 + 2 * qint64(stack.dim + stack.kvWidth())
           + ffnMatrices(stack) * qint64(stack.dim + stack.intermediate) * experts);
    const qint64 adapters = stack.layers * adapterPerLayer;
    memory.weights += bytesOf(adapters, NumericType::Fp32);
    memory.trainableParameters = parameters.connector + (recipe.trainVision ? parameters.vision : 0)
        + (lora ? adapters : parameters.decoderLinear + parameters.decoderOther);
    memory.gradients = bytesOf(memory.trainableParameters, NumericType::Fp32);
    memory.optimizerStates = 2 * bytesOf(memory.trainableParameters, NumericType::Fp32);

    // Korthikanti et al. 2022: one transformer layer keeps s*b*h*(34 + 5*a*s/h) bytes of 16-bit
    // activations for its backward pass; with checkpointing only its 2*s*b*h-byte input is kept and
    // one layer's activations are live during recomputation.
    const auto layerBytes = [](const TransformerShape &shape, qint64 tokens, qint64 copies) {
        return copies * tokens * shape.dim * 34 + copies * 5 * qint64(shape.heads) * tokens * tokens;
    };
    const auto stackBytes = [&](const TransformerShape &shape, qint64 tokens, qint64 copies) {
        if (recipe.gradientCheckpointing)
            return shape.layers * 2 * copies * tokens * shape.dim + layerBytes(shape, tokens, copies);
        return shape.layers * layerBytes(shape, tokens, copies);
    };
    memory.activations = stackBytes(stack, sequence, batch);
    const qint64 towerPasses = batch * visual.encoderImages;
    if (model.vision.layers > 0) {
        memory.activations += recipe.trainVision
            ? stackBytes(model.vision, visual.encoderTokensPerImage, towerPasses)
            : 2 * towerPasses * visual.encoderTokensPerImage * model.vision.dim; // only its output
    }
    const int crossLayers = crossAttentionLayers(decoder);
    if (crossLayers > 0) {
        memory.activations += crossLayers
            * (34 * batch * sequence * stack.dim + 5 * batch * decoder.crossBlock.heads * sequence * visual.crossAttended);
    }
    memory.logits = bytesOf(batch * sequence * decoder.vocab, NumericType::Fp32);
    memory.total = memory.weights + memory.gradients + memory.optimizerStates + memory.activations + memory.logits;
    return memory;
}

} // namespace vlmwb::core
