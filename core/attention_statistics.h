// Per (layer, head) statistics of captured attention maps: the statistics grid.
//
// Definitions (a "row" is one query; every figure is the mean over the rows in scope):
//   blockMass[b]   the row-sum of block b (query side -> key side), averaged over the queries of the
//                  block's query side; NaN where the map has no query or no allowed key of the block.
//   entropy        -sum p ln p over the row's allowed keys, in nats.
//   sparsity       share of the row's allowed entries below 0.1 / (allowed keys of the row), i.e.
//                  under a tenth of the uniform weight. 0 for a uniform row, (n-1)/n for a one-hot
//                  row of n allowed keys. Chosen over a Gini index because it reads as "share of
//                  keys the head practically ignores" and needs no sort.
//   firstKeyMass   mass on key 0 (BOS in Cross-Attention, the first patch in the prefix patterns).
//   structureMass  mass on newline / image_end keys.
//   sinkMass       firstKeyMass + structureMass (key 0 counted once).
//   visualShare    mass on visual-side keys (patches, newline, image_end, latents).
// With dropSinks the sink keys (key 0, newline, image_end) are removed and each row renormalised
// over its remaining allowed keys first (a row with nothing left is skipped); the sink figures are
// then 0.
#pragma once

#include "core/attention_blocks.h"

#include <array>
#include <vector>

namespace vlmwb::core {

enum class QueryScope { AllQueries, TextQueries, VisualQueries };

struct StatisticsOptions {
    bool dropSinks = false;
    QueryScope queries = QueryScope::AllQueries; // rows behind entropy, sparsity, sink and visual share
};

constexpr double SparsityThresholdFactor = 0.1;

struct HeadStatistics {
    inference::AttentionComponent component = inference::AttentionComponent::DecoderSelf;
    int layer = 0;
    int head = 0;
    int rows = 0; // queries in scope that entered the row means
    std::array<double, AttentionBlockCount> blockMass{}; // indexed by AttentionBlock
    double entropy = 0;
    double sparsity = 0;
    double firstKeyMass = 0;
    double structureMass = 0;
    double sinkMass = 0;
    double visualShare = 0;
};

// Key positions of the sinks of `map`: key 0 and every newline / image_end key.
std::vector<int> sinkKeys(const inference::AttentionMap &map);

// A copy of `map` whose sink keys are disallowed with probability 0 and whose rows are renormalised
// over the allowed keys left (rows with no mass left become all zero).
inference::AttentionMap withoutSinkKeys(const inference::AttentionMap &map);

HeadStatistics headStatistics(const inference::AttentionMap &map, int head, const StatisticsOptions &options);

// Every captured layer of `component` x every head, layer-major.
std::vector<HeadStatistics> statisticsGrid(const inference::AttentionTrace &trace,
                                           inference::AttentionComponent component,
                                           const StatisticsOptions &options);

} // namespace vlmwb::core
