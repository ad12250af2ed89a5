// Attention rollout (Abnar & Zuidema, 2020): how much each output position draws on each input
// position through all layers. Per layer A' = 0.5 * mean_heads(A) + 0.5 * I with rows renormalised;
// rollout = A'_L * ... * A'_2 * A'_1 (row = query of the last layer, column = input token).
#pragma once

#include <QString>

#include "vlmwb/attention_trace.h"

#include <vector>

namespace vlmwb::core {

struct Rollout {
    int tokens = 0;
    std::vector<double> values; // tokens * tokens, row-major
    std::vector<int> layers;    // the layers multiplied in, ascending
    QString error;              // translated sentence when no rollout could be formed
    bool ok() const { return error.isEmpty(); }
    double at(int query, int key) const { return values[static_cast<std::size_t>(query) * tokens + key]; }
};

// maps: one per layer, in the order the layers run; all square and of one size.
Rollout attentionRollout(const std::vector<const inference::AttentionMap *> &maps);

// Over every captured layer of `component` (DecoderSelf or VisionSelf). Layers missing from the
// trace are skipped and absent from Rollout::layers.
Rollout attentionRollout(const inference::AttentionTrace &trace,
                         inference::AttentionComponent component = inference::AttentionComponent::DecoderSelf);

} // namespace vlmwb::core
