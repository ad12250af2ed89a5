// TIFF: every IFD is a page. The IFD chain is walked here first (sizes, resolution, page count), so
// a page over the pixel limit is refused before anything is decoded; then OpenCV (libtiff) decodes
// all pages. OpenCV 4.6 has no imdecodemulti, so the bytes go through a temporary file.
#include "core/byte_view.h"
#include "core/format_loader.h"
#include "core/raster_page.h"

#include <QCoreApplication>
#include <QSet>
#include <QTemporaryFile>

#include <opencv2/imgcodecs.hpp>

namespace vlmwb::core {

namespace {

constexpr int maximumPages = 10'000; // a guard against IFD chains that never end

struct TiffPageHeader {
    QSize size;
    double dpi = 0;
};

enum class TiffWalk { Complete, Truncated };

// Value of a SHORT or LONG tag stored inline in a 12-byte IFD entry.
quint32 inlineValue(const ByteView &view, qint64 entry, bool big)
{
    return view.u16(entry + 2, big) == 3 ? view.u16(entry + 8, big) : view.u32(entry + 8, big);
}

TiffWalk walkIfds(const QByteArray &bytes, QVector<TiffPageHeader> &pages)
{
    const ByteView view(bytes);
    const bool big = bytes.startsWith("MM");
    qint64 ifd = view.u32(4, big);
    QSet<qint64> visited;
    while (ifd != 0 && !visited.contains(ifd) && pages.size() < maximumPages) {
        visited.insert(ifd);
        const int entries = static_cast<int>(view.u16(ifd, big));
        if (!view.ok() || !view.has(ifd + 2, 12LL * entries + 4))
            return TiffWalk::Truncated;
        TiffPageHeader page;
        int width = 0;
        int height = 0;
        double resolution = 0;
        quint32 unit = 2; // the TIFF default: inch
        for (int i = 0; i < entries; ++i) {
            const qint64 entry = ifd + 2 + 12 * i;
            switch (view.u16(entry, big)) {
            case 256: width = static_cast<int>(qMin<quint32>(inlineValue(view, entry, big), INT_MAX)); break;
            case 257: height = static_cast<int>(qMin<quint32>(inlineValue(view, entry, big), INT_MAX)); break;
            case 282: { // XResolution: RATIONAL stored elsewhere
                const qint64 at = view.u32(entry + 8, big);
                const double denominator = view.u32(at + 4, big);
                resolution = denominator > 0 ? view.u32(at, big) / denominator : 0;
                break;
            }
            case 296: unit = view.u16(entry + 8, big); break;
            default: break;
            }
        }
        page.size = QSize(width, height);
        page.dpi = unit == 2 ? resolution : unit == 3 ? resolution * 2.54 : 0;
        pages.append(page);
        ifd = view.u32(ifd + 2 + 12LL * entries, big);
        if (!view.ok())
            return TiffWalk::Truncated;
    }
    return TiffWalk::Complete;
}

class TiffLoader final : public FormatLoader
{
public:
    QString formatName() const override { return QStringLiteral("TIFF"); }
    QStringList extensions() const override { return {QStringLiteral("tif"), QStringLiteral("tiff")}; }
    bool recognises(const QByteArray &bytes) const override
    {
        return bytes.startsWith(QByteArray("II*\0", 4)) || bytes.startsWith(QByteArray("MM\0*", 4));
    }

    FormatLoadOutcome load(const QByteArray &bytes, const FormatLoadRequest &request) const override
    {
        QVector<TiffPageHeader> headers;
        if (walkIfds(bytes, headers) == TiffWalk::Truncated || headers.isEmpty())
            return {{}, headers.isEmpty() ? unreadableHeaderError(request.name, formatName())
                                          : truncatedError(request.name, formatName())};
        for (int index = 0; index < headers.size(); ++index) {
            const int page = headers.size() > 1 ? index : -1;
            if (const QString refused = pixelLimitError(request.name, headers[index].size, request.pixelLimit, page);
                !refused.isEmpty())
                return {{}, refused};
        }

        QTemporaryFile copy;
        if (!copy.open() || copy.write(bytes) != bytes.size() || !copy.flush())
            return {{}, QCoreApplication::translate("vlmwb::core::DocumentLoader", "%1: a temporary copy for decoding could not be written (%2).")
                            .arg(request.name, copy.errorString())};
        std::vector<cv::Mat> decoded;
        try {
            cv::imreadmulti(copy.fileName().toStdString(), decoded, cv::IMREAD_UNCHANGED);
        } catch (const cv::Exception &e) {
            return {{}, QCoreApplication::translate("vlmwb::core::DocumentLoader", "%1: the TIFF image could not be decoded (%2).")
                            .arg(request.name, QString::fromStdString(e.msg).trimmed())};
        }
        if (static_cast<int>(decoded.size()) < headers.size())
            return {{}, QCoreApplication::translate("vlmwb::core::DocumentLoader", "%1: page %2 of %3 of the TIFF file is truncated or corrupt; it "
                                   "could not be decoded.")
                            .arg(request.name).arg(decoded.size() + 1).arg(headers.size())};
        FormatLoadOutcome outcome;
        for (int index = 0; index < headers.size(); ++index) {
            const cv::Mat &pixels = decoded[static_cast<size_t>(index)];
            if (pixels.channels() != 1 && pixels.channels() != 3 && pixels.channels() != 4)
                return {{}, QCoreApplication::translate("vlmwb::core::DocumentLoader", "%1: TIFF images with %2 channels are not supported.")
                                .arg(request.name).arg(pixels.channels())};
            outcome.pages.append(makePage(pixels, index, headers[index].dpi));
        }
        return outcome;
    }
};

} // namespace

std::unique_ptr<FormatLoader> makeTiffLoader()
{
    return std::make_unique<TiffLoader>();
}

} // namespace vlmwb::core
