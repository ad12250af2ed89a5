// A MultiheadAttention call the way generation needs it: keys and values projected once and kept in
// a cache, a boolean mask of allowed entries per batch row, per-head probabilities on request and
// the multiply-accumulates executed. The arithmetic is MultiheadAttention's own
// (projectQuery/Key/Value, attend).
#pragma once

#include "multihead_attention.h"

#include <torch/torch.h>

#include <cstdint>

namespace vlmwb::inference {

// Projected keys and values of everything attended so far.
struct KeyValueCache {
    torch::Tensor keys;   // [batch, heads, keys, dim / heads]; undefined while empty
    torch::Tensor values; // same shape

    bool empty() const { return !keys.defined(); }
    int64_t length() const { return empty() ? 0 : keys.size(2); }
    // Keeps batch rows `order` (beam search reorders hypotheses).
    void select(const torch::Tensor &order);
};

struct AttentionResult {
    torch::Tensor output;        // [batch, queries, dim]
    torch::Tensor probabilities; // [batch, heads, queries, keys] when requested, else undefined
    std::uint64_t macs = 0;      // multiply-accumulates executed
};

// query: [batch, queries, dim]. newKeyValues: [batch, new keys, dim], projected and appended to the
// cache (undefined: attend to the cache alone). allowed: [batch, queries, all keys] bool, true where
// the query may see the key (undefined: all allowed); other entries get probability exactly 0.
// Every query row must allow at least one key.
AttentionResult attendCached(MultiheadAttentionImpl &attention, const torch::Tensor &query,
                             const torch::Tensor &newKeyValues, const torch::Tensor &allowed, KeyValueCache &cache,
                             bool keepProbabilities);

} // namespace vlmwb::inference
