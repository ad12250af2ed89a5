#include "core/attention_aggregation.h"

#include <algorithm>

namespace vlmwb::core {

using inference::AttentionMap;

std::vector<const AttentionMap *> selectMaps(const inference::AttentionTrace &trace,
                                             inference::AttentionComponent component, int layer)
{
    std::vector<const AttentionMap *> maps;
    for (const AttentionMap &map : trace.maps)
        if (map.component == component && (layer < 0 || map.layer == layer))
            maps.push_back(&map);
    std::stable_sort(maps.begin(), maps.end(),
                     [](const AttentionMap *left, const AttentionMap *right) { return left->layer < right->layer; });
    return maps;
}

std::vector<int> capturedLayers(const inference::AttentionTrace &trace, inference::AttentionComponent component)
{
    std::vector<int> layers;
    for (const AttentionMap *map : selectMaps(trace, component, -1))
        if (layers.empty() || layers.back() != map->layer)
            layers.push_back(map->layer);
    return layers;
}

std::vector<float> combineHeads(const AttentionMap &map, HeadAggregation heads, int head)
{
    const std::size_t cells = static_cast<std::size_t>(map.queries) * map.keys;
    if (map.heads <= 0 || map.probabilities.size() < cells * map.heads)
        return {};
    if (heads == HeadAggregation::Single) {
        if (head < 0 || head >= map.heads)
            return {};
        const auto begin = map.probabilities.begin() + static_cast<std::ptrdiff_t>(cells * head);
        return std::vector<float>(begin, begin + static_cast<std::ptrdiff_t>(cells));
    }
    std::vector<float> combined(map.probabilities.begin(), map.probabilities.begin() + static_cast<std::ptrdiff_t>(cells));
    for (int other = 1; other < map.heads; ++other) {
        const float *values = map.probabilities.data() + cells * other;
        for (std::size_t cell = 0; cell < cells; ++cell) {
            if (heads == HeadAggregation::Max)
                combined[cell] = std::max(combined[cell], values[cell]);
            else if (heads == HeadAggregation::Min)
                combined[cell] = std::min(combined[cell], values[cell]);
            else
                combined[cell] += values[cell];
        }
    }
    if (heads == HeadAggregation::Mean)
        for (float &value : combined)
            value /= static_cast<float>(map.heads);
    return combined;
}

std::vector<float> combineMaps(const std::vector<const AttentionMap *> &maps, HeadAggregation heads, int head)
{
    if (maps.empty())
        return {};
    std::vector<float> sum;
    for (const AttentionMap *map : maps) {
        if (map->queries != maps.front()->queries || map->keys != maps.front()->keys)
            return {};
        const std::vector<float> combined = combineHeads(*map, heads, head);
        if (combined.empty())
            return {};
        if (sum.empty())
            sum = combined;
        else
            for (std::size_t cell = 0; cell < sum.size(); ++cell)
                sum[cell] += combined[cell];
    }
    if (maps.size() > 1)
        for (float &value : sum)
            value /= static_cast<float>(maps.size());
    return sum;
}

} // namespace vlmwb::core
