// Traces the attention of one line of a finished OCR run: cuts the line again exactly as the
// pipeline did (core::cutPageLines), reads it with attention capture and returns a run bundle whose
// lineToDocument places the crop on the original page. Synchronous; the GUI runs it on a worker.
#pragma once

#include "core/attention_bundle.h"
#include "core/line_recognizer.h"
#include "core/ocr_pipeline.h"

#include <memory>

namespace vlmwb::core {

struct LineTraceRequest {
    QString documentPath;
    int page = 0; // index into the document's pages
    int line = 0; // index into the page's lines as OcrPipeline lists them
    std::shared_ptr<LineRecognizer> recognizer;
    OcrOptions options; // the options of the run the line came from
};

struct LineTraceResult {
    AttentionBundle bundle;
    QString error; // a translated sentence naming the file and the cause; empty on success
    bool ok() const { return error.isEmpty(); }
};

LineTraceResult traceOcrLine(const LineTraceRequest &request);

} // namespace vlmwb::core
