// Cached multi-head attention (see attention_step.h).
#include "attention_step.h"

namespace vlmwb::inference {

void KeyValueCache::select(const torch::Tensor &order)
{
    if (empty())
        return;
    keys = keys.index_select(0, order);
    values = values.index_select(0, order);
}

AttentionResult attendCached(MultiheadAttentionImpl &attention, const torch::Tensor &query,
                             const torch::Tensor &newKeyValues, const torch::Tensor &allowed, KeyValueCache &cache,
                             bool keepProbabilities)
{
    const auto batch = static_cast<std::uint64_t>(query.size(0));
    const auto queries = static_cast<std::uint64_t>(query.size(1));
    const auto dim = static_cast<std::uint64_t>(attention.dim());
    AttentionResult result;
    const torch::Tensor q = attention.projectQuery(query);
    result.macs += batch * queries * dim * dim;
    if (newKeyValues.defined()) {
        const torch::Tensor k = attention.projectKey(newKeyValues);
        const torch::Tensor v = attention.projectValue(newKeyValues);
        result.macs += 2 * batch * static_cast<std::uint64_t>(newKeyValues.size(1)) * dim * dim;
        const bool first = cache.empty();
        cache.keys = first ? k : torch::cat({cache.keys, k}, 2);
        cache.values = first ? v : torch::cat({cache.values, v}, 2);
    }
    const auto keys = static_cast<std::uint64_t>(cache.length());
    // MultiheadAttention's bool mask is true where a query may NOT attend; [b, 1, q, k] broadcasts.
    const torch::Tensor forbidden = allowed.defined() ? allowed.logical_not().unsqueeze(1) : torch::Tensor();
    torch::Tensor probabilities;
    result.output = attention.attend(q, cache.keys, cache.values, forbidden, keepProbabilities ? &probabilities : nullptr);
    // scores q.k and the weighted sum of values: each batch * queries * keys * dim; then out_proj.
    result.macs += 2 * batch * queries * keys * dim + batch * queries * dim * dim;
    result.probabilities = probabilities;
    return result;
}

} // namespace vlmwb::inference
