// Parameters, memory and MACs of one model on one input, computed from the architecture alone
// (no torch). Formulas and their assumptions are written out in docs/COST_MODEL.md.
#pragma once

#include "core/cost_model.h"

namespace vlmwb::core {

ParameterCounts countParameters(const ModelArchitecture &model);

// The whole estimate: visual tokens, sequence lengths, parameters, prefill and decode MACs by
// component, and inference memory. The input must be valid (see validateEstimateInput).
CostEstimate estimateCost(const ModelArchitecture &model, const EstimateInput &input);

// A sentence saying what is wrong with the input, or an empty string.
QString validateEstimateInput(const EstimateInput &input);

// Bytes of `count` values of `type` (int4: two per byte, rounded up).
qint64 bytesOf(qint64 count, NumericType type);

// Decoder self-attention K/V bytes: 2 (K and V) x layers x kvHeads x headDim x tokens x batch x bytes.
qint64 kvCacheBytes(const DecoderShape &decoder, qint64 tokens, int batch, NumericType type);

// The most video frames (0..10000) of `input` whose sequence fits the model's context and, when
// memoryBytes > 0, whose inference memory fits memoryBytes. Both grow with frames, so a bisection.
int maxFramesFitting(const ModelArchitecture &model, EstimateInput input, qint64 memoryBytes);

// A fine-tuning recipe from the course text's training section.
struct TrainingRecipe {
    int batch = 1;
    int frames = 0;               // video frames per sample (0: one image)
    int textTokens = 512;         // prompt + answer tokens per sample
    bool quantizedDecoder = true; // 4-bit LLM (QLoRA): frozen int4 base, LoRA adapters trained
    int loraRank = 64;            // adapters on every decoder linear layer (0: decoder frozen)
    bool trainVision = false;     // vision encoder trained (else frozen, run without gradients)
    bool gradientCheckpointing = true;
};

struct TrainingMemory {
    qint64 trainableParameters = 0;
    qint64 weights = 0;
    qint64 gradients = 0;         // fp32, one per trainable parameter
    qint64 optimizerStates = 0;   // AdamW: two fp32 moments per trainable parameter
    qint64 activations = 0;       // kept for the backward pass
    qint64 logits = 0;            // fp32 logits of every position for the loss
    qint64 total = 0;
    qint64 sequenceLength = 0;
};

TrainingMemory estimateTrainingMemory(const ModelArchitecture &model, int width, int height,
                                      const TrainingRecipe &recipe);

} // namespace vlmwb::core
