// Runs the reference building blocks (same parameters, same arithmetic) the way complete models
// need them: with per-line masks for batched lines of different widths, a key/value cache for
// generation, per-head probabilities for the trace and multiply-accumulate counts.
// The blocks' own forward() stays the golden-tested path; these functions only re-route it.
#pragma once

#include "attention_step.h"
#include "gated_cross_attention.h"
#include "multihead_attention.h"
#include "perceiver_resampler.h"
#include "transformer_block.h"

#include <cstdint>
#include <functional>

namespace vlmwb::inference {

struct BlockStep {
    torch::Tensor output;
    torch::Tensor probabilities; // [batch, heads, queries, keys] when requested
    std::uint64_t attentionMacs = 0;
    std::uint64_t ffnMacs = 0;
};

// Pre-norm TransformerBlock: x + attn(norm1(x)) then + ffn(norm2(.)). x: [batch, tokens, dim];
// allowed: [batch, tokens, cached + tokens] bool; the block's keys/values are appended to `cache`.
BlockStep transformerBlockStep(TransformerBlockImpl &block, const torch::Tensor &x, const torch::Tensor &allowed,
                               KeyValueCache &cache, bool keepProbabilities);

// GatedCrossAttentionBlock: text + tanh(gate) * attn(norm(text), latents). The latents' keys/values
// are projected into `cache` at the first call and reused afterwards (latents undefined then).
BlockStep gatedCrossAttentionStep(GatedCrossAttentionBlockImpl &block, const torch::Tensor &text,
                                  const torch::Tensor &latents, KeyValueCache &cache, bool keepProbabilities);

// PerceiverResampler over visual features [batch, tokens, dim] of which `valid` [batch, tokens]
// are real: padding never reaches the latents. Calls `record(layer, crossProbabilities,
// selfProbabilities)` per layer when given. Returns latents [batch, latents, dim]; adds MACs.
torch::Tensor resamplerForward(PerceiverResamplerImpl &resampler, const torch::Tensor &visual,
                               const torch::Tensor &valid, std::uint64_t &macs,
                               const std::function<void(int, const torch::Tensor &, const torch::Tensor &)> &record);

// Multiply-accumulates of applying every 2-D weight of `stack` (Linear layers) to `tokens` rows.
std::uint64_t linearStackMacs(torch::nn::Module &stack, int64_t tokens);

} // namespace vlmwb::inference
