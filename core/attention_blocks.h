// The four blocks of a run's attention: visual->visual, visual->text, text->visual, text->text
// (query side -> key side; sides as in attention_tokens.h).
//
// Where each block comes from, per pattern:
//   projection, early_fusion: all four from the decoder self-attention over [visual; text]; under
//     the prefix mask visual->text is disallowed everywhere, so it is structurally absent.
//   cross_attention: the decoder sees no visual token. visual->visual is the vision encoder's
//     self-attention (VisionSelf), text->visual the gated cross-attention over the resampler latents
//     (GatedCross, weighted by gate = tanh(g)), text->text the decoder self-attention, and
//     visual->text is structurally absent: text never enters the visual stream.
// A block is never handed out as an empty matrix: `presence` says why there is none.
#pragma once

#include "core/attention_aggregation.h"

#include <QString>

#include <array>
#include <vector>

namespace vlmwb::core {

enum class AttentionBlock { VisualToVisual, VisualToText, TextToVisual, TextToText };
constexpr int AttentionBlockCount = 4;

// "visual->visual", "visual->text", "text->visual", "text->text" (file formats, not for display).
const char *attentionBlockName(AttentionBlock block);
// Translated title for display ("visual→text").
QString attentionBlockTitle(AttentionBlock block);

enum class BlockPresence {
    Present,
    StructurallyAbsent, // the pattern never lets these queries see these keys (every entry masked)
    NotCaptured         // the trace holds no map for the requested component / layer / head
};

struct BlockMatrix {
    AttentionBlock block = AttentionBlock::TextToText;
    BlockPresence presence = BlockPresence::Present;
    QString reason; // translated sentence saying why the block is absent; empty when present
    inference::AttentionComponent component = inference::AttentionComponent::DecoderSelf;
    AttentionSelection selection;
    int rows = 0;    // queries of the block
    int columns = 0; // keys of the block
    std::vector<int> queryPositions; // row -> query index in the source map
    std::vector<int> keyPositions;   // column -> key index in the source map
    std::vector<inference::SpanKind> rowKinds;
    std::vector<inference::SpanKind> columnKinds;
    std::vector<float> values;          // rows * columns, row-major: probabilities as captured (not gated)
    std::vector<unsigned char> allowed; // rows * columns: 1 where the mask lets the query see the key
    float gate = 1.0f; // GatedCross: tanh(g) (mean over the selected layers); 1 for other components

    bool isPresent() const { return presence == BlockPresence::Present; }
    float at(int row, int column) const { return values[static_cast<std::size_t>(row) * columns + column]; }
};

// The component the block is read from for `pattern` ("projection", "early_fusion", "cross_attention").
inference::AttentionComponent blockComponent(const std::string &pattern, AttentionBlock block);

BlockMatrix attentionBlock(const inference::AttentionTrace &trace, AttentionBlock block,
                           const AttentionSelection &selection);

// The four blocks at once, in AttentionBlock order: the same as attentionBlock for each, with the
// heads / layers of a component combined once rather than once per block.
std::array<BlockMatrix, AttentionBlockCount> attentionBlocks(const inference::AttentionTrace &trace,
                                                             const AttentionSelection &selection);

// The block cut out of one already combined [queries][keys] matrix of `map` (shape of map).
BlockMatrix blockOfMatrix(const inference::AttentionMap &map, const std::vector<float> &matrix, AttentionBlock block);
BlockMatrix blockOfMatrix(const inference::AttentionMap &map, const float *matrix, AttentionBlock block);

} // namespace vlmwb::core
