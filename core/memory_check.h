// The cost estimator's memory figure checked against a real run: the bytes live tensors held at
// the run's peak, as the allocator counts them (vlmwb/tensor_memory.h), beside estimateCost() for
// the same model, line and output length.
#pragma once

#include "core/cost_model.h"

#include "vlmwb/engine.h"

#include <QString>

namespace vlmwb::core {

struct MemoryCheck {
    QString error;                  // non-empty: the model could not be opened or the line not read
    QString device;                 // where the run happened ("cpu", "cuda:0")
    bool counted = false;           // false: the device has no allocator statistics (peak unknown)
    qint64 measuredWeights = 0;     // tensor bytes the model held once loaded
    qint64 measuredPeak = 0;        // most tensor bytes held during the read (weights included)
    MemoryBytes estimate;           // estimateCost() for the same input
    int generatedTokens = 0;
    EstimateInput input;
    // (estimate - measured) / measured; positive: the estimate is high.
    double relativeError() const
    {
        return measuredPeak > 0 ? double(estimate.total - measuredPeak) / double(measuredPeak) : 0.0;
    }
};

// Opens the model in `folder` with tensor counting on (installed first, so its weights count),
// reads `line` once with `decode` (greedily: the estimate models one hypothesis per line), and
// estimates the same input: the line's size, the prompt (BOS and the model's prompt bytes), the
// tokens the read generated, batch 1, the run's dtype.
MemoryCheck checkMemoryEstimate(const QString &folder, const inference::EngineOptions &engine,
                                const inference::LineImage &line, const inference::DecodeOptions &decode);

} // namespace vlmwb::core
