// JPEG: size (SOF), resolution (JFIF) and EXIF orientation read from the markers before decoding;
// decoding by OpenCV (libjpeg, which also turns CMYK/YCCK into BGR).
//
// Why libjpeg is also called here: it reports damaged entropy-coded data ("Corrupt JPEG data: ...")
// as warnings and decodes on, so OpenCV returns whatever garbage came out. A first pass through
// libjpeg itself counts those warnings, and a file with any is refused.
//
// Why the orientation is applied here: OpenCV 4.6's imdecode applies EXIF orientation only when the
// flags are neither IMREAD_UNCHANGED nor contain IMREAD_IGNORE_ORIENTATION (IMREAD_COLOR does apply
// it). We decode with IMREAD_UNCHANGED, so OpenCV leaves the pixels as stored and we rotate/flip them
// ourselves, once, from the tag parsed below: the behaviour no longer depends on the flag.
#include "core/byte_view.h"
#include "core/format_loader.h"
#include "core/raster_page.h"

#include <QCoreApplication>

#include <opencv2/core.hpp>

#include <csetjmp>
#include <cstdio> // jpeglib.h needs FILE
#include <jpeglib.h>

namespace vlmwb::core {

namespace {

struct JpegHeader {
    QSize size;
    int orientation = 1;  // EXIF 0x0112: 1..8, 1 = as stored
    double dpi = 0;
    qint64 scanStart = -1; // offset of the first SOS marker
};

// EXIF APP1 payload: "Exif\0\0" then a TIFF structure; IFD0 holds the orientation tag.
int exifOrientation(const QByteArray &bytes, qint64 tiffStart, qint64 end)
{
    const ByteView view(bytes);
    const QByteArray order = bytes.mid(tiffStart, 2);
    if (order != "II" && order != "MM")
        return 1;
    const bool big = order == "MM";
    const qint64 ifd = tiffStart + view.u32(tiffStart + 4, big);
    const int entries = static_cast<int>(view.u16(ifd, big));
    for (int i = 0; i < entries && view.ok(); ++i) {
        const qint64 entry = ifd + 2 + 12 * i;
        if (entry + 12 > end)
            break;
        if (view.u16(entry, big) == 0x0112) {
            const int value = static_cast<int>(view.u16(entry + 8, big));
            return view.ok() && value >= 1 && value <= 8 ? value : 1;
        }
    }
    return 1;
}

// Walks the marker segments up to the first scan. False when the header runs past the end.
bool readJpegHeader(const QByteArray &bytes, JpegHeader &header)
{
    const ByteView view(bytes);
    qint64 offset = 2;
    while (view.has(offset, 2)) {
        if (view.u8(offset) != 0xFF)
            return false;
        const quint32 marker = view.u8(offset + 1);
        if (marker == 0xFF) { // fill byte
            ++offset;
            continue;
        }
        if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD8)) {
            offset += 2;
            continue;
        }
        const qint64 length = view.be16(offset + 2);
        const qint64 data = offset + 4;
        if (length < 2 || !view.has(offset + 2, length))
            return false;
        const qint64 end = offset + 2 + length;
        if (marker == 0xDA) {
            header.scanStart = offset;
            return true;
        }
        const bool startOfFrame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8
                                  && marker != 0xCC;
        if (startOfFrame)
            header.size = QSize(static_cast<int>(view.be16(data + 3)), static_cast<int>(view.be16(data + 1)));
        if (marker == 0xE0 && bytes.mid(data, 5) == QByteArray("JFIF\0", 5)) {
            const quint32 units = view.u8(data + 7);
            const double density = view.be16(data + 8);
            header.dpi = units == 1 ? density : units == 2 ? density * 2.54 : 0;
        }
        if (marker == 0xE1 && bytes.mid(data, 6) == QByteArray("Exif\0\0", 6))
            header.orientation = exifOrientation(bytes, data + 6, end);
        offset = end;
    }
    return false;
}

struct JpegErrors {
    jpeg_error_mgr manager;             // first: libjpeg passes a pointer to it
    std::jmp_buf fatal;
    char firstWarning[JMSG_LENGTH_MAX]; // libjpeg's own sentence for the first warning
};

