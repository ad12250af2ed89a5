// OCR linking: does a character look at its own line? For each character, the share of its visual
// attention that lands inside its line's box, each cell weighted by the fraction of the cell's area
// inside the box:
//   inBoxShare = sum_c w_c * area(rect_c & box) / area(rect_c) / sum_c w_c,  outBoxShare = 1 - inBoxShare.
// Over the patch cells of a crop this is below 1 wherever the crop's margin (outside the box) holds
// attention, so it is not trivially 1 for a single-line crop.
#pragma once

#include "core/attention_geometry.h"

#include <vector>

namespace vlmwb::core {

struct CharacterLink {
    QString text;
    double inBoxShare = 0;
    double outBoxShare = 0;
    double visualMass = 0;
    bool defined = false; // false when the character put no weight on any cell with area
};

struct LineLink {
    std::vector<CharacterLink> characters;
    double meanInBoxShare = 0; // over the defined characters; 0 when none
    int definedCharacters = 0;
};

// The weighted in-box share of `cells` (document coordinates) for `box`; -1 when the cells carry no
// weight on any rectangle with area (the share is then undefined).
double inBoxShare(const std::vector<AttentionCell> &cells, const QRectF &box);

LineLink linkLine(const std::vector<CharacterAttention> &characters, const QRectF &lineBox);

// Mean in-box share over every defined character of every line (not the mean of line means).
double runMeanInBoxShare(const std::vector<LineLink> &lines);

} // namespace vlmwb::core
