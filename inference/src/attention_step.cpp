// Cached multi-head attention (see attention_step.h).
#include "attention_step.h"

#include <cmath>

namespace vlmwb::inference {

void KeyValueCache::select(const torch::Tensor &order)
{
    if (empty())
        return;
    keys = keys.index_select(0, order);
    values = values.index_select(0, order);
}

AttentionResult attend(const AttentionWeights &weights, const torch::Tensor &query, const torch::Tensor &newKeyValues,
                       const torch::Tensor &allowed, KeyValueCache &cache, bool keepProbabilities)
{
    // query [b, q, d] -> [b, h, q, d / h]
    const int64_t batch = query.size(0);
    const int64_t queries = query.size(1);
    const int64_t dim = query.size(2);
    const int64_t heads = weights.heads;
    const int64_t headDim = dim / heads;
    const auto splitHeads = [&](const torch::Tensor &x) {
        return x.view({batch, x.size(1), heads, headDim}).transpose(1, 2);
    };
    AttentionResult result;
    const std::vector<torch::Tensor> projection = weights.inProjWeight.chunk(3, 0);
    const std::vector<torch::Tensor> bias = weights.inProjBias.chunk(3, 0);
    // nn.MultiheadAttention scales q before the product.
    const torch::Tensor q =
        splitHeads(torch::nn::functional::linear(query, projection[0], bias[0])) / std::sqrt(double(headDim));
    result.macs += static_cast<std::uint64_t>(batch * queries * dim * dim);
    if (newKeyValues.defined()) {
        const torch::Tensor k = splitHeads(torch::nn::functional::linear(newKeyValues, projection[1], bias[1]));
        const torch::Tensor v = splitHeads(torch::nn::functional::linear(newKeyValues, projection[2], bias[2]));
        result.macs += static_cast<std::uint64_t>(2 * batch * newKeyValues.size(1) * dim * dim);
        cache.keys = cache.empty() ? k : torch::cat({cache.keys, k}, 2);
        cache.values = cache.empty() ? v : torch::cat({cache.values, v}, 2);
    }
    const int64_t keys = cache.length();
    torch::Tensor scores = torch::matmul(q, cache.keys.transpose(-1, -2)); // [b, h, q, k]
    if (allowed.defined())
        scores = scores.masked_fill(allowed.logical_not().unsqueeze(1), -std::numeric_limits<float>::infinity());
    const torch::Tensor probabilities = torch::softmax(scores, -1);
    const torch::Tensor mixed = torch::matmul(probabilities, cache.values).transpose(1, 2).reshape({batch, queries, dim});
    result.macs += static_cast<std::uint64_t>(2 * batch * queries * keys * dim);
    result.output = torch::nn::functional::linear(mixed, weights.outWeight, weights.outBias);
    result.macs += static_cast<std::uint64_t>(batch * queries * dim * dim);
    if (keepProbabilities)
        result.probabilities = probabilities;
    return result;
}

} // namespace vlmwb::inference
