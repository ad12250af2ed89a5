#include "core/synth_render.h"

#include <QFontMetrics>
#include <QPainter>

#include <opencv2/imgproc.hpp>

#include <algorithm>

namespace vlmwb::core {

namespace {

QStringList cellTexts(const SynthTextLine &line)
{
    if (line.cellStarts.isEmpty())
        return {line.text};
    QStringList cells;
    for (int i = 0; i < line.cellStarts.size(); ++i) {
        const int begin = line.cellStarts.at(i);
        const int end = i + 1 < line.cellStarts.size() ? line.cellStarts.at(i + 1) : int(line.text.size());
        cells.append(line.text.mid(begin, end - begin).trimmed());
    }
    return cells;
}

} // namespace

int synthTextWidth(const QString &text, const QFont &font)
{
    const QFontMetrics metrics(font);
    const QRect bounds = metrics.boundingRect(text);
    return std::max(metrics.horizontalAdvance(text), bounds.right() + 1) - std::min(0, bounds.left());
}

SynthRenderedLine renderSynthLine(const SynthTextLine &line, const QFont &font, const QMargins &margins,
                                  const QList<int> &cellOffsets)
{
    const QFontMetrics metrics(font);
    const QStringList cells = cellTexts(line);
    QList<int> offsets = cellOffsets;
    if (offsets.size() != cells.size()) {
        // Cells without columns follow each other, one space apart.
        offsets.clear();
        int x = 0;
        for (const QString &cell : cells) {
            offsets.append(x);
            x += synthTextWidth(cell, font) + metrics.horizontalAdvance(' ');
        }
    }
    int textWidth = 0;
    int top = -metrics.ascent();
    int bottom = metrics.descent();
    int left = 0;
    for (int i = 0; i < cells.size(); ++i) {
        const QRect bounds = metrics.boundingRect(cells.at(i));
        textWidth = std::max(textWidth, offsets.at(i) + synthTextWidth(cells.at(i), font));
        left = std::min(left, offsets.at(i) + bounds.left());
        top = std::min(top, bounds.top());
        bottom = std::max(bottom, bounds.bottom() + 1);
    }
    const int originX = margins.left() - std::min(0, left);
    const int baseline = margins.top() - top;
    QImage canvas(originX + textWidth + margins.right(), baseline + bottom + margins.bottom(), QImage::Format_RGB32);
    canvas.fill(Qt::white);
    {
        QPainter painter(&canvas);
        painter.setRenderHint(QPainter::TextAntialiasing, true);
        painter.setFont(font);
        painter.setPen(Qt::black);
        for (int i = 0; i < cells.size(); ++i)
            painter.drawText(QPoint(originX + offsets.at(i), baseline), cells.at(i));
    }
    SynthRenderedLine rendered;
    rendered.image = canvas.convertToFormat(QImage::Format_Grayscale8);
    findSynthInk(rendered.image, &rendered.inkBox, &rendered.inkHull);
    return rendered;
}

void findSynthInk(const QImage &image, QRect *box, QPolygonF *hull)
{
    const cv::Mat grey(image.height(), image.width(), CV_8UC1, const_cast<uchar *>(image.constBits()),
                       size_t(image.bytesPerLine()));
    cv::Mat ink;
    cv::threshold(grey, ink, synthInkThreshold, 255, cv::THRESH_BINARY_INV);
    std::vector<cv::Point> points;
    cv::findNonZero(ink, points);
    *box = QRect();
    hull->clear();
    if (points.empty())
        return;
    const cv::Rect bounds = cv::boundingRect(points);
    *box = QRect(bounds.x, bounds.y, bounds.width, bounds.height);
    // The hull of the pixels' four corners: pixel (x, y) covers [x, x+1) x [y, y+1).
    std::vector<cv::Point> corners;
    corners.reserve(points.size() * 4);
    std::vector<cv::Point> pixelHull;
    cv::convexHull(points, pixelHull);
    for (const cv::Point &point : pixelHull)
        for (const cv::Point &corner : {point, point + cv::Point(1, 0), point + cv::Point(0, 1), point + cv::Point(1, 1)})
            corners.push_back(corner);
    std::vector<cv::Point> cornerHull;
    cv::convexHull(corners, cornerHull);
    for (const cv::Point &point : cornerHull)
        hull->append(QPointF(point.x, point.y));
}

} // namespace vlmwb::core
