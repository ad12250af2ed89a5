// A run bundle: everything needed to reopen an attention analysis later, in one folder:
//   bundle.json     format, model id, model config, decoded text, generated ids, placement of the
//                   line in the document, the trace's pattern, grid, tokens and per-map metadata
//   image.png       the image the model read (a line crop or a bare line image)
//   attention.bin   every map's probabilities (float32, little-endian) then its allowed mask (bytes),
//                   map after map at the offsets bundle.json gives
// Probabilities stay float32 on disk and in memory, and are read straight into the trace's vectors
// (a 3,000-token map of one head is 36 MB, no text round trip).
#pragma once

#include "vlmwb/attention_trace.h"

#include <QImage>
#include <QJsonObject>
#include <QRectF>
#include <QString>
#include <QTransform>

#include <vector>

namespace vlmwb::core {

struct AttentionBundle {
    QImage image;
    QString modelId;        // the model folder's name (or any label of the model)
    QJsonObject config;     // the model's config.json
    QString text;           // decoded generated text
    std::vector<int> generatedIds;
    QTransform lineToDocument; // image -> document (core::LineCrop::toSource()); identity for a bare line
    QRectF lineBox;            // the line's box in document coordinates; null when unknown
    inference::AttentionTrace trace;
};

// Creates `folder` when needed and writes the three files. Returns a translated sentence naming the
// file and the cause, or an empty string.
QString saveAttentionBundle(const AttentionBundle &bundle, const QString &folder);

struct AttentionBundleLoad {
    AttentionBundle bundle;
    QString error; // translated sentence naming the file (and key) and the cause; empty on success
    bool ok() const { return error.isEmpty(); }
};

AttentionBundleLoad loadAttentionBundle(const QString &folder);

// The config.json of a model folder as JSON, for AttentionBundle::config; empty when unreadable
// (the bundle then lacks the model's dimensions, which nothing but provenance needs).
QJsonObject modelConfigJson(const QString &modelFolder);

} // namespace vlmwb::core
