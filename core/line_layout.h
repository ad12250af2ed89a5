// Text-line regions of a page, in reading order, with boxes in the ORIGINAL page's coordinates.
//
// Method (recursive X-Y cut on the deskewed, binarised page):
//  1. ink = Sauvola-binarised text; specks are dropped (tiny components, and small ones with no
//     letter within about a character's height of them); long horizontal and vertical
//     rules (table borders, underlines) are taken out of the ink and the horizontal ones kept as
//     separators.
//  2. A block is cut, in this order of preference, at horizontal rules that cross it (top to
//     bottom: table rows), at vertical white gaps that run through all of it (left to right:
//     columns, table cells), or at its largest horizontal white gap when that gap is clearly wider
//     than its line gaps (top to bottom: a heading above columns).
//  3. A block that cannot be cut is one column of text: its lines are the runs of inked rows; a run
//     tall enough to hold two lines is split at a near-empty row.
// Reading order follows from the recursion: columns left to right, top to bottom within a column,
// table rows top to bottom and cells left to right. A table without rules reads column by column.
#pragma once

#include "core/preprocess.h"

#include <QPolygonF>
#include <QRect>
#include <QRectF>
#include <QVector>

namespace vlmwb::core {

struct LineRegion {
    QRectF box;          // original page coordinates: the bounding box of outline, clipped to the page
    QPolygonF outline;   // the line's upright box in the deskewed image, mapped onto the original page
    QRect processedBox;  // the line's box in LineLayout::preprocessed.image (deskewed)
    int block = 0;       // the column / cell it belongs to, numbered in reading order
};

struct LineLayoutOptions {
    // Used as given, except that deskew and binarisation are always on.
    PreprocessOptions preprocess;
    int minimumSpeckPixels = 3;   // connected ink components smaller than this are noise
};

struct LineLayout {
    QVector<LineRegion> lines;    // in reading order
    PreprocessResult preprocessed;
    double characterHeight = 0;   // median height of the ink components, processed pixels
};

// page: as in core::Page::pixels (8/16-bit, grey / BGR / BGRA).
LineLayout detectLines(const cv::Mat &page, const LineLayoutOptions &options = {});

// The same on a page already preprocessed with options.preprocess but without binarisation (so a
// caller keeps the deskewed grey page for line crops): binarises it as detectLines would and finds
// the lines. pageSize: the original page's size (boxes are clipped to it).
LineLayout detectLinesOnDeskewed(const PreprocessResult &deskewed, QSize pageSize,
                                 const LineLayoutOptions &options = {});

} // namespace vlmwb::core
