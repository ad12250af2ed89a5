#include "flash_attention_block.h"

#include "module_parts.h"

#include <cmath>
#include <limits>

namespace vlmwb::inference {

FlashAttentionBlockImpl::FlashAttentionBlockImpl(std::int64_t dim, std::int64_t numHeads, std::int64_t ffMult)
    : m_dim(dim), m_numHeads(numHeads)
{
    requirePositive("FlashAttentionBlock", "dim", dim);
    requirePositive("FlashAttentionBlock", "num_heads", numHeads);
    requirePositive("FlashAttentionBlock", "ff_mult", ffMult);
    if (dim % numHeads != 0)
        throw std::invalid_argument("FlashAttentionBlock: dim " + std::to_string(dim)
                                    + " is not divisible by num_heads " + std::to_string(numHeads) + ".");
    norm1 = register_module("norm1", makeLayerNorm(dim));
    qkv = register_module("qkv", torch::nn::Linear(torch::nn::LinearOptions(dim, 3 * dim).bias(false)));
    outputProjection = register_module("out_proj", torch::nn::Linear(torch::nn::LinearOptions(dim, dim).bias(false)));
    norm2 = register_module("norm2", makeLayerNorm(dim));
    feedForward = register_module("ffn", makeGeluMlp(dim, dim * ffMult, dim));
}

torch::Tensor FlashAttentionBlockImpl::forward(const torch::Tensor &x, bool causal, torch::Tensor *probabilities)
{
    requireTokens("FlashAttentionBlock", x, m_dim);
    const std::int64_t batch = x.size(0);
    const std::int64_t length = x.size(1);
    const std::int64_t headDim = m_dim / m_numHeads;
    // [B, S, 3*dim] -> 3 x [B, heads, S, headDim]
    const std::vector<torch::Tensor> parts = qkv(norm1(x)).view({batch, length, 3, m_numHeads, headDim}).unbind(2);
    const torch::Tensor query = parts[0].transpose(1, 2);
    const torch::Tensor key = parts[1].transpose(1, 2);
    const torch::Tensor value = parts[2].transpose(1, 2);
    // Unlike nn.MultiheadAttention, the reference divides the scores, not the query.
    torch::Tensor scores = torch::matmul(query, key.transpose(-1, -2)) / std::sqrt(static_cast<double>(headDim));
    if (causal) {
        const torch::Tensor future =
            torch::ones({length, length}, torch::TensorOptions().dtype(torch::kBool).device(x.device())).triu(1);
        scores = scores.masked_fill(future, -std::numeric_limits<double>::infinity());
    }
    const torch::Tensor weights = scores.softmax(-1);
    if (probabilities)
        *probabilities = weights;
    const torch::Tensor merged =
        torch::matmul(weights, value).transpose(1, 2).contiguous().view({batch, length, m_dim});
    const torch::Tensor attended = x + outputProjection(merged);
    return attended + feedForward->forward(norm2(attended));
}

} // namespace vlmwb::inference
