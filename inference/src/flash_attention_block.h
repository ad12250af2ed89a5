// Pre-norm transformer block with a packed bias-free qkv projection, written out with the math of
// F.scaled_dot_product_attention (scores / sqrt(head_dim), optional causal mask, softmax).
// Parameter names as the reference: norm1, qkv, out_proj, norm2, ffn.0, ffn.2.
#pragma once

#include <torch/torch.h>

namespace vlmwb::inference {

class FlashAttentionBlockImpl : public torch::nn::Module
{
public:
    FlashAttentionBlockImpl(std::int64_t dim = 4096, std::int64_t numHeads = 32, std::int64_t ffMult = 4);

    // x [B, S, dim] -> [B, S, dim]. causal: position i attends to positions <= i only.
    // probabilities: when given, receives [B, heads, S, S].
    torch::Tensor forward(const torch::Tensor &x, bool causal = true, torch::Tensor *probabilities = nullptr);

    torch::nn::LayerNorm norm1{nullptr};          // "norm1"
    torch::nn::Linear qkv{nullptr};               // "qkv" [3*dim, dim], no bias
    torch::nn::Linear outputProjection{nullptr};  // "out_proj" [dim, dim], no bias
    torch::nn::LayerNorm norm2{nullptr};          // "norm2"
    torch::nn::Sequential feedForward{nullptr};   // "ffn": Linear, GELU, Linear

private:
    std::int64_t m_dim;
    std::int64_t m_numHeads;
};
TORCH_MODULE(FlashAttentionBlock);

} // namespace vlmwb::inference
