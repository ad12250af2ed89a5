// The OCR overlay of the document view: one outline per text line (on the original page's pixel
// grid, i.e. scene coordinates), the selected one filled. One item for all lines, so a page of a
// few hundred lines costs one paint call.
#pragma once

#include <QGraphicsItem>
#include <QPolygonF>
#include <QVector>

namespace vlmwb::widgets {

class LineBoxesItem : public QGraphicsItem
{
public:
    explicit LineBoxesItem(QGraphicsItem *parent = nullptr);

    void setOutlines(const QVector<QPolygonF> &outlines);
    const QVector<QPolygonF> &outlines() const { return m_outlines; }
    void setSelectedLine(int index); // -1: none
    int selectedLine() const { return m_selected; }
    // The line whose outline contains point (scene coordinates), or -1.
    int lineAt(const QPointF &point) const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QVector<QPolygonF> m_outlines;
    QRectF m_bounds;
    int m_selected = -1;
};

} // namespace vlmwb::widgets
