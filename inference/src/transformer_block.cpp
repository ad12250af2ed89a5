#include "transformer_block.h"

#include "module_parts.h"

namespace vlmwb::inference {

TransformerBlockImpl::TransformerBlockImpl(std::int64_t dim, std::int64_t numHeads, std::int64_t ffMult,
                                           double dropout)
{
    requirePositive("TransformerBlock", "ff_mult", ffMult);
    norm1 = register_module("norm1", makeLayerNorm(dim));
    attention = register_module("attn", MultiheadAttention(dim, numHeads, dropout));
    norm2 = register_module("norm2", makeLayerNorm(dim));
    feedForward = register_module("ffn", torch::nn::Sequential(torch::nn::Linear(dim, dim * ffMult), torch::nn::GELU(),
                                                               torch::nn::Dropout(dropout),
                                                               torch::nn::Linear(dim * ffMult, dim),
                                                               torch::nn::Dropout(dropout)));
}

torch::Tensor TransformerBlockImpl::forward(const torch::Tensor &x, const torch::Tensor &mask,
                                            torch::Tensor *probabilities)
{
    const torch::Tensor normalised = norm1(x);
    return feedForwardResidual(x + attention(normalised, normalised, normalised, mask, probabilities));
}

torch::Tensor TransformerBlockImpl::feedForwardResidual(const torch::Tensor &x)
{
    return x + feedForward->forward(norm2(x));
}

} // namespace vlmwb::inference
