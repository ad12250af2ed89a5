// BMP: size, resolution and the expected pixel-data length read from the headers before decoding;
// decoding by OpenCV.
#include "core/byte_view.h"
#include "core/format_loader.h"
#include "core/raster_page.h"

#include <cstdlib>

namespace vlmwb::core {

namespace {

class BmpLoader final : public FormatLoader
{
public:
    QString formatName() const override { return QStringLiteral("BMP"); }
    QStringList extensions() const override { return {QStringLiteral("bmp"), QStringLiteral("dib")}; }
    bool recognises(const QByteArray &bytes) const override
    {
        // "BM" alone is too weak a signature for text files, so the DIB header size must be a known one.
        const ByteView view(bytes);
        const quint32 infoSize = view.le32(14);
        return bytes.startsWith("BM") && view.ok()
               && (infoSize == 12 || infoSize == 40 || infoSize == 52 || infoSize == 56 || infoSize == 64
                   || infoSize == 108 || infoSize == 124);
    }

    FormatLoadOutcome load(const QByteArray &bytes, const FormatLoadRequest &request) const override
    {
        const ByteView view(bytes);
        const qint64 dataOffset = view.le32(10);
        const quint32 infoSize = view.le32(14);
        qint64 width = 0;
        qint64 height = 0;
        quint32 bitsPerPixel = 0;
        quint32 compression = 0;
        double dpi = 0;
        if (infoSize == 12) { // BITMAPCOREHEADER: 16-bit sizes
            width = view.le16(18);
            height = view.le16(20);
            bitsPerPixel = view.le16(24);
        } else {
            width = static_cast<qint32>(view.le32(18));
            height = std::llabs(static_cast<qint32>(view.le32(22))); // negative: stored top-down
            bitsPerPixel = view.le16(28);
            compression = view.le32(30);
            dpi = static_cast<qint32>(view.le32(38)) * 0.0254; // pixels per metre
        }
        if (!view.ok())
            return {{}, unreadableHeaderError(request.name, formatName())};
        const QSize size(static_cast<int>(qMin<qint64>(width, INT_MAX)), static_cast<int>(qMin<qint64>(height, INT_MAX)));
        if (const QString refused = pixelLimitError(request.name, size, request.pixelLimit); !refused.isEmpty())
            return {{}, refused};
        // Uncompressed rows are padded to 4 bytes; a shorter file was cut off.
        const bool uncompressed = compression == 0 || compression == 3;
        const qint64 rowBytes = (width * bitsPerPixel + 31) / 32 * 4;
        if (uncompressed && bytes.size() < dataOffset + rowBytes * height)
            return {{}, truncatedError(request.name, formatName())};

        RasterDecode decoded = decodeWithOpenCv(bytes, request.name, formatName());
        if (!decoded.error.isEmpty())
            return {{}, decoded.error};
        return {{makePage(decoded.pixels, 0, dpi > 0 ? dpi : 0)}, {}};
    }
};

} // namespace

std::unique_ptr<FormatLoader> makeBmpLoader()
{
    return std::make_unique<BmpLoader>();
}

} // namespace vlmwb::core
