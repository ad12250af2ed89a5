// LineRecognizer over the inference Engine, and a process-wide cache so each model folder is loaded
// once per device however many runs use it.
#pragma once

#include "core/line_recognizer.h"

#include <QString>

#include <memory>

namespace vlmwb::core {

// device: "auto", "cpu" or "cuda".
struct RecognizerRequest {
    QString modelFolder;
    QString device = QStringLiteral("auto");
};

struct RecognizerOpenResult {
    std::shared_ptr<LineRecognizer> recognizer;
    QString error; // a sentence naming the model folder and the cause; empty on success
};

// Opens the model, or returns the one already open for the same folder and device. Thread-safe;
// a recognizer must not run read() from two threads at once (the pipeline runs one at a time).
RecognizerOpenResult openCachedRecognizer(const RecognizerRequest &request);

// Forgets the cached models (they are freed once no run holds them).
void clearRecognizerCache();

} // namespace vlmwb::core
