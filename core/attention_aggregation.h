// Combining the heads and layers of captured attention maps into one [queries][keys] matrix.
#pragma once

#include "vlmwb/attention_trace.h"

#include <vector>

namespace vlmwb::core {

enum class HeadAggregation { Single, Mean, Max, Min };

// Which heads and layers one view of the attention shows.
struct AttentionSelection {
    HeadAggregation heads = HeadAggregation::Mean;
    int head = 0;   // used with HeadAggregation::Single
    int layer = -1; // index within the map's component; -1: the mean over every captured layer
};

// The captured maps of `component` at `layer` (-1: every captured layer), in layer order.
std::vector<const inference::AttentionMap *> selectMaps(const inference::AttentionTrace &trace,
                                                        inference::AttentionComponent component, int layer);

// Captured layer indices of `component`, ascending.
std::vector<int> capturedLayers(const inference::AttentionTrace &trace, inference::AttentionComponent component);

// [queries][keys] row-major: the heads of one map combined (Single: that head; a head out of range
// gives an empty vector).
std::vector<float> combineHeads(const inference::AttentionMap &map, HeadAggregation heads, int head);

// The mean over `maps` of combineHeads; maps of different shapes, or none, give an empty vector.
std::vector<float> combineMaps(const std::vector<const inference::AttentionMap *> &maps, HeadAggregation heads,
                               int head);

} // namespace vlmwb::core
