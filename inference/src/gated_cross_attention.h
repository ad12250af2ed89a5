// Flamingo's tanh-gated cross-attention block: text hidden states read the visual tokens, and the
// result is added through tanh(gate), so a zero gate leaves the language model unchanged.
// Parameter names as the reference: cross_attn, norm, gate.
#pragma once

#include "multihead_attention.h"

#include <torch/torch.h>

namespace vlmwb::inference {

class GatedCrossAttentionBlockImpl : public torch::nn::Module
{
public:
    explicit GatedCrossAttentionBlockImpl(std::int64_t dim, std::int64_t numHeads = 8);

    // textHidden [B, T, dim], visualTokens [B, V, dim] -> [B, T, dim]
    // probabilities: when given, receives [B, heads, T, V].
    torch::Tensor forward(const torch::Tensor &textHidden, const torch::Tensor &visualTokens,
                          torch::Tensor *probabilities = nullptr);

    MultiheadAttention crossAttention{nullptr}; // "cross_attn"
    torch::nn::LayerNorm norm{nullptr};         // "norm"
    torch::Tensor gate;                         // "gate" [1], zero at initialisation
};
TORCH_MODULE(GatedCrossAttentionBlock);

} // namespace vlmwb::inference
