// Reads a document end to end: load -> preprocess (greyscale, illumination, deskew) -> line layout
// -> line crops at the model's input height -> recognition in batches of lines of similar width ->
// OcrResult with boxes on the original pages. Synchronous; core/ocr_task.h runs it on a worker.
#pragma once

#include "core/document.h"
#include "core/line_layout.h"
#include "core/line_recognizer.h"
#include "core/ocr_result.h"

#include <QTransform>

#include <functional>
#include <memory>

namespace vlmwb::core {

struct OcrOptions {
    bool wholeLines = false;          // each page is one text line: grey, cut to its ink box, no layout
    int batchSize = 16;               // lines per recognition batch (>= 1); decoding steps dominate, so
                                      // fewer, fuller batches are faster
    inference::DecodeOptions decode;
    LineLayoutOptions layout;
};

// One text line of a page, ready to read: its OcrLine (box, outline, block; no text yet), the crop
// the model reads, and where crop pixels lie on the original page.
struct PageLine {
    OcrLine line;
    inference::LineImage image; // 8-bit grey, at the model's input height
    QTransform cropToPage;      // crop pixels -> original page pixels
};

// The lines of `page` cut as OcrPipeline reads them (layout, or the whole page with wholeLines), in
// reading order. Deterministic, so a line of a finished run can be cut again (to trace its
// attention). Adds the preprocessing and layout times to `timings` when given.
std::vector<PageLine> cutPageLines(const Page &page, const OcrOptions &options, int inputHeight,
                                   OcrTimings *timings = nullptr);

class OcrPipeline
{
public:
    // done / total lines recognised so far; called after each batch (and once with 0 / total).
    using Progress = std::function<void(int done, int total)>;
    // Asked between batches; true stops the run, which then returns with cancelled set.
    using Cancelled = std::function<bool()>;

    OcrPipeline(std::shared_ptr<LineRecognizer> recognizer, OcrOptions options = {});

    OcrResult readFile(const QString &path, const Progress &progress = {}, const Cancelled &cancelled = {}) const;
    OcrResult readDocument(const Document &document, const Progress &progress = {},
                           const Cancelled &cancelled = {}) const;

private:
    std::shared_ptr<LineRecognizer> m_recognizer;
    OcrOptions m_options;
};

} // namespace vlmwb::core
