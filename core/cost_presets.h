// Architectures of real vision-language models and of the course text's GPU tiers, each with the
// source of its numbers, plus the conversion of one architecture to another pattern.
#pragma once

#include "core/cost_model.h"

#include <optional>

namespace vlmwb::core {

// Every preset, in a fixed order (llava-1.5-7b, ..., tier-h100, llava-qwen3-30b-a3b).
const QVector<ModelArchitecture> &modelPresets();
std::optional<ModelArchitecture> findModelPreset(const QString &name);

// The course text's GPU-tier table: what it claims for one tier preset.
struct TierClaim {
    QString preset;       // tier-t4, ...
    QString device;       // a gpuDevices() name
    double claimedGigabytes = 0;
    QString claimText;    // the text's row, quoted
};
const QVector<TierClaim> &tierClaims();

// The same vision tower and decoder assembled in another pattern, so the three patterns can be
// compared at one model scale: projection (2-layer MLP), cross-attention (the reference's
// 64-latent, 6-layer Perceiver resampler and a gated cross-attention block every 4th layer),
// early fusion (no vision tower; Fuyu's patch rule: 30-pixel patches, newline per row).
ModelArchitecture withPattern(const ModelArchitecture &model, VlmPattern pattern);

} // namespace vlmwb::core
