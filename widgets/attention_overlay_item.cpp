#include "widgets/attention_overlay_item.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace vlmwb::widgets {

namespace {
constexpr int strongestAlpha = 200; // the page stays readable under the strongest cell
}

AttentionOverlayItem::AttentionOverlayItem(QGraphicsItem *parent)
    : QGraphicsItem(parent)
{
    setZValue(2); // above the page and the line boxes
}

void AttentionOverlayItem::setCells(std::vector<core::AttentionCell> cells)
{
    prepareGeometryChange();
    m_cells = std::move(cells);
    m_bounds = QRectF();
    m_largest = 0;
    for (const core::AttentionCell &cell : m_cells) {
        if (cell.rect.isNull())
            continue; // padding: not on the image
        m_bounds |= cell.rect;
        m_largest = std::max(m_largest, cell.weight);
    }
    update();
}

const core::AttentionCell *AttentionOverlayItem::cell(int row, int column) const
{
    for (const core::AttentionCell &cell : m_cells)
        if (cell.row == row && cell.column == column)
            return &cell;
    return nullptr;
}

int AttentionOverlayItem::alpha(const core::AttentionCell &cell) const
{
    if (m_largest <= 0)
        return 0;
    return static_cast<int>(std::lround(strongestAlpha * std::clamp(cell.weight / m_largest, 0.0, 1.0)));
}

QRectF AttentionOverlayItem::boundingRect() const
{
    return m_bounds;
}

void AttentionOverlayItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setPen(Qt::NoPen);
    const core::AttentionCell *strongest = nullptr;
    for (const core::AttentionCell &cell : m_cells) {
        if (cell.rect.isNull())
            continue;
        painter->setBrush(QColor(255, 40, 0, alpha(cell)));
        painter->drawRect(cell.rect);
        if (!strongest || cell.weight > strongest->weight)
            strongest = &cell;
    }
    if (strongest && m_largest > 0) {
        QPen pen(QColor(255, 220, 0), 2);
        pen.setCosmetic(true); // stays visible at any zoom
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(strongest->rect);
    }
}

} // namespace vlmwb::widgets
