// WebP: size from the VP8 / VP8L / VP8X chunk header and completeness from the RIFF length, both
// before decoding; decoding by OpenCV (libwebp).
#include "core/byte_view.h"
#include "core/format_loader.h"
#include "core/raster_page.h"

namespace vlmwb::core {

namespace {

QSize webpSize(const QByteArray &bytes)
{
    const ByteView view(bytes);
    const QByteArray chunk = bytes.mid(12, 4);
    QSize size;
    if (chunk == "VP8 " && bytes.mid(23, 3) == "\x9d\x01\x2a") // lossy: key-frame start code
        size = QSize(static_cast<int>(view.le16(26) & 0x3FFF), static_cast<int>(view.le16(28) & 0x3FFF));
    else if (chunk == "VP8L" && view.u8(20) == 0x2F) { // lossless: 14-bit width-1, height-1
        const quint32 packed = view.le32(21);
        size = QSize(static_cast<int>((packed & 0x3FFF) + 1), static_cast<int>(((packed >> 14) & 0x3FFF) + 1));
    } else if (chunk == "VP8X") { // extended: 24-bit canvas width-1, height-1
        const quint32 width = view.le16(24) | view.u8(26) << 16;
        const quint32 height = view.le16(27) | view.u8(29) << 16;
        size = QSize(static_cast<int>(width + 1), static_cast<int>(height + 1));
    }
    return view.ok() ? size : QSize();
}

class WebpLoader final : public FormatLoader
{
public:
    QString formatName() const override { return QStringLiteral("WebP"); }
    QStringList extensions() const override { return {QStringLiteral("webp")}; }
    bool recognises(const QByteArray &bytes) const override
    {
        return bytes.startsWith("RIFF") && bytes.mid(8, 4) == "WEBP";
    }

    FormatLoadOutcome load(const QByteArray &bytes, const FormatLoadRequest &request) const override
    {
        const ByteView view(bytes);
        const qint64 riffEnd = 8 + static_cast<qint64>(view.le32(4));
        if (!view.ok() || bytes.size() < 20)
            return {{}, unreadableHeaderError(request.name, formatName())};
        if (bytes.size() < riffEnd)
            return {{}, truncatedError(request.name, formatName())};
        const QSize size = webpSize(bytes);
        if (!size.isValid())
            return {{}, unreadableHeaderError(request.name, formatName())};
        if (const QString refused = pixelLimitError(request.name, size, request.pixelLimit); !refused.isEmpty())
            return {{}, refused};

        RasterDecode decoded = decodeWithOpenCv(bytes, request.name, formatName());
        if (!decoded.error.isEmpty())
            return {{}, decoded.error};
        return {{makePage(decoded.pixels, 0, 0)}, {}};
    }
};

} // namespace

std::unique_ptr<FormatLoader> makeWebpLoader()
{
    return std::make_unique<WebpLoader>();
}

} // namespace vlmwb::core
