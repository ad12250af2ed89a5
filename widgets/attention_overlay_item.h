// The token -> image overlay of the document view: one generated character's attention on the
// visual cells, drawn over the page at the cells' document rectangles (core/attention_geometry.h
// places them: patch grid -> line image -> LineCrop::toSource() -> page). Opacity follows the
// weight relative to the character's largest cell, so a diffuse and a sharp character both show.
#pragma once

#include "core/attention_geometry.h"

#include <QGraphicsItem>

#include <vector>

namespace vlmwb::widgets {

class AttentionOverlayItem : public QGraphicsItem
{
public:
    explicit AttentionOverlayItem(QGraphicsItem *parent = nullptr);

    void setCells(std::vector<core::AttentionCell> cells);
    const std::vector<core::AttentionCell> &cells() const { return m_cells; }
    // The cell at (row, column) of the patch grid, or nullptr.
    const core::AttentionCell *cell(int row, int column) const;
    // Fill opacity of a cell (0-255): 200 for the largest weight, in proportion below it.
    int alpha(const core::AttentionCell &cell) const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    std::vector<core::AttentionCell> m_cells;
    QRectF m_bounds;
    double m_largest = 0;
};

} // namespace vlmwb::widgets
