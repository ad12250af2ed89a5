// Cross-Attention: the decoder text attends resampler latents (GatedCross), and each latent attends
// the vision patches (ResamplerCross). Composing the two gives text -> patch attention:
//   textToPatch[q][p] = sum_l textToLatent[q][l] * latentToPatch[l][p].
#pragma once

#include "core/attention_aggregation.h"

#include <QString>

#include <vector>

namespace vlmwb::core {

struct TextToPatch {
    int queries = 0; // GatedCross queries (decoder text positions)
    int patches = 0; // vision tokens, row-major over the patch grid
    std::vector<float> values; // queries * patches
    QString error;   // translated sentence when the trace lacks a map
    bool ok() const { return error.isEmpty(); }
    float at(int query, int patch) const { return values[static_cast<std::size_t>(query) * patches + patch]; }
};

// [rows][inner] x [inner][columns] -> [rows][columns]; empty when the sizes do not match.
std::vector<float> composeAttention(const std::vector<float> &first, int rows, int inner,
                                    const std::vector<float> &second, int columns);

// textSelection picks GatedCross heads / layers; the latents -> patches map is the ResamplerCross of
// `resamplerLayer` (-1: the last captured one, whose output latents the decoder reads), heads
// combined as textSelection.heads (Single uses the mean: resampler heads are not decoder heads).
TextToPatch textToPatchAttention(const inference::AttentionTrace &trace, const AttentionSelection &textSelection,
                                 int resamplerLayer = -1);

} // namespace vlmwb::core
