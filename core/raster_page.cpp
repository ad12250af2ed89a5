#include "core/raster_page.h"

#include "core/pixel_depth.h"

#include <QCoreApplication>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

namespace vlmwb::core {

QImage displayImage(const cv::Mat &pixels)
{
    const cv::Mat eight = toEightBit(pixels);
    cv::Mat ordered;
    QImage::Format format = QImage::Format_RGB888;
    switch (eight.channels()) {
    case 1:
        ordered = eight;
        format = QImage::Format_Grayscale8;
        break;
    case 3:
        cv::cvtColor(eight, ordered, cv::COLOR_BGR2RGB);
        break;
    case 4:
        cv::cvtColor(eight, ordered, cv::COLOR_BGRA2RGBA);
        format = QImage::Format_RGBA8888;
        break;
    default:
        return {};
    }
    const QImage view(ordered.data, ordered.cols, ordered.rows, static_cast<qsizetype>(ordered.step),
                      format);
    return view.copy(); // the QImage must own its pixels once `ordered` goes out of scope
}

Page makePage(const cv::Mat &pixels, int index, double sourceDpi)
{
    Page page;
    page.index = index;
    page.pixels = pixels;
    page.display = displayImage(pixels);
    page.sourceDpi = sourceDpi;
    return page;
}

RasterDecode decodeWithOpenCv(const QByteArray &bytes, const QString &name, const QString &formatName)
{
    const cv::Mat buffer(1, static_cast<int>(bytes.size()), CV_8U, const_cast<char *>(bytes.constData()));
    cv::Mat decoded;
    try {
        decoded = cv::imdecode(buffer, cv::IMREAD_UNCHANGED);
    } catch (const cv::Exception &e) {
        return {{}, QCoreApplication::translate("vlmwb::core::DocumentLoader", "%1: the %2 image could not be decoded (%3).")
                        .arg(name, formatName, QString::fromStdString(e.msg).trimmed())};
    }
    if (decoded.empty())
        return {{}, QCoreApplication::translate("vlmwb::core::DocumentLoader", "%1: the %2 image is truncated or corrupt; it could not be decoded.")
                        .arg(name, formatName)};
    if (decoded.channels() != 1 && decoded.channels() != 3 && decoded.channels() != 4)
        return {{}, QCoreApplication::translate("vlmwb::core::DocumentLoader", "%1: %2 images with %3 channels are not supported.")
                        .arg(name, formatName).arg(decoded.channels())};
    return {decoded, {}};
}

QString pixelLimitError(const QString &name, QSize size, qint64 pixelLimit, int page)
{
    const qint64 pixels = static_cast<qint64>(size.width()) * size.height();
    if (size.width() > 0 && size.height() > 0 && pixels <= pixelLimit)
        return {};
    if (size.width() <= 0 || size.height() <= 0)
        return QCoreApplication::translate("vlmwb::core::DocumentLoader", "%1: the header gives an invalid image size of %2 × %3 pixels.")
            .arg(name).arg(size.width()).arg(size.height());
    const QString where = page < 0 ? QString() : QCoreApplication::translate("vlmwb::core::DocumentLoader", " (page %1)").arg(page + 1);
    return QCoreApplication::translate("vlmwb::core::DocumentLoader", "%1%2: the image is %3 × %4 = %5 pixels, more than the limit of %6 pixels; "
                      "it was not decoded. Raise the pixel limit to open it if you trust the file.")
        .arg(name, where).arg(size.width()).arg(size.height()).arg(pixels).arg(pixelLimit);
}

QString truncatedError(const QString &name, const QString &formatName)
{
    return QCoreApplication::translate("vlmwb::core::DocumentLoader", "%1: the %2 file is truncated (it ends before the image data is complete).")
        .arg(name, formatName);
}

QString unreadableHeaderError(const QString &name, const QString &formatName)
{
    return QCoreApplication::translate("vlmwb::core::DocumentLoader", "%1: the %2 header is damaged or truncated; the image size cannot be read.")
        .arg(name, formatName);
}

} // namespace vlmwb::core
