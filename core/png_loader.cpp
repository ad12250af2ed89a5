// PNG: size from IHDR and resolution from pHYs, read before decoding; decoding by OpenCV (libpng).
#include "core/byte_view.h"
#include "core/format_loader.h"
#include "core/raster_page.h"

namespace vlmwb::core {

namespace {

const QByteArray pngSignature("\x89PNG\r\n\x1a\n", 8);

class PngLoader final : public FormatLoader
{
public:
    QString formatName() const override { return QStringLiteral("PNG"); }
    QStringList extensions() const override { return {QStringLiteral("png")}; }
    bool recognises(const QByteArray &bytes) const override { return bytes.startsWith(pngSignature); }

    FormatLoadOutcome load(const QByteArray &bytes, const FormatLoadRequest &request) const override
    {
        const ByteView view(bytes);
        if (view.be32(8) != 13 || bytes.mid(12, 4) != "IHDR")
            return {{}, unreadableHeaderError(request.name, formatName())};
        const QSize size(static_cast<int>(qMin<quint32>(view.be32(16), INT_MAX)),
                         static_cast<int>(qMin<quint32>(view.be32(20), INT_MAX)));
        if (!view.ok())
            return {{}, unreadableHeaderError(request.name, formatName())};
        if (const QString refused = pixelLimitError(request.name, size, request.pixelLimit); !refused.isEmpty())
            return {{}, refused};

        // Walk the chunks (length, type, data, CRC) to IEND: a file cut short never reaches it.
        double dpi = 0;
        qint64 offset = 8;
        bool sawEnd = false;
        while (view.has(offset, 12)) {
            const qint64 length = view.be32(offset);
            const QByteArray type = bytes.mid(offset + 4, 4);
            if (!view.has(offset + 8, length + 4))
                break;
            // pHYs: pixels per unit x, y (u32 each), unit (1 = metre).
            if (type == "pHYs" && length == 9 && view.u8(offset + 16) == 1)
                dpi = view.be32(offset + 8) * 0.0254;
            if (type == "IEND") {
                sawEnd = true;
                break;
            }
            offset += 12 + length;
        }
        if (!sawEnd)
            return {{}, truncatedError(request.name, formatName())};

        RasterDecode decoded = decodeWithOpenCv(bytes, request.name, formatName());
        if (!decoded.error.isEmpty())
            return {{}, decoded.error};
        return {{makePage(decoded.pixels, 0, dpi)}, {}};
    }
};

} // namespace

std::unique_ptr<FormatLoader> makePngLoader()
{
    return std::make_unique<PngLoader>();
}

} // namespace vlmwb::core
