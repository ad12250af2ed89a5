#include "rendered_page.h"

#include <QFontMetricsF>
#include <QPainter>

namespace vlmwb::test {

namespace {

// Ink (grey below 160) bounding box inside `search`; empty when nothing is inked there.
QRectF inkBox(const QImage &image, const QRect &search)
{
    const QRect area = search & image.rect();
    int left = INT_MAX, top = INT_MAX, right = -1, bottom = -1;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        const uchar *row = image.constScanLine(y);
        for (int x = area.left(); x <= area.right(); ++x) {
            if (row[x] < 160) {
                left = std::min(left, x);
                right = std::max(right, x);
                top = std::min(top, y);
                bottom = std::max(bottom, y);
            }
        }
    }
    return right < 0 ? QRectF() : QRectF(left, top, right - left + 1, bottom - top + 1);
}

} // namespace

RenderedPage::RenderedPage(QSize size) : m_image(size, QImage::Format_Grayscale8)
{
    m_image.fill(255);
}

void RenderedPage::addLine(const QString &text, const QFont &font, QPointF baseline)
{
    QImage alone(m_image.size(), QImage::Format_Grayscale8);
    alone.fill(255);
    for (QImage *target : {&m_image, &alone}) {
        QPainter painter(target);
        painter.setRenderHint(QPainter::TextAntialiasing);
        painter.setFont(font);
        painter.setPen(Qt::black);
        painter.drawText(baseline, text);
    }
    const QRect around = QFontMetricsF(font).boundingRect(text).translated(baseline).toAlignedRect()
                             .adjusted(-20, -20, 20, 20);
    m_truth.append(inkBox(alone, around));
}

void RenderedPage::addRule(QLineF rule, qreal width)
{
    QPainter painter(&m_image);
    painter.setPen(QPen(Qt::black, width, Qt::SolidLine, Qt::FlatCap));
    painter.drawLine(rule);
}

RenderedPage RenderedPage::rotated(double degrees) const
{
    const QPointF centre(m_image.width() / 2.0, m_image.height() / 2.0);
    QTransform turn;
    turn.translate(centre.x(), centre.y());
    turn.rotate(degrees);
    turn.translate(-centre.x(), -centre.y());
    RenderedPage turned(m_image.size());
    QImage colour(m_image.size(), QImage::Format_RGB32); // smooth transforms want a 32-bit target
    colour.fill(Qt::white);
    {
        QPainter painter(&colour);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.setTransform(turn);
        painter.drawImage(0, 0, m_image);
    }
    turned.m_image = colour.convertToFormat(QImage::Format_Grayscale8);
    for (const QRectF &box : m_truth)
        turned.m_truth.append(turn.map(QPolygonF(box)).boundingRect());
    return turned;
}

QFont pixelFont(const QString &family, int pixelSize)
{
    QFont font(family);
    font.setPixelSize(pixelSize);
    return font;
}

cv::Mat toMat(const QImage &grey8)
{
    const cv::Mat view(grey8.height(), grey8.width(), CV_8UC1, const_cast<uchar *>(grey8.constBits()),
                       static_cast<size_t>(grey8.bytesPerLine()));
    return view.clone();
}

double intersectionOverUnion(const QRectF &a, const QRectF &b)
{
    const QRectF overlap = a & b;
    const double shared = overlap.isEmpty() ? 0 : overlap.width() * overlap.height();
    const double total = a.width() * a.height() + b.width() * b.height() - shared;
    return total > 0 ? shared / total : 0;
}

} // namespace vlmwb::test
