// What one OCR run read from a document: per page, the text lines in reading order with their boxes
// on the original page and their confidences. Plain data, copied freely (across threads too).
#pragma once

#include <QByteArray>
#include <QPolygonF>
#include <QRectF>
#include <QSize>
#include <QString>
#include <QVector>

#include "vlmwb/mac_counts.h"
#include "vlmwb/model_config.h"

namespace vlmwb::core {

struct OcrLine {
    QString text;
    QRectF box;          // original page pixels (the line's upright box mapped back, bounding box)
    QPolygonF outline;   // the deskewed line box mapped onto the original page
    QVector<float> characterConfidences; // one per Unicode code point of text, [0, 1]
    double confidence = 0; // [0, 1]: geometric mean of the generated tokens' probabilities
    int block = 0;       // column / cell in reading order (core::LineRegion::block)
};

struct OcrPage {
    int index = 0;
    QSize size;                // original page pixels
    QVector<OcrLine> lines;    // reading order
    QString text() const;      // the lines joined by '\n'
};

// Milliseconds of wall time per stage, summed over the document's pages.
struct OcrTimings {
    double loadMs = 0;
    double preprocessMs = 0;
    double layoutMs = 0;
    double recognitionMs = 0;
    double totalMs() const { return loadMs + preprocessMs + layoutMs + recognitionMs; }
};

// One recognition batch as the engine ran it: every line padded to the widest.
struct OcrBatchShape {
    int lines = 0;
    int width = 0;            // pixels of the widest crop, at the model's input height
    int height = 0;
    int steps = 0;            // decoding steps: the most tokens a line of the batch generated
};

// What the run really computed and held, to set beside the cost model's estimate
// (core/run_cost_comparison.h).
struct OcrRunMeasurement {
    inference::MacCounts macs;          // counted by the engine, summed over the batches
    int generatedTokens = 0;            // over every line
    bool memoryCounted = false;         // the device's allocator counts tensor bytes
    // Tensor bytes held when recognition began (the loaded models' weights, anything else alive) and
    // the most held during it: their difference is the run's working memory (K/V, scores, activations).
    qint64 baselineTensorBytes = 0;
    qint64 peakTensorBytes = 0;
    QVector<OcrBatchShape> batches;
};

struct OcrResult {
    QString path;        // the document file as given
    QByteArray sha256;   // of the file's bytes, lower-case hex (core::Document::sha256)
    qint64 byteCount = 0;
    QString pattern;     // "cross_attention", "projection" or "early_fusion"
    QString modelFolder;
    QString device;      // "cpu" or "cuda"
    inference::DecodingConfig decoding; // beam and CTC weight the lines were read with
    QVector<OcrPage> pages;
    OcrTimings timings;
    OcrRunMeasurement measured;
    QString error;       // a sentence naming the file and the cause; empty on success
    bool cancelled = false;
    bool ok() const { return error.isEmpty() && !cancelled; }
    int lineCount() const;
    QVector<const OcrLine *> allLines() const; // every page's lines, page by page, in reading order
};

} // namespace vlmwb::core