// libjpeg's first warning while decoding every scanline, or empty when there is none (a fatal
// error is left to the OpenCV decode, which reports it). No C++ object lives across setjmp.
QString jpegDataWarning(const QByteArray &bytes)
{
    jpeg_decompress_struct info;
    JpegErrors errors;
    errors.firstWarning[0] = '\0';
    info.err = jpeg_std_error(&errors.manager);
    errors.manager.error_exit = [](j_common_ptr common) {
        std::longjmp(reinterpret_cast<JpegErrors *>(common->err)->fatal, 1);
    };
    errors.manager.emit_message = [](j_common_ptr common, int level) {
        auto *errors = reinterpret_cast<JpegErrors *>(common->err);
        if (level < 0 && errors->manager.num_warnings++ == 0)
            errors->manager.format_message(common, errors->firstWarning);
    };
    jpeg_create_decompress(&info);
    if (setjmp(errors.fatal)) {
        jpeg_destroy_decompress(&info);
        return {};
    }
    jpeg_mem_src(&info, reinterpret_cast<const unsigned char *>(bytes.constData()),
                 static_cast<unsigned long>(bytes.size()));
    jpeg_read_header(&info, TRUE);
    info.dct_method = JDCT_IFAST; // only the warnings matter, not the pixels
    info.do_fancy_upsampling = FALSE;
    jpeg_start_decompress(&info);
    JSAMPARRAY row = (*info.mem->alloc_sarray)(reinterpret_cast<j_common_ptr>(&info), JPOOL_IMAGE,
                                               info.output_width * static_cast<JDIMENSION>(info.output_components), 1);
    while (info.output_scanline < info.output_height)
        jpeg_read_scanlines(&info, row, 1);
    jpeg_finish_decompress(&info); // reads on to the end-of-image marker: junk before it warns too
    const long warnings = errors.manager.num_warnings;
    jpeg_destroy_decompress(&info);
    return warnings > 0 ? QString::fromLocal8Bit(errors.firstWarning) : QString();
}

cv::Mat applyOrientation(const cv::Mat &stored, int orientation)
{
    cv::Mat shown;
    switch (orientation) {
    case 2: cv::flip(stored, shown, 1); break;
    case 3: cv::rotate(stored, shown, cv::ROTATE_180); break;
    case 4: cv::flip(stored, shown, 0); break;
    case 5: cv::transpose(stored, shown); break;
    case 6: cv::rotate(stored, shown, cv::ROTATE_90_CLOCKWISE); break;
    case 7:
        cv::transpose(stored, shown);
        cv::flip(shown, shown, -1);
        break;
    case 8: cv::rotate(stored, shown, cv::ROTATE_90_COUNTERCLOCKWISE); break;
    default: shown = stored; break;
    }
    return shown;
}

class JpegLoader final : public FormatLoader
{
public:
    QString formatName() const override { return QStringLiteral("JPEG"); }
    QStringList extensions() const override
    {
        return {QStringLiteral("jpg"), QStringLiteral("jpeg"), QStringLiteral("jpe"), QStringLiteral("jfif")};
    }
    bool recognises(const QByteArray &bytes) const override { return bytes.startsWith("\xFF\xD8\xFF"); }

    FormatLoadOutcome load(const QByteArray &bytes, const FormatLoadRequest &request) const override
    {
        JpegHeader header;
        if (!readJpegHeader(bytes, header) || header.scanStart < 0)
            return {{}, unreadableHeaderError(request.name, formatName())};
        if (const QString refused = pixelLimitError(request.name, header.size, request.pixelLimit);
            !refused.isEmpty())
            return {{}, refused};
        // libjpeg fills a cut-off scan with grey and only warns, so look for the end-of-image marker
        // ourselves. In entropy-coded data 0xFF is always followed by 0x00 or a restart marker, so
        // FF D9 after the first scan is the real end (an EXIF thumbnail's EOI comes before it).
        if (bytes.indexOf(QByteArray("\xFF\xD9", 2), header.scanStart) < 0)
            return {{}, truncatedError(request.name, formatName())};
        if (const QString warning = jpegDataWarning(bytes); !warning.isEmpty())
            return {{}, QCoreApplication::translate("vlmwb::core::DocumentLoader",
                                                    "%1: the JPEG data is corrupt (libjpeg: %2); it was not decoded.")
                            .arg(request.name, warning)};

        RasterDecode decoded = decodeWithOpenCv(bytes, request.name, formatName());
        if (!decoded.error.isEmpty())
            return {{}, decoded.error};
        return {{makePage(applyOrientation(decoded.pixels, header.orientation), 0, header.dpi)}, {}};
    }
};

} // namespace

std::unique_ptr<FormatLoader> makeJpegLoader()
{
    return std::make_unique<JpegLoader>();
}

} // namespace vlmwb::core
