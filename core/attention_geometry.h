// Token -> image: where on the document a generated character looked.
//
// Coordinates: the engine scales the line image (the crop it was given) by grid.scale to the model's
// input height, pads it right to a multiple of patch_size and cuts patches (row-major; Projection
// with pooling: one visual token per poolRows x poolColumns patches; Early Fusion: a newline token
// after each patch row and an image_end token, which have no area and are skipped). A cell in scaled
// pixels [x0, x1) is clipped at scaledWidth (the padding is not image) and divided by grid.scale to
// give line-image pixels; `lineToDocument` (core::LineCrop::toSource(), or identity for a bare line
// image) then places it on the original document.
#pragma once

#include "core/attention_aggregation.h"

#include <QRectF>
#include <QString>
#include <QTransform>

#include <vector>

namespace vlmwb::core {

// Rows of visual cells (tokens with image content): rows / poolRows.
int visualCellRows(const inference::PatchGrid &grid);
// Cells per row when the tokens hold the line's own columns only: ceil(columns / poolColumns).
// (Cross-Attention's resampler attends paddedColumns patches per row, padding included.)
int visualCellColumns(const inference::PatchGrid &grid);

// The rectangle of each of visualCellRows x cellColumns cells in line-image pixels, row-major; a
// cell entirely in the padding gets a null QRectF, one partly in it ends at the image's right edge.
std::vector<QRectF> visualCellRects(const inference::PatchGrid &grid, int cellColumns);

struct AttentionCell {
    int row = 0;
    int column = 0;
    QRectF rect;       // document coordinates; null when the cell lies in the padding
    double weight = 0; // attention mass the character put on this cell's token
};

struct CharacterAttentionOptions {
    // Heads / layers of DecoderSelf (Projection, Early Fusion) or GatedCross (Cross-Attention).
    AttentionSelection selection;
    // true: the query whose output predicted the byte, i.e. the position before it (what the model
    // looked at while choosing it); false: the byte's own position.
    bool predictingQuery = true;
    int resamplerLayer = -1; // Cross-Attention: see textToPatchAttention
    // Projection and Early Fusion: the weights of the decoder's attention rollout over every captured
    // layer (attention_rollout.h; heads averaged, `selection` unused) instead of raw attention.
    // Cross-Attention has no rollout onto the image (its decoder never attends image tokens): an error.
    bool rollout = false;
};

struct CharacterAttention {
    QString text;         // one character
    int firstToken = 0;   // into the generated ids
    int tokenCount = 0;   // its UTF-8 bytes
    double visualMass = 0; // mean over its bytes of the mass on visual cells (the sum of the weights)
    // Weights are attention probabilities as captured: GatedCross ones are not multiplied by the gate.
    std::vector<AttentionCell> cells; // one per visual token, row-major over the cell grid
};

// The generated ids of the trace (its Generated span, in order).
std::vector<int> generatedIds(const inference::AttentionTrace &trace);

struct CharacterAttentionResult {
    std::vector<CharacterAttention> characters; // one per character of the decoded generated ids
    QString error; // translated sentence when the trace lacks the maps or its geometry is inconsistent
    bool ok() const { return error.isEmpty(); }
};

CharacterAttentionResult characterAttention(const inference::AttentionTrace &trace, const QTransform &lineToDocument,
                                            const CharacterAttentionOptions &options);

} // namespace vlmwb::core
