// Shows one page image with zoom (wheel, keys, fit) and pan (drag); overlays come later from core.
#pragma once

#include <QGraphicsView>

class QGraphicsPixmapItem;

namespace vlmwb::widgets {

class DocumentView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit DocumentView(QWidget *parent = nullptr);

    void setImage(const QImage &image);
    bool hasImage() const;
    QSize imageSize() const;
    double zoom() const { return m_zoom; }

    static constexpr double minimumZoom = 0.02;
    static constexpr double maximumZoom = 32.0;

public slots:
    void setZoom(double factor);
    void zoomIn();
    void zoomOut();
    void fitToWindow();
    void showActualSize();

signals:
    void zoomChanged(double factor);
    // Image pixel under the mouse, or (-1,-1) when the mouse is outside the image.
    void pixelHovered(QPoint pixel);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QGraphicsPixmapItem *m_pixmapItem = nullptr;
    double m_zoom = 1.0;
    bool m_fitMode = true; // keep fitting on resize until the user zooms by hand
};

} // namespace vlmwb::widgets
