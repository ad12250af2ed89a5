#include "widgets/document_view.h"

#include "widgets/attention_overlay_item.h"
#include "widgets/line_boxes_item.h"

#include <QGraphicsPixmapItem>
#include <QMouseEvent>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace vlmwb::widgets {

namespace {
constexpr double zoomStep = 1.25;
}

DocumentView::DocumentView(QWidget *parent)
    : QGraphicsView(parent)
{
    setScene(new QGraphicsScene(this));
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setRenderHint(QPainter::SmoothPixmapTransform);
    setBackgroundBrush(palette().dark());
    setMouseTracking(true);
}

void DocumentView::setImage(const QImage &image)
{
    scene()->clear();
    m_pixmapItem = scene()->addPixmap(QPixmap::fromImage(image));
    m_lineBoxes = new LineBoxesItem;
    scene()->addItem(m_lineBoxes);
    m_attention = new AttentionOverlayItem;
    scene()->addItem(m_attention);
    m_pixmapItem->setTransformationMode(Qt::SmoothTransformation); // readable text when zoomed out
    scene()->setSceneRect(m_pixmapItem->boundingRect());
    fitToWindow();
}

bool DocumentView::hasImage() const
{
    return m_pixmapItem != nullptr;
}

QSize DocumentView::imageSize() const
{
    return m_pixmapItem ? m_pixmapItem->pixmap().size() : QSize();
}

void DocumentView::setLineOutlines(const QVector<QPolygonF> &outlines)
{
    if (m_lineBoxes)
        m_lineBoxes->setOutlines(outlines);
}

QVector<QPolygonF> DocumentView::lineOutlines() const
{
    return m_lineBoxes ? m_lineBoxes->outlines() : QVector<QPolygonF>();
}

int DocumentView::selectedLine() const
{
    return m_lineBoxes ? m_lineBoxes->selectedLine() : -1;
}

void DocumentView::selectLine(int index)
{
    if (!m_lineBoxes)
        return;
    m_lineBoxes->setSelectedLine(index);
    if (m_lineBoxes->selectedLine() >= 0)
        ensureVisible(m_lineBoxes->outlines().at(index).boundingRect(), 40, 40);
}

void DocumentView::setAttentionCells(const std::vector<core::AttentionCell> &cells)
{
    if (m_attention)
        m_attention->setCells(cells);
}

void DocumentView::mousePressEvent(QMouseEvent *event)
{
    m_pressPosition = event->position().toPoint();
    QGraphicsView::mousePressEvent(event);
}

void DocumentView::mouseReleaseEvent(QMouseEvent *event)
{
    QGraphicsView::mouseReleaseEvent(event);
    // A click, not the end of a drag to pan.
    const bool click = (event->position().toPoint() - m_pressPosition).manhattanLength() < 4;
    if (m_lineBoxes && click && event->button() == Qt::LeftButton) {
        const int line = m_lineBoxes->lineAt(mapToScene(event->position().toPoint()));
        if (line >= 0) {
            m_lineBoxes->setSelectedLine(line);
            emit lineClicked(line);
        }
    }
}

void DocumentView::setZoom(double factor)
{
    factor = std::clamp(factor, minimumZoom, maximumZoom);
    setTransform(QTransform::fromScale(factor, factor));
    if (!qFuzzyCompare(factor, m_zoom)) {
        m_zoom = factor;
        emit zoomChanged(m_zoom);
    }
}

void DocumentView::zoomIn()
{
    m_fitMode = false;
    setZoom(m_zoom * zoomStep);
}

void DocumentView::zoomOut()
{
    m_fitMode = false;
    setZoom(m_zoom / zoomStep);
}

void DocumentView::fitToWindow()
{
    m_fitMode = true;
    if (!m_pixmapItem)
        return;
    const QSizeF image = m_pixmapItem->boundingRect().size();
    const QSize view = viewport()->size();
    if (image.isEmpty() || view.isEmpty())
        return;
    setZoom(std::min(view.width() / image.width(), view.height() / image.height()));
    centerOn(m_pixmapItem);
}

void DocumentView::showActualSize()
{
    m_fitMode = false;
    setZoom(1.0);
}

void DocumentView::wheelEvent(QWheelEvent *event)
{
    if (!m_pixmapItem || event->angleDelta().y() == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    m_fitMode = false;
    // One notch (120 units) zooms by one step; touchpads send smaller deltas for smoother zoom.
    const double notches = event->angleDelta().y() / 120.0;
    setZoom(m_zoom * std::pow(zoomStep, notches));
    event->accept();
}

void DocumentView::mouseMoveEvent(QMouseEvent *event)
{
    QGraphicsView::mouseMoveEvent(event);
    if (!m_pixmapItem)
        return;
    const QPointF scenePoint = mapToScene(event->position().toPoint());
    const QPoint pixel(static_cast<int>(std::floor(scenePoint.x())),
                       static_cast<int>(std::floor(scenePoint.y())));
    const QSize size = imageSize();
    const bool inside = pixel.x() >= 0 && pixel.y() >= 0 && pixel.x() < size.width()
                        && pixel.y() < size.height();
    emit pixelHovered(inside ? pixel : QPoint(-1, -1));
}

void DocumentView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_fitMode)
        fitToWindow();
}

} // namespace vlmwb::widgets
