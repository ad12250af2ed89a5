#include "core/attention_geometry.h"

#include "core/attention_cross_mapping.h"
#include "core/attention_rollout.h"
#include "vlmwb/tokenizer.h"

#include <QCoreApplication>

#include <algorithm>

namespace vlmwb::core {

using inference::AttentionComponent;
using inference::AttentionMap;
using inference::SpanKind;

namespace {

// Attention of every text query over the visual cells: [queries][cells], with the query positions
// being decoder sequence positions.
struct QueryCellMatrix {
    int queries = 0;
    int cells = 0;
    std::vector<float> values;
    QString error;
};

// [queries][keys] of the decoder self-attention: the selected heads and layers combined, or the
// rollout over every captured layer.
std::vector<float> decoderMatrix(const inference::AttentionTrace &trace, const CharacterAttentionOptions &options,
                                 QString &error)
{
    if (!options.rollout) {
        const auto maps = selectMaps(trace, AttentionComponent::DecoderSelf, options.selection.layer);
        std::vector<float> combined = combineMaps(maps, options.selection.heads, options.selection.head);
        if (combined.empty())
            error = QCoreApplication::translate("vlmwb::core::AttentionGeometry",
                                                "The trace holds no decoder attention for the chosen layer and head.");
        return combined;
    }
    const Rollout rollout = attentionRollout(trace, AttentionComponent::DecoderSelf);
    if (!rollout.ok()) {
        error = rollout.error;
        return {};
    }
    return std::vector<float>(rollout.values.begin(), rollout.values.end());
}

QueryCellMatrix prefixPatternMatrix(const inference::AttentionTrace &trace, const CharacterAttentionOptions &options)
{
    QueryCellMatrix result;
    const std::vector<float> combined = decoderMatrix(trace, options, result.error);
    if (combined.empty())
        return result;
    const std::vector<const AttentionMap *> maps = selectMaps(trace, AttentionComponent::DecoderSelf, -1);
    const AttentionMap &map = *maps.front();
    std::vector<int> visualKeys;
    for (const inference::TokenSpan &span : map.keySpans)
        if (span.kind == SpanKind::Visual)
            for (int key = span.begin; key < std::min(span.end, map.keys); ++key)
                visualKeys.push_back(key);
    std::sort(visualKeys.begin(), visualKeys.end());
    result.queries = map.queries;
    result.cells = static_cast<int>(visualKeys.size());
    result.values.resize(static_cast<std::size_t>(result.queries) * result.cells);
    for (int query = 0; query < map.queries; ++query)
        for (int cell = 0; cell < result.cells; ++cell)
            result.values[static_cast<std::size_t>(query) * result.cells + cell] =
                combined[static_cast<std::size_t>(query) * map.keys + visualKeys[static_cast<std::size_t>(cell)]];
    return result;
}

QueryCellMatrix crossPatternMatrix(const inference::AttentionTrace &trace, const CharacterAttentionOptions &options)
{
    QueryCellMatrix result;
    if (options.rollout) {
        result.error = QCoreApplication::translate("vlmwb::core::AttentionGeometry",
                                                   "Cross-Attention has no attention rollout onto the image: its "
                                                   "decoder never attends image tokens. Show raw attention instead.");
        return result;
    }
    TextToPatch mapped = textToPatchAttention(trace, options.selection, options.resamplerLayer);
    if (!mapped.ok()) {
        result.error = mapped.error;
        return result;
    }
    // GatedCross queries are the decoder's text positions, which start at 0 (no visual prefix).
    result.queries = mapped.queries;
    result.cells = mapped.patches;
    result.values = std::move(mapped.values);
    return result;
}

} // namespace

int visualCellRows(const inference::PatchGrid &grid)
{
    return grid.rows / std::max(1, grid.poolRows);
}

int visualCellColumns(const inference::PatchGrid &grid)
{
    const int pool = std::max(1, grid.poolColumns);
    return (grid.columns + pool - 1) / pool;
}

std::vector<QRectF> visualCellRects(const inference::PatchGrid &grid, int cellColumns)
{
    const int rows = visualCellRows(grid);
    const double cellWidth = static_cast<double>(std::max(1, grid.poolColumns)) * grid.patchSize;
    const double cellHeight = static_cast<double>(std::max(1, grid.poolRows)) * grid.patchSize;
    const double scale = grid.scale > 0 ? grid.scale : 1.0;
    std::vector<QRectF> rects;
    rects.reserve(static_cast<std::size_t>(std::max(0, rows * cellColumns)));
    for (int row = 0; row < rows; ++row)
        for (int column = 0; column < cellColumns; ++column) {
            // Scaled pixels, clipped to the scaled image: the padding right of it is not image.
            const double left = column * cellWidth;
            const double right = std::min((column + 1) * cellWidth, static_cast<double>(grid.scaledWidth));
            const double top = row * cellHeight;
            const double bottom = std::min((row + 1) * cellHeight, static_cast<double>(grid.scaledHeight));
            if (right <= left || bottom <= top)
                rects.emplace_back();
            else
                rects.emplace_back(QPointF(left / scale, top / scale), QPointF(right / scale, bottom / scale));
        }
    return rects;
}

std::vector<int> generatedIds(const inference::AttentionTrace &trace)
{
    for (const AttentionMap &map : trace.maps) {
        if (map.component != AttentionComponent::DecoderSelf && map.component != AttentionComponent::GatedCross)
            continue;
        for (const inference::TokenSpan &span : map.querySpans)
            if (span.kind == SpanKind::Generated && span.begin >= 0
                && span.end <= static_cast<int>(trace.tokens.size()))
                return std::vector<int>(trace.tokens.begin() + span.begin, trace.tokens.begin() + span.end);
        return {};
    }
    return {};
}

CharacterAttentionResult characterAttention(const inference::AttentionTrace &trace, const QTransform &lineToDocument,
                                            const CharacterAttentionOptions &options)
{
    CharacterAttentionResult result;
    const bool cross = trace.pattern == "cross_attention";
    const QueryCellMatrix matrix = cross ? crossPatternMatrix(trace, options) : prefixPatternMatrix(trace, options);
    if (!matrix.error.isEmpty()) {
        result.error = matrix.error;
        return result;
    }
    const int cellRows = visualCellRows(trace.grid);
    if (cellRows <= 0 || matrix.cells % cellRows != 0) {
        result.error = QCoreApplication::translate("vlmwb::core::AttentionGeometry",
                                                   "The trace has %1 visual tokens, which do not fill %2 rows of "
                                                   "the patch grid.")
                           .arg(matrix.cells)
                           .arg(cellRows);
        return result;
    }
    const int cellColumns = matrix.cells / cellRows;
    const std::vector<QRectF> rects = visualCellRects(trace.grid, cellColumns);

    int generatedBegin = -1;
    for (const AttentionMap &map : trace.maps)
        if (map.component == (cross ? AttentionComponent::GatedCross : AttentionComponent::DecoderSelf))
            for (const inference::TokenSpan &span : map.querySpans)
                if (span.kind == SpanKind::Generated)
                    generatedBegin = span.begin;
    const std::vector<int> ids = generatedIds(trace);
    if (generatedBegin < 0 || ids.empty())
        return result; // nothing generated: no characters
    const int shift = options.predictingQuery ? 1 : 0;
    for (const inference::CharacterSpan &span : inference::ByteTokenizer::characters(ids)) {
        CharacterAttention character;
        character.text = QString::fromStdString(span.text);
        character.firstToken = span.firstToken;
        character.tokenCount = span.tokenCount;
        std::vector<double> weights(static_cast<std::size_t>(matrix.cells), 0.0);
        int used = 0;
        for (int token = span.firstToken; token < span.firstToken + span.tokenCount; ++token) {
            const int query = generatedBegin + token - shift;
            if (query < 0 || query >= matrix.queries)
                continue;
            ++used;
            const float *row = matrix.values.data() + static_cast<std::size_t>(query) * matrix.cells;
            for (int cell = 0; cell < matrix.cells; ++cell)
                weights[static_cast<std::size_t>(cell)] += row[cell];
        }
        for (int cell = 0; cell < matrix.cells; ++cell) {
            AttentionCell attention;
            attention.row = cell / cellColumns;
            attention.column = cell % cellColumns;
            const QRectF &rect = rects[static_cast<std::size_t>(cell)];
            if (!rect.isNull())
                attention.rect = lineToDocument.mapRect(rect);
            attention.weight = used > 0 ? weights[static_cast<std::size_t>(cell)] / used : 0.0;
            character.visualMass += attention.weight;
            character.cells.push_back(attention);
        }
        result.characters.push_back(std::move(character));
    }
    return result;
}

} // namespace vlmwb::core
