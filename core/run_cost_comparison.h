// A finished OCR run beside the cost model: the MACs the engine counted against the estimate for the
// same batches, and the working memory the allocator saw against the estimate's K/V, scores and
// activations. What the Cost dock's "This run" tab shows after each run.
#pragma once

#include "core/cost_model.h"
#include "core/ocr_result.h"

namespace vlmwb::core {

struct RunCostComparison {
    bool valid = false;                // false: no batch was read
    ComponentMacs estimatedMacs;       // prefill + decode of every batch
    ComponentMacs measuredMacs;        // the engine's counts
    MemoryBytes estimatedMemory;       // of the largest batch (the peak)
    bool memoryCounted = false;
    qint64 measuredWorkingBytes = 0;   // peak - baseline tensor bytes during the run
    qint64 estimatedWorkingBytes() const { return estimatedMemory.total - estimatedMemory.weights; }
    int batches = 0;
    int lines = 0;
    int generatedTokens = 0;
    // Hypotheses kept per line: the estimate models greedy decoding (1), so with a beam the
    // decoder's counted MACs and memory run above it.
    int beam = 1;
};

// promptTokens: BOS + the model's prompt bytes (the decoder's text before generation).
// type: the number type the engine computed in.
RunCostComparison compareRunWithEstimate(const OcrResult &result, const ModelArchitecture &model, int promptTokens,
                                         NumericType type);

// The same for the model the run used (result.modelFolder's config.json; the engine's automatic
// number type: fp32 on the CPU, bf16 on CUDA). Invalid, with *error set, when the configuration
// cannot be read.
RunCostComparison compareRunWithItsModel(const OcrResult &result, QString *error);

} // namespace vlmwb::core
