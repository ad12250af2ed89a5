// Builds the plain-data AttentionTrace of one line: a second, uncached forward pass over the line's
// final sequence with an AttentionRecorder, then labels every map's token spans.
#pragma once

#include "generation.h"
#include "line_images.h"

namespace vlmwb::inference {

// prefix: BOS + prompt ids; generated: the line's generated ids. layers: empty = all.
std::shared_ptr<AttentionTrace> captureAttention(VlmModel &model, const ScaledLine &line, const std::vector<int> &prefix,
                                                 const std::vector<int> &generated, const std::set<int> &layers,
                                                 torch::Device device, torch::Dtype dtype);

} // namespace vlmwb::inference
