// Test pages drawn with QPainter whose ground truth is known: every text line's ink box is measured
// by drawing that line alone on a blank sheet (independently of the code under test).
#pragma once

#include <QFont>
#include <QImage>
#include <QRectF>
#include <QVector>

#include <opencv2/core/mat.hpp>

namespace vlmwb::test {

class RenderedPage
{
public:
    explicit RenderedPage(QSize size);

    // Draws text with its baseline starting at `baseline`; the ink box joins truth() in call order.
    void addLine(const QString &text, const QFont &font, QPointF baseline);
    // A table rule or other non-text stroke; not a line of text.
    void addRule(QLineF rule, qreal width);

    const QImage &image() const { return m_image; }   // Grayscale8
    const QVector<QRectF> &truth() const { return m_truth; }

    // The page turned clockwise (on screen) by `degrees` about its centre, truth boxes with it (as
    // the bounding boxes of the turned boxes).
    RenderedPage rotated(double degrees) const;

private:
    QImage m_image;
    QVector<QRectF> m_truth;
};

QFont pixelFont(const QString &family, int pixelSize);
cv::Mat toMat(const QImage &grey8);   // deep copy, CV_8UC1
double intersectionOverUnion(const QRectF &a, const QRectF &b);

} // namespace vlmwb::test
