#include "core/image_loader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

namespace vlmwb::core {

namespace {

// An explicit context keeps lupdate and the runtime agreeing on where these strings live.
QString tr(const char *text)
{
    return QCoreApplication::translate("vlmwb::core::ImageLoader", text);
}

// OpenCV keeps BGR(A); QImage wants RGB. 16-bit images are scaled down to 8 bits for display.
QImage toQImage(const cv::Mat &decoded)
{
    cv::Mat eight;
    if (decoded.depth() == CV_16U)
        decoded.convertTo(eight, CV_8U, 1.0 / 257.0);
    else if (decoded.depth() != CV_8U)
        cv::normalize(decoded, eight, 0, 255, cv::NORM_MINMAX, CV_8U);
    else
        eight = decoded;

    cv::Mat rgb;
    QImage::Format format = QImage::Format_RGB888;
    switch (eight.channels()) {
    case 1:
        rgb = eight;
        format = QImage::Format_Grayscale8;
        break;
    case 3:
        cv::cvtColor(eight, rgb, cv::COLOR_BGR2RGB);
        break;
    case 4:
        cv::cvtColor(eight, rgb, cv::COLOR_BGRA2RGBA);
        format = QImage::Format_RGBA8888;
        break;
    default:
        return {};
    }
    QImage view(rgb.data, rgb.cols, rgb.rows, static_cast<qsizetype>(rgb.step), format);
    return view.copy(); // the QImage must own its pixels once rgb goes out of scope
}

} // namespace

ImageLoadResult ImageLoader::load(const QString &path) const
{
    const QFileInfo info(path);
    if (!info.exists())
        return {{}, tr("%1: the file does not exist.").arg(path)};
    if (info.isDir())
        return {{}, tr("%1: this is a folder, not an image file.").arg(path)};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {{}, tr("%1: the file cannot be read (%2).").arg(path, file.errorString())};
    return decode(file.readAll(), path);
}

ImageLoadResult ImageLoader::decode(const QByteArray &bytes, const QString &name) const
{
    if (bytes.isEmpty())
        return {{}, tr("%1: the file is empty (0 bytes).").arg(name)};

    const cv::Mat buffer(1, static_cast<int>(bytes.size()), CV_8U,
                         const_cast<char *>(bytes.constData()));
    cv::Mat decoded;
    try {
        decoded = cv::imdecode(buffer, cv::IMREAD_UNCHANGED);
    } catch (const cv::Exception &e) {
        return {{}, tr("%1: the image could not be decoded (%2).").arg(name, QString::fromStdString(e.msg))};
    }
    if (decoded.empty())
        return {{}, tr("%1: the image is truncated, corrupt or not in a supported format "
                       "(PNG, JPEG, TIFF, BMP, WebP).").arg(name)};
    const qint64 pixels = static_cast<qint64>(decoded.cols) * decoded.rows;
    if (pixels > m_pixelLimit)
        return {{}, tr("%1: the image has %2 pixels, more than the limit of %3.")
                        .arg(name).arg(pixels).arg(m_pixelLimit)};
    QImage image = toQImage(decoded);
    if (image.isNull())
        return {{}, tr("%1: images with %2 channels are not supported.").arg(name).arg(decoded.channels())};
    return {image, {}};
}

} // namespace vlmwb::core
