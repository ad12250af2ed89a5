// PDF through poppler-qt6: every page rendered at the requested DPI (default 200) onto white paper.
// Page sizes come from the page boxes, so a page over the pixel limit is refused before rendering.
#include "core/format_loader.h"
#include "core/raster_page.h"

#include <QCoreApplication>

#include <poppler-qt6.h>

#include <opencv2/imgproc.hpp>

namespace vlmwb::core {

namespace {

constexpr double pointsPerInch = 72.0;

class PdfLoader final : public FormatLoader
{
public:
    QString formatName() const override { return QStringLiteral("PDF"); }
    QStringList extensions() const override { return {QStringLiteral("pdf")}; }
    // The PDF specification allows the header anywhere in the first 1024 bytes.
    bool recognises(const QByteArray &bytes) const override
    {
        const qsizetype at = bytes.indexOf("%PDF-");
        return at >= 0 && at < 1024;
    }

    FormatLoadOutcome load(const QByteArray &bytes, const FormatLoadRequest &request) const override
    {
        const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(bytes);
        if (!document)
            return {{}, QCoreApplication::translate("vlmwb::core::DocumentLoader", "%1: the PDF file is damaged or truncated; it could not be opened.")
                            .arg(request.name)};
        if (document->isLocked())
            return {{}, QCoreApplication::translate("vlmwb::core::DocumentLoader", "%1: the PDF file is encrypted with a password; open an unprotected "
                                   "copy instead.").arg(request.name)};
        const int pageCount = document->numPages();
        if (pageCount <= 0)
            return {{}, QCoreApplication::translate("vlmwb::core::DocumentLoader", "%1: the PDF file has no pages.").arg(request.name)};
        document->setRenderHint(Poppler::Document::Antialiasing);
        document->setRenderHint(Poppler::Document::TextAntialiasing);

        FormatLoadOutcome outcome;
        const double scale = request.pdfDpi / pointsPerInch;
        for (int index = 0; index < pageCount; ++index) {
            const std::unique_ptr<Poppler::Page> page = document->page(index);
            if (!page)
                return {{}, QCoreApplication::translate("vlmwb::core::DocumentLoader", "%1: page %2 of the PDF file cannot be read.").arg(request.name).arg(index + 1)};
            const QSizeF points = page->pageSizeF();
            const QSize pixels(qRound(points.width() * scale), qRound(points.height() * scale));
            if (const QString refused = pixelLimitError(request.name, pixels, request.pixelLimit, index);
                !refused.isEmpty())
                return {{}, refused};
            const QImage rendered = page->renderToImage(request.pdfDpi, request.pdfDpi)
                                        .convertToFormat(QImage::Format_RGB32);
            if (rendered.isNull())
                return {{}, QCoreApplication::translate("vlmwb::core::DocumentLoader", "%1: page %2 of the PDF file could not be rendered.")
                                .arg(request.name).arg(index + 1)};
            // Format_RGB32 is B, G, R, 0xFF in memory on little-endian machines: OpenCV's BGRA.
            const cv::Mat view(rendered.height(), rendered.width(), CV_8UC4,
                               const_cast<uchar *>(rendered.constBits()),
                               static_cast<size_t>(rendered.bytesPerLine()));
            cv::Mat bgr;
            cv::cvtColor(view, bgr, cv::COLOR_BGRA2BGR);
            outcome.pages.append(makePage(bgr, index, request.pdfDpi));
        }
        return outcome;
    }
};

} // namespace

std::unique_ptr<FormatLoader> makePdfLoader()
{
    return std::make_unique<PdfLoader>();
}

} // namespace vlmwb::core
