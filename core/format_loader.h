// One loader per file format ("generators" in Okular's words), behind one interface. The document
// loader picks the loader whose recognises() accepts the file's first bytes, never the extension.
#pragma once

#include "core/document.h"

#include <memory>
#include <vector>

namespace vlmwb::core {

struct FormatLoadRequest {
    QString name;           // the file's path, for messages
    qint64 pixelLimit = 0;  // per page; a page above it is refused, before decoding where possible
    double pdfDpi = 200;    // render resolution for vector formats
};

struct FormatLoadOutcome {
    QVector<Page> pages;
    QString error;          // a sentence naming the file and the cause; empty on success
};

class FormatLoader
{
public:
    virtual ~FormatLoader() = default;
    virtual QString formatName() const = 0;
    // Lower-case file extensions that normally hold this format, without the dot.
    virtual QStringList extensions() const = 0;
    // True when the first bytes are this format's signature.
    virtual bool recognises(const QByteArray &bytes) const = 0;
    virtual FormatLoadOutcome load(const QByteArray &bytes, const FormatLoadRequest &request) const = 0;
};

// Every loader, in the order their signatures are tried (one file each: *_loader.cpp).
const std::vector<std::unique_ptr<FormatLoader>> &formatLoaders();

std::unique_ptr<FormatLoader> makePngLoader();
std::unique_ptr<FormatLoader> makeJpegLoader();
std::unique_ptr<FormatLoader> makeTiffLoader();
std::unique_ptr<FormatLoader> makeBmpLoader();
std::unique_ptr<FormatLoader> makeWebpLoader();
std::unique_ptr<FormatLoader> makePdfLoader();

} // namespace vlmwb::core
