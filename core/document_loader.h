// Opens a document file: reads it, hashes it, picks the format loader from the content's magic bytes
// (never from the extension) and returns its pages, or one sentence saying what is wrong.
//
// Decompression bombs: every loader reads the page size from the file's own header (PNG IHDR, JPEG
// SOF, BMP header, WebP chunk header, each TIFF IFD, each PDF page box) and refuses a page above
// pixelLimit before decoding it. OpenCV's own guard (environment variable
// OPENCV_IO_MAX_IMAGE_PIXELS, default 2^30) is read once when libopencv_imgcodecs is loaded, so it
// cannot be lowered from here; it stays as the backstop behind these checks.
#pragma once

#include "core/document.h"

namespace vlmwb::core {

struct DocumentLoadOptions {
    static constexpr qint64 defaultPixelLimit = 100'000'000; // per page
    static constexpr double defaultPdfDpi = 200;
    static constexpr qint64 defaultByteLimit = 1LL << 30;    // files are read whole into memory

    qint64 pixelLimit = defaultPixelLimit;
    double pdfDpi = defaultPdfDpi;
    qint64 byteLimit = defaultByteLimit;
};

class DocumentLoader
{
public:
    explicit DocumentLoader(DocumentLoadOptions options = {}) : m_options(options) {}

    DocumentLoadResult load(const QString &path) const;
    // bytes as if read from a file called name (used in messages and for the extension check).
    DocumentLoadResult decode(const QByteArray &bytes, const QString &name) const;

    // "PNG, JPEG, TIFF, BMP, WebP, PDF": the formats any loader recognises, for messages and dialogs.
    static QString supportedFormats();

private:
    DocumentLoadOptions m_options;
};

} // namespace vlmwb::core
