#include "core/line_crop.h"

#include "core/line_ink_box.h"
#include "core/line_skew.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace vlmwb::core {

QTransform LineCrop::toSource() const
{
    // QTransform applies the last call first: scale down, then shift.
    QTransform transform;
    transform.translate(offset.x(), offset.y());
    transform.scale(1.0 / scale, 1.0 / scale);
    return transform * levelToSource;
}

LineCrop cropLine(const cv::Mat &source, const QRect &box, int targetHeight, int margin)
{
    LineCrop crop;
    if (source.empty() || box.isEmpty() || targetHeight <= 0)
        return crop;
    if (margin < 0)
        margin = std::max(2, box.height() / 10);
    const cv::Rect wanted(box.x() - margin, box.y() - margin, box.width() + 2 * margin, box.height() + 2 * margin);
    const cv::Rect inside = wanted & cv::Rect(0, 0, source.cols, source.rows);
    if (inside.empty())
        return crop;
    cv::Mat padded;
    cv::copyMakeBorder(source(inside), padded, inside.y - wanted.y, wanted.br().y - inside.br().y,
                       inside.x - wanted.x, wanted.br().x - inside.br().x, cv::BORDER_REPLICATE);
    crop.scale = static_cast<double>(targetHeight) / wanted.height;
    const int width = std::max(1, static_cast<int>(std::lround(wanted.width * crop.scale)));
    cv::resize(padded, crop.image, cv::Size(width, targetHeight), 0, 0,
               crop.scale < 1 ? cv::INTER_AREA : cv::INTER_LINEAR);
    crop.offset = QPointF(wanted.x, wanted.y);
    return crop;
}

LineCrop cropWholeLine(const cv::Mat &grey, int targetHeight)
{
    const LevelledLine level = levelLine(grey);
    const QRect box = lineInkBox(level.image);
    // No ink found: the image is taken as it is, its own margins included.
    const int margin = box == QRect(0, 0, grey.cols, grey.rows) ? 0 : std::max(2, box.height() / 10);
    if (targetHeight <= 0)
        targetHeight = box.height() + 2 * margin;
    LineCrop crop = cropLine(level.image, box, targetHeight, margin);
    crop.levelToSource = level.toSource;
    return crop;
}

} // namespace vlmwb::core
