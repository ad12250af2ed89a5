// nn.MultiheadAttention(dim, num_heads, batch_first=True) with its parameter layout:
//   in_proj_weight [3*dim, dim] (rows: query, key, value), in_proj_bias [3*dim],
//   out_proj.weight [dim, dim], out_proj.bias [dim].
// The projections and the attention step are separate calls so that a key/value cache can keep
// projected keys and values and attend over them later.
#pragma once

#include <torch/torch.h>

#include <cstdint>
#include <vector>

namespace vlmwb::inference {

// Per-head attention probabilities of several layers, each [batch, heads, queries, keys].
using AttentionMaps = std::vector<torch::Tensor>;

class MultiheadAttentionImpl : public torch::nn::Module
{
public:
    // dropout applies to the attention probabilities in training only, as in PyTorch.
    MultiheadAttentionImpl(std::int64_t dim, std::int64_t numHeads, double dropout = 0.0);

    // query [B, Q, dim], key and value [B, K, dim] -> [B, Q, dim].
    // mask: none, or additive float / bool (true = may not attend, as in PyTorch) of shape [Q, K],
    // [B * heads, Q, K] or anything that broadcasts to [B, heads, Q, K].
    // probabilities: when given, receives the per-head attention probabilities [B, heads, Q, K].
    torch::Tensor forward(const torch::Tensor &query, const torch::Tensor &key, const torch::Tensor &value,
                          const torch::Tensor &mask = {}, torch::Tensor *probabilities = nullptr);

    // [B, S, dim] -> [B, heads, S, headDim]
    torch::Tensor projectQuery(const torch::Tensor &x) const;
    torch::Tensor projectKey(const torch::Tensor &x) const;
    torch::Tensor projectValue(const torch::Tensor &x) const;

    // query [B, heads, Q, headDim], key and value [B, heads, K, headDim] -> [B, Q, dim] after
    // merging the heads and applying out_proj. mask and probabilities as in forward().
    torch::Tensor attend(const torch::Tensor &query, const torch::Tensor &key, const torch::Tensor &value,
                         const torch::Tensor &mask = {}, torch::Tensor *probabilities = nullptr);

    std::int64_t dim() const { return m_dim; }
    std::int64_t numHeads() const { return m_numHeads; }
    std::int64_t headDim() const { return m_dim / m_numHeads; }

    torch::Tensor inputProjectionWeight; // "in_proj_weight"
    torch::Tensor inputProjectionBias;   // "in_proj_bias"
    torch::nn::Linear outputProjection{nullptr}; // "out_proj"

private:
    // part 0, 1, 2 = query, key, value rows of the packed input projection.
    torch::Tensor project(const torch::Tensor &x, std::int64_t part) const;

    std::int64_t m_dim;
    std::int64_t m_numHeads;
    double m_dropout;
};
TORCH_MODULE(MultiheadAttention);

// An additive float mask from a bool one (true = may not attend -> -inf), or the float mask as is.
torch::Tensor additiveAttentionMask(const torch::Tensor &mask, torch::ScalarType type);

} // namespace vlmwb::inference
