#include "core/attention_blocks.h"

#include "core/attention_tokens.h"

#include <QCoreApplication>

#include <map>

namespace vlmwb::core {

using inference::AttentionComponent;
using inference::AttentionMap;

namespace {

TokenSide querySide(AttentionBlock block)
{
    return block == AttentionBlock::VisualToVisual || block == AttentionBlock::VisualToText ? TokenSide::Visual
                                                                                            : TokenSide::Text;
}

TokenSide keySide(AttentionBlock block)
{
    return block == AttentionBlock::VisualToVisual || block == AttentionBlock::TextToVisual ? TokenSide::Visual
                                                                                            : TokenSide::Text;
}

} // namespace

QString attentionBlockTitle(AttentionBlock block)
{
    switch (block) {
    case AttentionBlock::VisualToVisual:
        return QCoreApplication::translate("vlmwb::core::AttentionBlocks", "visual→visual");
    case AttentionBlock::VisualToText:
        return QCoreApplication::translate("vlmwb::core::AttentionBlocks", "visual→text");
    case AttentionBlock::TextToVisual:
        return QCoreApplication::translate("vlmwb::core::AttentionBlocks", "text→visual");
    case AttentionBlock::TextToText:
        break;
    }
    return QCoreApplication::translate("vlmwb::core::AttentionBlocks", "text→text");
}

namespace {

QString sideTitle(TokenSide side)
{
    return side == TokenSide::Visual ? QCoreApplication::translate("vlmwb::core::AttentionBlocks", "visual")
                                     : QCoreApplication::translate("vlmwb::core::AttentionBlocks", "text");
}

// Positions of `count` whose kind lies on `side`, with their kinds.
void positionsOnSide(const std::vector<inference::TokenSpan> &spans, int count, TokenSide side,
                     std::vector<int> &positions, std::vector<inference::SpanKind> &kinds)
{
    const auto labelled = positionKinds(spans, count);
    for (int position = 0; position < count; ++position) {
        const auto &kind = labelled[static_cast<std::size_t>(position)];
        if (kind && tokenSide(*kind) == side) {
            positions.push_back(position);
            kinds.push_back(*kind);
        }
    }
}

BlockMatrix absentBlock(AttentionBlock block, AttentionComponent component, BlockPresence presence,
                        const QString &reason)
{
    BlockMatrix matrix;
    matrix.block = block;
    matrix.component = component;
    matrix.presence = presence;
    matrix.reason = reason;
    return matrix;
}

} // namespace

const char *attentionBlockName(AttentionBlock block)
{
    switch (block) {
    case AttentionBlock::VisualToVisual:
        return "visual->visual";
    case AttentionBlock::VisualToText:
        return "visual->text";
    case AttentionBlock::TextToVisual:
        return "text->visual";
    case AttentionBlock::TextToText:
        break;
    }
    return "text->text";
}

AttentionComponent blockComponent(const std::string &pattern, AttentionBlock block)
{
    if (pattern == "cross_attention") {
        if (block == AttentionBlock::VisualToVisual)
            return AttentionComponent::VisionSelf;
        if (block == AttentionBlock::TextToVisual)
            return AttentionComponent::GatedCross;
    }
    return AttentionComponent::DecoderSelf;
}

BlockMatrix blockOfMatrix(const AttentionMap &map, const float *matrix, AttentionBlock block)
{
    BlockMatrix result;
    result.block = block;
    result.component = map.component;
    result.gate = map.gate;
    positionsOnSide(map.querySpans, map.queries, querySide(block), result.queryPositions, result.rowKinds);
    positionsOnSide(map.keySpans, map.keys, keySide(block), result.keyPositions, result.columnKinds);
    const QString component = QString::fromLatin1(inference::attentionComponentName(map.component));
    if (result.queryPositions.empty() || result.keyPositions.empty()) {
        const TokenSide missing = result.queryPositions.empty() ? querySide(block) : keySide(block);
        return absentBlock(block, map.component, BlockPresence::StructurallyAbsent,
                           QCoreApplication::translate("vlmwb::core::AttentionBlocks",
                                                       "The %1 block is structurally absent: the %2 attention holds "
                                                       "no %3 tokens.")
                               .arg(attentionBlockTitle(block), component, sideTitle(missing)));
    }
    result.rows = static_cast<int>(result.queryPositions.size());
    result.columns = static_cast<int>(result.keyPositions.size());
    result.values.reserve(static_cast<std::size_t>(result.rows) * result.columns);
    result.allowed.reserve(result.values.capacity());
    bool anyAllowed = false;
    for (int query : result.queryPositions)
        for (int key : result.keyPositions) {
            const bool allowed = map.allowed.empty() || map.isAllowed(query, key);
            anyAllowed = anyAllowed || allowed;
            result.allowed.push_back(allowed ? 1 : 0);
            result.values.push_back(matrix[static_cast<std::size_t>(query) * map.keys + key]);
        }
    if (!anyAllowed)
        return absentBlock(block, map.component, BlockPresence::StructurallyAbsent,
                           QCoreApplication::translate("vlmwb::core::AttentionBlocks",
                                                       "The %1 block is structurally absent: the mask of the %2 "
                                                       "attention never lets %3 tokens see %4 tokens.")
                               .arg(attentionBlockTitle(block), component, sideTitle(querySide(block)),
                                    sideTitle(keySide(block))));
    return result;
}

namespace {

// Heads / layers combined once per component while the four blocks are cut (attentionBlocks).
using CombinedMatrices = std::map<AttentionComponent, std::vector<float>>;

BlockMatrix cutBlock(const inference::AttentionTrace &trace, AttentionBlock block, const AttentionSelection &selection,
                     CombinedMatrices *cache)
{
    const AttentionComponent component = blockComponent(trace.pattern, block);
    if (trace.pattern == "cross_attention" && block == AttentionBlock::VisualToText) {
        BlockMatrix absent = absentBlock(block, component, BlockPresence::StructurallyAbsent,
                                         QCoreApplication::translate("vlmwb::core::AttentionBlocks",
                                                                     "The visual→text block is structurally absent: "
                                                                     "in Cross-Attention the text never enters the "
                                                                     "visual stream, so no visual token attends to "
                                                                     "text."));
        absent.selection = selection;
        return absent;
    }
    const std::vector<const AttentionMap *> maps = selectMaps(trace, component, selection.layer);
    const QString componentName = QString::fromLatin1(inference::attentionComponentName(component));
    if (maps.empty()) {
        BlockMatrix absent =
            absentBlock(block, component, BlockPresence::NotCaptured,
                        selection.layer < 0
                            ? QCoreApplication::translate("vlmwb::core::AttentionBlocks",
                                                          "The trace holds no %1 attention for the %2 block.")
                                  .arg(componentName, attentionBlockTitle(block))
                            : QCoreApplication::translate("vlmwb::core::AttentionBlocks",
                                                          "Layer %1 of the %2 attention was not captured.")
                                  .arg(selection.layer)
                                  .arg(componentName));
        absent.selection = selection;
        return absent;
    }
    // One head of one layer is read in place: copying a 3,000-token map (36 MB per head) for each
    // of the four blocks made switching heads take seconds (bench/attention_3000_tokens.cpp).
    const AttentionMap &first = *maps.front();
    const std::size_t cells = static_cast<std::size_t>(first.queries) * first.keys;
    const bool inPlace = maps.size() == 1 && selection.heads == HeadAggregation::Single && selection.head >= 0
                         && selection.head < first.heads && first.probabilities.size() >= cells * first.heads;
    std::vector<float> ownCombined;
    const std::vector<float> *cached = nullptr;
    if (!inPlace && cache) {
        auto found = cache->find(component);
        if (found == cache->end())
            found = cache->emplace(component, combineMaps(maps, selection.heads, selection.head)).first;
        cached = &found->second;
    } else if (!inPlace) {
        ownCombined = combineMaps(maps, selection.heads, selection.head);
    }
    const std::vector<float> &combined = cached ? *cached : ownCombined;
    const float *matrix = inPlace ? first.probabilities.data() + cells * static_cast<std::size_t>(selection.head)
                                  : combined.data();
    if (!inPlace && combined.empty()) {
        const bool badHead = selection.heads == HeadAggregation::Single
                             && (selection.head < 0 || selection.head >= maps.front()->heads);
        BlockMatrix absent = absentBlock(
            block, component, BlockPresence::NotCaptured,
            badHead ? QCoreApplication::translate("vlmwb::core::AttentionBlocks",
                                                  "Head %1 does not exist in the %2 attention (it has %3 heads).")
                          .arg(selection.head)
                          .arg(componentName)
                          .arg(maps.front()->heads)
                    : QCoreApplication::translate("vlmwb::core::AttentionBlocks",
                                                  "The layers of the %1 attention differ in shape or are "
                                                  "incomplete, so they cannot be averaged.")
                          .arg(componentName));
        absent.selection = selection;
        return absent;
    }
    BlockMatrix result = blockOfMatrix(*maps.front(), matrix, block);
    double gate = 0;
    for (const AttentionMap *map : maps)
        gate += map->gate;
    result.gate = static_cast<float>(gate / static_cast<double>(maps.size()));
    result.selection = selection;
    return result;
}

} // namespace

BlockMatrix attentionBlock(const inference::AttentionTrace &trace, AttentionBlock block,
                           const AttentionSelection &selection)
{
    return cutBlock(trace, block, selection, nullptr);
}

std::array<BlockMatrix, AttentionBlockCount> attentionBlocks(const inference::AttentionTrace &trace,
                                                             const AttentionSelection &selection)
{
    CombinedMatrices combined;
    std::array<BlockMatrix, AttentionBlockCount> blocks;
    for (int index = 0; index < AttentionBlockCount; ++index)
        blocks[static_cast<std::size_t>(index)] = cutBlock(trace, static_cast<AttentionBlock>(index), selection, &combined);
    return blocks;
}

BlockMatrix blockOfMatrix(const AttentionMap &map, const std::vector<float> &matrix, AttentionBlock block)
{
    return blockOfMatrix(map, matrix.data(), block);
}

} // namespace vlmwb::core
