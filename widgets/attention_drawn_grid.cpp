#include "widgets/attention_drawn_grid.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace vlmwb::widgets {

namespace {

IndexSpan clampSpan(IndexSpan span, int size)
{
    const int first = std::clamp(span.first, 0, std::max(0, size));
    const int last = std::clamp(span.first + span.count, first, std::max(0, size));
    return {first, last - first};
}

int ceilDivide(int value, int divisor)
{
    return (value + divisor - 1) / divisor;
}

} // namespace

IndexSpan visibleSpan(double lower, double upper, int size)
{
    // Cell i covers [i - 0.5, i + 0.5): a cell counts as visible when any part of it is.
    const int first = std::max(0, static_cast<int>(std::floor(lower + 0.5)));
    const int last = std::min(size, static_cast<int>(std::ceil(upper + 0.5)));
    return {first, std::max(0, last - first)};
}

DrawnGrid drawnGrid(const core::BlockMatrix &block, IndexSpan rows, IndexSpan columns, int maxCells)
{
    DrawnGrid grid;
    if (!block.isPresent())
        return grid;
    grid.rows = clampSpan(rows, block.rows);
    grid.columns = clampSpan(columns, block.columns);
    if (grid.rows.count == 0 || grid.columns.count == 0)
        return grid;
    maxCells = std::max(1, maxCells);
    grid.rowStep = ceilDivide(grid.rows.count, maxCells);
    grid.columnStep = ceilDivide(grid.columns.count, maxCells);
    grid.drawnRows = ceilDivide(grid.rows.count, grid.rowStep);
    grid.drawnColumns = ceilDivide(grid.columns.count, grid.columnStep);
    grid.values.assign(static_cast<std::size_t>(grid.drawnRows) * grid.drawnColumns,
                       std::numeric_limits<double>::quiet_NaN());
    const int rowEnd = grid.rows.first + grid.rows.count;
    const int columnEnd = grid.columns.first + grid.columns.count;
    for (int row = grid.rows.first; row < rowEnd; ++row) {
        const std::size_t drawnRow = static_cast<std::size_t>((row - grid.rows.first) / grid.rowStep);
        const std::size_t offset = static_cast<std::size_t>(row) * block.columns;
        for (int column = grid.columns.first; column < columnEnd; ++column) {
            if (!block.allowed.empty() && block.allowed[offset + column] == 0)
                continue;
            double &cell = grid.values[drawnRow * grid.drawnColumns + (column - grid.columns.first) / grid.columnStep];
            const double value = block.values[offset + column];
            if (std::isnan(cell) || value > cell)
                cell = value;
        }
    }
    return grid;
}

} // namespace vlmwb::widgets
