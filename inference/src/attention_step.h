// Multi-head attention with the arithmetic of nn.MultiheadAttention (packed in_proj, scaled dot
// product, out_proj), taking the weights as tensors so any module with that layout can use it, and
// adding what generation needs: a key/value cache, a boolean mask of allowed entries and the
// per-head probabilities.
#pragma once

#include <torch/torch.h>

#include <cstdint>

namespace vlmwb::inference {

// Parameters in nn.MultiheadAttention layout (dim = model width).
struct AttentionWeights {
    torch::Tensor inProjWeight; // [3 * dim, dim], rows q | k | v
    torch::Tensor inProjBias;   // [3 * dim]
    torch::Tensor outWeight;    // [dim, dim]
    torch::Tensor outBias;      // [dim]
    int heads = 1;
};

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

// query: [batch, queries, dim]. newKeyValues: [batch, new keys, dim] projected and appended to the
// cache (undefined: attend to the cache alone). allowed: [batch, queries, all keys] bool, true where
// the query may see the key (undefined: all allowed); disallowed entries get probability exactly 0.
// Every query row must allow at least one key.
AttentionResult attend(const AttentionWeights &weights, const torch::Tensor &query, const torch::Tensor &newKeyValues,
                       const torch::Tensor &allowed, KeyValueCache &cache, bool keepProbabilities);

} // namespace vlmwb::inference
