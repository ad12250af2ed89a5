#include "core/attention_rollout.h"

#include "core/attention_aggregation.h"

#include <QCoreApplication>

namespace vlmwb::core {

using inference::AttentionMap;

Rollout attentionRollout(const std::vector<const AttentionMap *> &maps)
{
    Rollout rollout;
    if (maps.empty()) {
        rollout.error = QCoreApplication::translate("vlmwb::core::AttentionRollout",
                                                    "Attention rollout needs at least one captured layer.");
        return rollout;
    }
    const int tokens = maps.front()->queries;
    for (const AttentionMap *map : maps)
        if (map->queries != tokens || map->keys != tokens || map->heads <= 0) {
            rollout.error = QCoreApplication::translate("vlmwb::core::AttentionRollout",
                                                        "Attention rollout needs square maps of one size; layer %1 "
                                                        "is %2 x %3, not %4 x %4.")
                                .arg(map->layer)
                                .arg(map->queries)
                                .arg(map->keys)
                                .arg(tokens);
            return rollout;
        }
    const std::size_t size = static_cast<std::size_t>(tokens);
    std::vector<double> product; // rollout so far, [tokens][tokens]
    std::vector<double> layer(size * size);
    for (const AttentionMap *map : maps) {
        const std::vector<float> mean = combineHeads(*map, HeadAggregation::Mean, 0);
        // A' = 0.5 A + 0.5 I, rows renormalised (A's rows may not sum to 1 in float, or at all).
        for (std::size_t query = 0; query < size; ++query) {
            double sum = 0;
            for (std::size_t key = 0; key < size; ++key) {
                double value = 0.5 * mean[query * size + key] + (query == key ? 0.5 : 0.0);
                layer[query * size + key] = value;
                sum += value;
            }
            for (std::size_t key = 0; key < size; ++key)
                layer[query * size + key] /= sum;
        }
        if (product.empty()) {
            product = layer;
        } else {
            // product <- A' * product: the new layer reads the mixture the earlier ones formed.
            std::vector<double> next(size * size, 0.0);
            for (std::size_t query = 0; query < size; ++query)
                for (std::size_t middle = 0; middle < size; ++middle) {
                    const double weight = layer[query * size + middle];
                    if (weight == 0)
                        continue;
                    const double *row = product.data() + middle * size;
                    double *out = next.data() + query * size;
                    for (std::size_t key = 0; key < size; ++key)
                        out[key] += weight * row[key];
                }
            product.swap(next);
        }
        rollout.layers.push_back(map->layer);
    }
    rollout.tokens = tokens;
    rollout.values = std::move(product);
    return rollout;
}

Rollout attentionRollout(const inference::AttentionTrace &trace, inference::AttentionComponent component)
{
    return attentionRollout(selectMaps(trace, component, -1));
}

} // namespace vlmwb::core
