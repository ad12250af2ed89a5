#include "multihead_attention.h"

#include "module_parts.h"

#include <cmath>
#include <limits>

namespace vlmwb::inference {

MultiheadAttentionImpl::MultiheadAttentionImpl(std::int64_t dim, std::int64_t numHeads, double dropout)
    : m_dim(dim), m_numHeads(numHeads), m_dropout(dropout)
{
    requirePositive("MultiheadAttention", "dim", dim);
    requirePositive("MultiheadAttention", "num_heads", numHeads);
    if (dim % numHeads != 0)
        throw std::invalid_argument("MultiheadAttention: dim " + std::to_string(dim)
                                    + " is not divisible by num_heads " + std::to_string(numHeads) + ".");
    // PyTorch's initialisation: Xavier-uniform packed projection, zero biases.
    inputProjectionWeight = register_parameter("in_proj_weight", torch::empty({3 * dim, dim}));
    inputProjectionBias = register_parameter("in_proj_bias", torch::zeros({3 * dim}));
    outputProjection = register_module("out_proj", torch::nn::Linear(dim, dim));
    torch::NoGradGuard noGrad;
    torch::nn::init::xavier_uniform_(inputProjectionWeight);
    outputProjection->bias.zero_();
}

torch::Tensor MultiheadAttentionImpl::project(const torch::Tensor &x, std::int64_t part) const
{
    const torch::Tensor projected = torch::linear(x, inputProjectionWeight.narrow(0, part * m_dim, m_dim),
                                                  inputProjectionBias.narrow(0, part * m_dim, m_dim));
    return projected.view({x.size(0), x.size(1), m_numHeads, headDim()}).transpose(1, 2);
}

torch::Tensor MultiheadAttentionImpl::projectQuery(const torch::Tensor &x) const
{
    return project(x, 0);
}

torch::Tensor MultiheadAttentionImpl::projectKey(const torch::Tensor &x) const
{
    return project(x, 1);
}

torch::Tensor MultiheadAttentionImpl::projectValue(const torch::Tensor &x) const
{
    return project(x, 2);
}

torch::Tensor MultiheadAttentionImpl::attend(const torch::Tensor &query, const torch::Tensor &key,
                                             const torch::Tensor &value, const torch::Tensor &mask,
                                             torch::Tensor *probabilities)
{
    const std::int64_t batch = query.size(0);
    const std::int64_t queries = query.size(2);
    // As PyTorch: scale the query first, then add the mask to the scores.
    torch::Tensor scores = torch::matmul(query / std::sqrt(static_cast<double>(headDim())), key.transpose(-2, -1));
    if (mask.defined()) {
        torch::Tensor additive = additiveAttentionMask(mask, scores.scalar_type());
        if (additive.dim() == 3) // PyTorch's [B * heads, Q, K] form
            additive = additive.view({batch, m_numHeads, additive.size(1), additive.size(2)});
        scores = scores + additive;
    }
    torch::Tensor weights = torch::softmax(scores, -1);
    if (probabilities)
        *probabilities = weights;
    if (is_training() && m_dropout > 0.0)
        weights = torch::dropout(weights, m_dropout, true);
    const torch::Tensor merged = torch::matmul(weights, value).transpose(1, 2).reshape({batch, queries, m_dim});
    return outputProjection(merged);
}

torch::Tensor MultiheadAttentionImpl::forward(const torch::Tensor &query, const torch::Tensor &key,
                                              const torch::Tensor &value, const torch::Tensor &mask,
                                              torch::Tensor *probabilities)
{
    requireTokens("MultiheadAttention", query, m_dim);
    requireTokens("MultiheadAttention", key, m_dim);
    requireTokens("MultiheadAttention", value, m_dim);
    return attend(projectQuery(query), projectKey(key), projectValue(value), mask, probabilities);
}

torch::Tensor additiveAttentionMask(const torch::Tensor &mask, torch::ScalarType type)
{
    if (mask.scalar_type() == torch::kBool)
        return torch::zeros(mask.sizes(), torch::TensorOptions().dtype(type).device(mask.device()))
            .masked_fill(mask, -std::numeric_limits<double>::infinity());
    return mask.to(type);
}

} // namespace vlmwb::inference
