#include "widgets/line_boxes_item.h"

#include <QPainter>

namespace vlmwb::widgets {

LineBoxesItem::LineBoxesItem(QGraphicsItem *parent)
    : QGraphicsItem(parent)
{
    setZValue(1); // above the page pixmap
}

void LineBoxesItem::setOutlines(const QVector<QPolygonF> &outlines)
{
    prepareGeometryChange();
    m_outlines = outlines;
    m_bounds = QRectF();
    for (const QPolygonF &outline : m_outlines)
        m_bounds |= outline.boundingRect();
    m_bounds.adjust(-2, -2, 2, 2); // the pen's width
    m_selected = -1;
    update();
}

void LineBoxesItem::setSelectedLine(int index)
{
    m_selected = index >= 0 && index < m_outlines.size() ? index : -1;
    update();
}

int LineBoxesItem::lineAt(const QPointF &point) const
{
    for (int index = 0; index < m_outlines.size(); ++index)
        if (m_outlines[index].containsPoint(point, Qt::OddEvenFill))
            return index;
    return -1;
}

QRectF LineBoxesItem::boundingRect() const
{
    return m_bounds;
}

void LineBoxesItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    // Cosmetic pens: the outlines stay thin whatever the zoom.
    QPen pen(QColor(0, 120, 215), 1);
    pen.setCosmetic(true);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    for (const QPolygonF &outline : m_outlines)
        painter->drawPolygon(outline);
    if (m_selected >= 0) {
        QPen selectedPen(QColor(230, 120, 0), 2);
        selectedPen.setCosmetic(true);
        painter->setPen(selectedPen);
        painter->setBrush(QColor(255, 170, 0, 60));
        painter->drawPolygon(m_outlines[m_selected]);
    }
}

} // namespace vlmwb::widgets
