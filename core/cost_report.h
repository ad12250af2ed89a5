// The estimate as JSON (vlmwb-cli estimate --json, the Cost panel's CSV) and the verdict on the
// course text's GPU-tier claims.
#pragma once

#include "core/cost_estimator.h"
#include "core/cost_presets.h"
#include "core/roofline.h"

#include <QJsonObject>

namespace vlmwb::core {

// Keys: visual_tokens, sequence_length, memory_bytes {weights, kv_cache, attention_scores,
// activations, total, ...}, flops {...} (FLOPs = 2 x MACs, prefill + decode), macs {prefill,
// decode} by component, parameters, and roofline seconds per device in `devices`.
QJsonObject estimateToJson(const ModelArchitecture &model, const EstimateInput &input, const CostEstimate &estimate,
                           const QVector<DeviceProfile> &devices);

struct TierVerdict {
    TierClaim claim;
    qint64 inferenceBytes = 0;
    qint64 trainingBytes = 0;
    qint64 capacityBytes = 0;
    bool fitsInference = false;
    bool fitsTraining = false;
    QString verdict;      // a sentence with the margin
};

// The tier's default question: one image at the tower's size, 512 prompt tokens, 256 output
// tokens, batch 1, fp16 activations with 4-bit decoder weights; training with TrainingRecipe's
// defaults (QLoRA rank 64, frozen vision, gradient checkpointing, batch 1, 512 text tokens).
EstimateInput tierInput(const ModelArchitecture &model);
TierVerdict judgeTier(const TierClaim &claim);

QString formatGibibytes(qint64 bytes); // "13.52 GiB"

} // namespace vlmwb::core
