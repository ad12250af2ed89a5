// A block matrix reduced for drawing: at most `maxCells` cells per axis over the visible part, so a
// 3,000-token trace draws ~600 x 600 cells instead of 9 million. Zooming in narrows the visible
// part until every entry gets its own cell (full data on zoom).
#pragma once

#include "core/attention_blocks.h"

#include <vector>

namespace vlmwb::widgets {

// A span [first, first + count) of block rows or columns.
struct IndexSpan {
    int first = 0;
    int count = 0;
};

struct DrawnGrid {
    IndexSpan rows;    // block rows covered
    IndexSpan columns; // block columns covered
    int rowStep = 1;    // block rows per drawn cell
    int columnStep = 1; // block columns per drawn cell
    int drawnRows = 0;
    int drawnColumns = 0;
    // drawnRows x drawnColumns, row-major. A drawn cell holds the largest allowed entry of its bin
    // (a one-key spike such as a sink stays visible when it shares a cell), NaN when every entry of
    // the bin is masked (drawn transparent).
    std::vector<double> values;

    double at(int row, int column) const { return values[static_cast<std::size_t>(row) * drawnColumns + column]; }
    // Centre of drawn cell `index` in block coordinates (row or column index units).
    static double centre(const IndexSpan &span, int step, int index) { return span.first + index * step + (step - 1) / 2.0; }
};

constexpr int maximumDrawnCells = 600;

// rows and columns are clamped to the block; an empty span gives an empty grid.
DrawnGrid drawnGrid(const core::BlockMatrix &block, IndexSpan rows, IndexSpan columns, int maxCells = maximumDrawnCells);

// The visible span of an axis range in index coordinates [lower, upper], clamped to [0, size).
IndexSpan visibleSpan(double lower, double upper, int size);

} // namespace vlmwb::widgets
