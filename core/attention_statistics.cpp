#include "core/attention_statistics.h"

#include "core/attention_tokens.h"

#include <cmath>
#include <limits>

namespace vlmwb::core {

using inference::AttentionMap;
using inference::SpanKind;

namespace {

bool allowedAt(const AttentionMap &map, int query, int key)
{
    return map.allowed.empty() || map.isAllowed(query, key);
}

bool inScope(QueryScope scope, const std::optional<SpanKind> &kind)
{
    if (scope == QueryScope::AllQueries)
        return true;
    if (!kind)
        return false;
    return (tokenSide(*kind) == TokenSide::Text) == (scope == QueryScope::TextQueries);
}

// The four blocks' mean row-sums; NaN for a block without queries or without an allowed entry.
std::array<double, AttentionBlockCount> blockMasses(const AttentionMap &map, int head,
                                                    const std::vector<std::optional<SpanKind>> &queryKinds,
                                                    const std::vector<std::optional<SpanKind>> &keyKinds)
{
    std::array<double, AttentionBlockCount> mass{};
    for (int block = 0; block < AttentionBlockCount; ++block) {
        const TokenSide querySide = block < 2 ? TokenSide::Visual : TokenSide::Text;
        const TokenSide keySide = block % 2 == 0 ? TokenSide::Visual : TokenSide::Text;
        double sum = 0;
        int rows = 0;
        bool anyAllowed = false;
        for (int query = 0; query < map.queries; ++query) {
            const auto &queryKind = queryKinds[static_cast<std::size_t>(query)];
            if (!queryKind || tokenSide(*queryKind) != querySide)
                continue;
            ++rows;
            for (int key = 0; key < map.keys; ++key) {
                const auto &keyKind = keyKinds[static_cast<std::size_t>(key)];
                if (!keyKind || tokenSide(*keyKind) != keySide || !allowedAt(map, query, key))
                    continue;
                anyAllowed = true;
                sum += map.at(head, query, key);
            }
        }
        mass[static_cast<std::size_t>(block)] =
            rows > 0 && anyAllowed ? sum / rows : std::numeric_limits<double>::quiet_NaN();
    }
    return mass;
}

HeadStatistics statisticsOf(const AttentionMap &map, int head, QueryScope scope, bool sinksDropped)
{
    HeadStatistics statistics;
    statistics.component = map.component;
    statistics.layer = map.layer;
    statistics.head = head;
    const auto queryKinds = positionKinds(map.querySpans, map.queries);
    const auto keyKinds = positionKinds(map.keySpans, map.keys);
    statistics.blockMass = blockMasses(map, head, queryKinds, keyKinds);
    for (int query = 0; query < map.queries; ++query) {
        if (!inScope(scope, queryKinds[static_cast<std::size_t>(query)]))
            continue;
        int allowedKeys = 0;
        double rowMass = 0;
        for (int key = 0; key < map.keys; ++key)
            if (allowedAt(map, query, key)) {
                ++allowedKeys;
                rowMass += map.at(head, query, key);
            }
        if (allowedKeys == 0 || (sinksDropped && rowMass <= 0))
            continue;
        const double threshold = SparsityThresholdFactor / allowedKeys;
        double entropy = 0;
        int sparse = 0;
        double structure = 0;
        double visual = 0;
        for (int key = 0; key < map.keys; ++key) {
            if (!allowedAt(map, query, key))
                continue;
            const double p = map.at(head, query, key);
            if (p > 0)
                entropy -= p * std::log(p);
            if (p < threshold)
                ++sparse;
            const auto &kind = keyKinds[static_cast<std::size_t>(key)];
            if (kind && isStructureToken(*kind) && key != 0)
                structure += p;
            if (kind && tokenSide(*kind) == TokenSide::Visual)
                visual += p;
        }
        const double first = allowedAt(map, query, 0) ? map.at(head, query, 0) : 0.0;
        const auto &firstKind = keyKinds.empty() ? std::optional<SpanKind>() : keyKinds.front();
        ++statistics.rows;
        statistics.entropy += entropy;
        statistics.sparsity += static_cast<double>(sparse) / allowedKeys;
        statistics.firstKeyMass += first;
        statistics.structureMass += structure + (firstKind && isStructureToken(*firstKind) ? first : 0.0);
        statistics.sinkMass += first + structure;
        statistics.visualShare += visual;
    }
    if (statistics.rows > 0) {
        const double rows = statistics.rows;
        statistics.entropy /= rows;
        statistics.sparsity /= rows;
        statistics.firstKeyMass /= rows;
        statistics.structureMass /= rows;
        statistics.sinkMass /= rows;
        statistics.visualShare /= rows;
    }
    return statistics;
}

} // namespace

std::vector<int> sinkKeys(const AttentionMap &map)
{
    std::vector<int> keys;
    const auto kinds = positionKinds(map.keySpans, map.keys);
    for (int key = 0; key < map.keys; ++key) {
        const auto &kind = kinds[static_cast<std::size_t>(key)];
        if (key == 0 || (kind && isStructureToken(*kind)))
            keys.push_back(key);
    }
    return keys;
}

AttentionMap withoutSinkKeys(const AttentionMap &map)
{
    AttentionMap result = map;
    if (result.allowed.empty())
        result.allowed.assign(static_cast<std::size_t>(map.queries) * map.keys, 1);
    const std::vector<int> sinks = sinkKeys(map);
    for (int query = 0; query < map.queries; ++query)
        for (int key : sinks)
            result.allowed[static_cast<std::size_t>(query) * map.keys + key] = 0;
    for (int head = 0; head < map.heads; ++head)
        for (int query = 0; query < map.queries; ++query) {
            float *row = result.probabilities.data() + (static_cast<std::size_t>(head) * map.queries + query) * map.keys;
            for (int key : sinks)
                row[key] = 0.0f;
            double sum = 0;
            for (int key = 0; key < map.keys; ++key)
                sum += row[key];
            if (sum > 0)
                for (int key = 0; key < map.keys; ++key)
                    row[key] = static_cast<float>(row[key] / sum);
        }
    return result;
}

HeadStatistics headStatistics(const AttentionMap &map, int head, const StatisticsOptions &options)
{
    if (options.dropSinks)
        return statisticsOf(withoutSinkKeys(map), head, options.queries, true);
    return statisticsOf(map, head, options.queries, false);
}

std::vector<HeadStatistics> statisticsGrid(const inference::AttentionTrace &trace,
                                           inference::AttentionComponent component, const StatisticsOptions &options)
{
    std::vector<HeadStatistics> grid;
    for (const AttentionMap *map : selectMaps(trace, component, -1)) {
        const AttentionMap *source = map;
        AttentionMap dropped;
        if (options.dropSinks) {
            dropped = withoutSinkKeys(*map);
            source = &dropped;
        }
        for (int head = 0; head < map->heads; ++head)
            grid.push_back(statisticsOf(*source, head, options.queries, options.dropSinks));
    }
    return grid;
}

} // namespace vlmwb::core
