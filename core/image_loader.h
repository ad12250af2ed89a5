// Loads a raster image file (PNG, JPEG, TIFF, BMP, WebP) through OpenCV into a QImage.
#pragma once

#include <QImage>
#include <QString>

namespace vlmwb::core {

struct ImageLoadResult {
    QImage image;     // null when loading failed
    QString error;    // a sentence naming the file and the cause; empty on success
    bool ok() const { return !image.isNull(); }
};

class ImageLoader
{
public:
    // Images above this many pixels are refused, so a decompression bomb cannot exhaust memory.
    static constexpr qint64 defaultPixelLimit = 100'000'000;

    explicit ImageLoader(qint64 pixelLimit = defaultPixelLimit) : m_pixelLimit(pixelLimit) {}

    ImageLoadResult load(const QString &path) const;
    ImageLoadResult decode(const QByteArray &bytes, const QString &nameForMessages) const;

private:
    qint64 m_pixelLimit;
};

} // namespace vlmwb::core
