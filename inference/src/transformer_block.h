// Pre-norm transformer block of the early-fusion decoder:
//   x = x + attn(norm1(x)) under an optional mask;  x = x + ffn(norm2(x))
// Parameter names as the reference: norm1, attn (nn.MultiheadAttention layout), norm2, ffn.0, ffn.3
// (ffn is Linear, GELU, Dropout, Linear, Dropout, so the Dropouts hold indices 2 and 4).
#pragma once

#include "multihead_attention.h"

#include <torch/torch.h>

namespace vlmwb::inference {

class TransformerBlockImpl : public torch::nn::Module
{
public:
    TransformerBlockImpl(std::int64_t dim = 4096, std::int64_t numHeads = 32, std::int64_t ffMult = 4,
                         double dropout = 0.0);

    // x [B, S, dim] -> [B, S, dim]; mask as MultiheadAttention::forward (e.g. [S, S] additive).
    // probabilities: when given, receives [B, heads, S, S].
    torch::Tensor forward(const torch::Tensor &x, const torch::Tensor &mask = {},
                          torch::Tensor *probabilities = nullptr);

    // The second half of forward: x + ffn(norm2(x)). A cached decoder step runs the attention
    // itself (attention->projectQuery/Key/Value, attend) and then this.
    torch::Tensor feedForwardResidual(const torch::Tensor &x);

    torch::nn::LayerNorm norm1{nullptr};        // "norm1"
    MultiheadAttention attention{nullptr};      // "attn"
    torch::nn::LayerNorm norm2{nullptr};        // "norm2"
    torch::nn::Sequential feedForward{nullptr}; // "ffn"
};
TORCH_MODULE(TransformerBlock);

} // namespace vlmwb::inference
