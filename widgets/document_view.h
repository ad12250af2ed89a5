// Shows one page image with zoom (wheel, keys, fit) and pan (drag), and the OCR line boxes over it.
#pragma once

#include "core/attention_geometry.h"

#include <QGraphicsView>
#include <QPolygonF>
#include <QVector>

class QGraphicsPixmapItem;

namespace vlmwb::widgets {

class AttentionOverlayItem;
class LineBoxesItem;

class DocumentView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit DocumentView(QWidget *parent = nullptr);

    void setImage(const QImage &image);
    bool hasImage() const;
    QSize imageSize() const;
    double zoom() const { return m_zoom; }

    // OCR line outlines in image pixels (cleared by setImage); the selected one is highlighted.
    void setLineOutlines(const QVector<QPolygonF> &outlines);
    QVector<QPolygonF> lineOutlines() const;
    int selectedLine() const;

    // One character's attention over the visual cells, in image pixels (cleared by setImage).
    AttentionOverlayItem *attentionOverlay() const { return m_attention; }

    static constexpr double minimumZoom = 0.02;
    static constexpr double maximumZoom = 32.0;

public slots:
    void setZoom(double factor);
    void zoomIn();
    void zoomOut();
    void fitToWindow();
    void showActualSize();
    void selectLine(int index); // -1: none; scrolls the line into view
    void setAttentionCells(const std::vector<vlmwb::core::AttentionCell> &cells); // empty: none

signals:
    void zoomChanged(double factor);
    // Image pixel under the mouse, or (-1,-1) when the mouse is outside the image.
    void pixelHovered(QPoint pixel);
    // A click on a line box.
    void lineClicked(int index);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QGraphicsPixmapItem *m_pixmapItem = nullptr;
    LineBoxesItem *m_lineBoxes = nullptr; // owned by the scene
    AttentionOverlayItem *m_attention = nullptr; // owned by the scene
    QPoint m_pressPosition;
    double m_zoom = 1.0;
    bool m_fitMode = true; // keep fitting on resize until the user zooms by hand
};

} // namespace vlmwb::widgets
