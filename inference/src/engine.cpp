// The torch-free facade (see vlmwb/engine.h): preprocessing, batching, generation, trace.
#include "vlmwb/engine.h"

#include "attention_capture.h"
#include "ctc.h"
#include "generation.h"
#include "line_images.h"
#include "vlmwb/tokenizer.h"

#include <algorithm>
#include <chrono>
#include <numeric>
#include <optional>

namespace vlmwb::inference {
namespace {

// Lines per batch: enough to keep the matrix products busy, few enough that padding to the widest
// line (lines are sorted by width first) stays small.
constexpr int linesPerBatch = 16;

torch::Dtype chooseDtype(ComputeType type, const std::string &device)
{
    switch (type) {
    case ComputeType::Float32:
        return torch::kFloat;
    case ComputeType::Float16:
        return torch::kHalf;
    case ComputeType::BFloat16:
        return torch::kBFloat16;
    case ComputeType::Automatic:
        break;
    }
    return device == "cuda" ? torch::kBFloat16 : torch::kFloat;
}

} // namespace

struct Engine::Private {
    std::unique_ptr<VlmModel> model;
    std::optional<CtcVocabulary> ctcVocabulary; // when the model has a CTC head and stores its characters
    std::string device;
    torch::Dtype dtype = torch::kFloat;
    RunCounters counters;
};

DecodingConfig decodingFor(const DecodeOptions &options, const DecodingConfig &own)
{
    DecodingConfig used = own;
    used.beam = std::clamp(options.beam.value_or(own.beam), 1, DecodingConfig::maxBeam);
    used.ctcWeight = std::clamp(options.ctcWeight.value_or(own.ctcWeight), 0.0, 1.0);
    return used;
}

Engine::Engine(const std::string &modelFolder, const EngineOptions &options) : d(std::make_unique<Private>())
{
    d->device = resolveDevice(options.device);
    setCpuThreads(options.cpuThreads);
    d->dtype = chooseDtype(options.dtype, d->device);
    d->model = loadModel(modelFolder);
    d->model->module().to(torch::Device(d->device), d->dtype);
    const std::string characters = ctcCharactersOf(d->model->config().trainingJson);
    if (ctcHeadOf(d->model->config()) && !characters.empty())
        d->ctcVocabulary.emplace(characters);
}

Engine::~Engine() = default;

const ModelConfig &Engine::config() const { return d->model->config(); }

std::string Engine::device() const { return d->device; }

const RunCounters &Engine::lastRun() const { return d->counters; }

std::vector<LineReading> Engine::read(const std::vector<LineImage> &lines, const DecodeOptions &options)
{
    const auto started = std::chrono::steady_clock::now();
    torch::NoGradGuard noGrad;
    const ModelConfig &config = d->model->config();
    const torch::Device device(d->device);
    RunCounters counters;
    counters.lines = static_cast<int>(lines.size());

    std::vector<ScaledLine> scaled;
    scaled.reserve(lines.size());
    for (const LineImage &image : lines)
        scaled.push_back(scaleLine(image, config));
    std::vector<std::size_t> order(lines.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return scaled[a].columns < scaled[b].columns; });

    std::vector<int> prefix = {token::Bos};
    const std::vector<int> prompt = ByteTokenizer::encode(config.prompt);
    prefix.insert(prefix.end(), prompt.begin(), prompt.end());
    GenerationOptions generation;
    generation.maxNewTokens = options.maxNewTokens;
    const DecodingConfig decoding = decodingFor(options, config.decoding);
    generation.beam = decoding.beam;
    if (d->ctcVocabulary && decoding.ctcWeight > 0.0) {
        generation.ctcWeight = decoding.ctcWeight;
        generation.ctcVocabulary = &*d->ctcVocabulary;
    }

    if (options.ctcHeadOnly && !d->ctcVocabulary)
        throw std::runtime_error("The " + config.pattern
                                 + " model has no CTC head with a stored character set, so it cannot read without "
                                   "its decoder.");

    std::vector<LineReading> readings(lines.size());
    for (std::size_t first = 0; first < order.size(); first += linesPerBatch) {
        const std::size_t last = std::min(order.size(), first + linesPerBatch);
        std::vector<const ScaledLine *> batchLinesList;
        for (std::size_t index = first; index < last; ++index)
            batchLinesList.push_back(&scaled[order[index]]);
        const ImageBatch batch = batchLines(batchLinesList, device, d->dtype);
        RunContext context;
        const std::vector<GeneratedLine> generated =
            options.ctcHeadOnly ? readWithCtcHead(*d->model, batch, *d->ctcVocabulary, context)
                                : generate(*d->model, batch, prefix, generation, context);
        counters.macs += context.macs;
        ++counters.batches;
        for (std::size_t index = first; index < last; ++index) {
            const GeneratedLine &line = generated[index - first];
            LineReading &reading = readings[order[index]];
            reading.tokenIds = line.ids;
            reading.tokenProbabilities = line.probabilities;
            reading.text = ByteTokenizer::decode(line.ids);
            reading.characterConfidences = ByteTokenizer::characterConfidences(line.ids, line.probabilities);
            double sum = 0.0;
            for (const float probability : line.probabilities)
                sum += std::log(std::max(probability, 1e-30f));
            reading.meanLogProbability = line.ids.empty() ? 0.0 : sum / static_cast<double>(line.ids.size());
            counters.generatedTokens += static_cast<int>(line.ids.size());
            if (options.captureAttention) {
                ScaledLine own = scaled[order[index]];
                auto trace = captureAttention(*d->model, own, prefix, line.ids, options.layers, device, d->dtype);
                trace->grid.paddedColumns = batch.pixels.size(3) / config.patchSize;
                reading.attention = std::move(trace);
            }
        }
    }
    counters.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    d->counters = counters;
    return readings;
}

} // namespace vlmwb::inference
