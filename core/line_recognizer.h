// What the OCR pipeline needs from a model: read a batch of line images. The engine-backed
// implementation is core/engine_recognizer.h; tests may supply their own.
#pragma once

#include "vlmwb/engine.h"

#include <QString>

#include <vector>

namespace vlmwb::core {

class LineRecognizer
{
public:
    virtual ~LineRecognizer() = default;

    virtual int inputHeight() const = 0;    // pixels; line crops are cut at this height
    virtual QString pattern() const = 0;
    virtual QString modelFolder() const = 0;
    virtual QString device() const = 0;     // "cpu" or "cuda"
    // The model's own decoding (config.json "decoding"): what read() uses where the options leave
    // beam or CTC weight unset.
    virtual inference::DecodingConfig decoding() const { return {}; }
    // One reading per line, in the order given. Throws std::runtime_error with a sentence on failure.
    virtual std::vector<inference::LineReading> read(const std::vector<inference::LineImage> &lines,
                                                     const inference::DecodeOptions &options) = 0;
    // What the last read() computed, as the engine counted it (nothing counted by default).
    virtual inference::RunCounters lastRun() const { return {}; }
};

} // namespace vlmwb::core
