// Shared by the raster loaders: OpenCV decoding, the 8-bit display copy, and the messages every
// loader gives in the same words.
#pragma once

#include "core/document.h"

#include <QSize>

namespace vlmwb::core {

// 8-bit copy for display: Grayscale8, RGB888 or RGBA8888; null for an unsupported channel count.
QImage displayImage(const cv::Mat &pixels);

// A page from decoded pixels; the display copy is made here.
Page makePage(const cv::Mat &pixels, int index, double sourceDpi);

struct RasterDecode {
    cv::Mat pixels;
    QString error;
};

// cv::imdecode with IMREAD_UNCHANGED: full depth and alpha kept, EXIF orientation NOT applied
// (OpenCV ignores it with this flag; the JPEG loader applies it itself).
RasterDecode decodeWithOpenCv(const QByteArray &bytes, const QString &name, const QString &formatName);

// Empty when size fits under the limit, else the sentence refusing it. page < 0: single-page file.
QString pixelLimitError(const QString &name, QSize size, qint64 pixelLimit, int page = -1);

QString truncatedError(const QString &name, const QString &formatName);
QString unreadableHeaderError(const QString &name, const QString &formatName);

} // namespace vlmwb::core
