// Torch-free facade of the inference layer: open a model folder, read line images.
//
//   Engine engine("resources/models/projection-small", EngineOptions{});
//   std::vector<LineReading> lines = engine.read({LineImage{width, height, pixels}}, DecodeOptions{});
//
// Errors a user can cause (missing or malformed model files, a device that is not there) are thrown
// as std::runtime_error with a sentence naming the file (and the tensor or key) and the cause.
#pragma once

#include "vlmwb/attention_trace.h"
#include "vlmwb/mac_counts.h"
#include "vlmwb/model_config.h"
#include "vlmwb/runtime.h"

#include <cmath>
#include <cstdint>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace vlmwb::inference {

enum class ComputeType { Automatic, Float32, Float16, BFloat16 };

struct EngineOptions {
    DeviceRequest device = DeviceRequest::Auto;
    int cpuThreads = 0;                             // 0: LibTorch's default
    ComputeType dtype = ComputeType::Automatic;     // Automatic: float32 on CPU, bfloat16 on CUDA
};

// One text line crop: 8-bit grey, row-major, any size (scaled to the model's input height).
struct LineImage {
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> pixels; // width * height, 0 = black, 255 = white
};

struct DecodeOptions {
    int maxNewTokens = 96;
    // Unset: the model's own choice, config.json "decoding" (ModelConfig::decoding), which is beam 1
    // (greedy) and CTC weight 0.8 for a model that names none.
    std::optional<int> beam;         // 1 = greedy, up to DecodingConfig::maxBeam
    // Joint CTC / attention decoding: weight of the model's CTC head against the decoder
    // (0 = decoder alone, 1 = the decoder only proposes tokens and CTC ranks them). Used when the
    // model has a CTC head; ignored otherwise.
    std::optional<double> ctcWeight;
    // Read with the CTC head alone, no decoder (a diagnostic of the vision encoder; models with a
    // CTC head only: read() throws otherwise).
    bool ctcHeadOnly = false;
    bool captureAttention = false;
    std::set<int> layers;            // layers to capture; empty = all
};

// The beam and CTC weight a read with `options` uses: each option where set, else the model's own
// (`own`, its config.json "decoding"), clamped to beam 1..DecodingConfig::maxBeam and weight 0..1.
// The engine decodes with it, and what a run records (OcrResult, eval) comes from the same place.
DecodingConfig decodingFor(const DecodeOptions &options, const DecodingConfig &own);

struct LineReading {
    std::string text;                      // valid UTF-8
    std::vector<int> tokenIds;             // generated ids (EOS included when generated)
    std::vector<float> tokenProbabilities; // parallel to tokenIds
    std::vector<float> characterConfidences; // per character of text: product of its bytes' probabilities
    double meanLogProbability = 0.0;       // over tokenIds
    std::shared_ptr<const AttentionTrace> attention; // set when captureAttention

    // The line's confidence in [0, 1]: the geometric mean of its tokens' probabilities, 0 when it
    // generated none. What `ocr` shows and stores and what `eval` flags lines by.
    double confidence() const { return tokenIds.empty() ? 0.0 : std::exp(meanLogProbability); }
};

// Counters of the last read().
struct RunCounters {
    int lines = 0;
    int batches = 0;
    int generatedTokens = 0;
    double seconds = 0.0;
    MacCounts macs; // generation only; the attention-capture pass is not counted
};

class Engine
{
public:
    // Opens `modelFolder` (config.json + model.safetensors).
    Engine(const std::string &modelFolder, const EngineOptions &options);
    ~Engine();
    Engine(const Engine &) = delete;
    Engine &operator=(const Engine &) = delete;

    std::vector<LineReading> read(const std::vector<LineImage> &lines, const DecodeOptions &options);

    const ModelConfig &config() const;
    std::string device() const; // "cpu" or "cuda"
    const RunCounters &lastRun() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace vlmwb::inference
