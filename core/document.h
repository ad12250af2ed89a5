// The document model: a file that was loaded, and its pages as pixels.
#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>
#include <QStringList>
#include <QVector>

#include <opencv2/core/mat.hpp>

namespace vlmwb::core {

// One page of a document. Two copies of the pixels are kept on purpose:
//  - pixels: what the analysis (preprocess, layout, line crops) reads. Exactly as decoded, with the
//    EXIF orientation applied: depth CV_8U or CV_16U; 1 channel (grey), 3 (BGR) or 4 (BGRA), in
//    OpenCV's channel order. PDF pages are rendered onto white paper as CV_8UC3 (BGR).
//  - display: an 8-bit QImage (Grayscale8, RGB888 or RGBA8888) that widgets draw; 16-bit pages are
//    scaled down to 8 bits here only.
// Both have the same width and height, so a box in one is a box in the other.
struct Page {
    int index = 0;          // 0-based position in the document
    cv::Mat pixels;
    QImage display;
    double sourceDpi = 0;   // from the file's metadata, or the PDF render DPI; 0 when unknown
};

struct Document {
    QString path;             // as given to the loader
    QString format;           // "PNG", "JPEG", "TIFF", "BMP", "WebP" or "PDF", found from the content
    QByteArray sha256;        // of the file's bytes, lower-case hex
    qint64 byteCount = 0;
    QVector<Page> pages;      // never empty in a successfully loaded document
    QStringList notes;        // sentences worth telling the user, e.g. an extension that lied
};

struct DocumentLoadResult {
    Document document;
    QString error;            // a sentence naming the file and the cause; empty on success
    bool ok() const { return error.isEmpty() && !document.pages.isEmpty(); }
};

} // namespace vlmwb::core
