#include "gated_cross_attention.h"

#include "module_parts.h"

namespace vlmwb::inference {

GatedCrossAttentionBlockImpl::GatedCrossAttentionBlockImpl(std::int64_t dim, std::int64_t numHeads)
{
    crossAttention = register_module("cross_attn", MultiheadAttention(dim, numHeads));
    norm = register_module("norm", makeLayerNorm(dim));
    gate = register_parameter("gate", torch::zeros({1}));
}

torch::Tensor GatedCrossAttentionBlockImpl::forward(const torch::Tensor &textHidden, const torch::Tensor &visualTokens,
                                                    torch::Tensor *probabilities)
{
    const torch::Tensor attended =
        crossAttention(norm(textHidden), visualTokens, visualTokens, torch::Tensor(), probabilities);
    return textHidden + torch::tanh(gate) * attended;
}

} // namespace vlmwb::inference
