// Pattern registry, shared decoding plumbing, creation, saving and strict loading of models.
#include "vlm_model.h"

#include "safetensors.h"
#include "state_dict.h"
#include "vlmwb/model_error.h"

#include <filesystem>
#include <fstream>
#include <iomanip>
#include <map>
#include <sstream>

namespace vlmwb::inference {
namespace {

const std::map<std::string, ModelFactory> &modelRegistry()
{
    static const std::map<std::string, ModelFactory> registry = {
        {"cross_attention", makeCrossAttentionModel},
        {"projection", makeProjectionModel},
        {"early_fusion", makeEarlyFusionModel},
    };
    return registry;
}

std::unique_ptr<VlmModel> instantiate(const ModelConfig &config)
{
    const auto found = modelRegistry().find(config.pattern);
    if (found == modelRegistry().end())
        throw std::runtime_error("No model implements the pattern \"" + config.pattern + "\".");
    return found->second(config);
}

// A lower bound on the values a model of this config holds, from the tensors every model of the
// pattern has: token and position embeddings and each transformer layer's attention (in_proj 3d^2,
// out_proj d^2) and feed-forward (2 ff_mult d^2) matrices. Double, since a bad config may describe
// more than 2^64 values.
double minimumWeightCount(const ModelConfig &config)
{
    const auto layerWeights = [](double dim, double ffMult) { return (4.0 + 2.0 * ffMult) * dim * dim; };
    const DecoderConfig &decoder = config.decoder;
    double count = (static_cast<double>(config.vocabSize) + decoder.maxPositions) * decoder.dim
                   + decoder.layers * layerWeights(decoder.dim, decoder.ffMult);
    if (config.pattern != "early_fusion") {
        const VisionConfig &vision = config.vision;
        count += static_cast<double>(config.patchRows()) * config.maxPatchColumns() * vision.dim
                 + vision.layers * layerWeights(vision.dim, vision.ffMult);
    }
    return count;
}

std::string countText(double count)
{
    if (count < 1e18)
        return std::to_string(static_cast<std::uint64_t>(count));
    std::ostringstream text;
    text << std::setprecision(3) << count;
    return text.str();
}

// Refuses a config that describes a far larger model than its weights file holds, before the model
// is built: building it first would allocate and initialise every one of those weights (gigabytes
// for a size typo in config.json) only to find they do not fit.
void requireWeightsFitConfig(const ModelConfig &config, const std::string &configPath, const std::string &weightsPath)
{
    const SafetensorsHeader header = readSafetensorsHeader(weightsPath);
    double stored = 0;
    for (const TensorEntry &tensor : header.tensors)
        stored += static_cast<double>(tensor.elementCount());
    const double needed = minimumWeightCount(config);
    if (needed > stored)
        throw ModelFileError(weightsPath, "the file holds " + countText(stored) + " weights, but " + configPath
                                              + " describes a model of at least " + countText(needed)
                                              + "; the two do not belong together, or a size in the configuration "
                                                "is wrong.");
}

} // namespace

void AttentionRecorder::record(AttentionComponent component, int layer, const torch::Tensor &probabilities,
                               const torch::Tensor &allowed, float gate)
{
    // probabilities [1, heads, queries, keys]; allowed [1, queries, keys] or undefined
    AttentionMap map;
    map.component = component;
    map.layer = layer;
    map.heads = static_cast<int>(probabilities.size(1));
    map.queries = static_cast<int>(probabilities.size(2));
    map.keys = static_cast<int>(probabilities.size(3));
    const torch::Tensor values = probabilities[0].to(torch::kCPU, torch::kFloat).contiguous();
    map.probabilities.assign(values.data_ptr<float>(), values.data_ptr<float>() + values.numel());
    const torch::Tensor mask = allowed.defined() ? allowed[0].to(torch::kCPU, torch::kUInt8).contiguous()
                                                 : torch::ones({map.queries, map.keys}, torch::kUInt8);
    map.allowed.assign(mask.data_ptr<uint8_t>(), mask.data_ptr<uint8_t>() + mask.numel());
    map.gate = gate;
    maps.push_back(std::move(map));
}

void DecoderState::select(const torch::Tensor &order)
{
    for (KeyValueCache &cache : selfCaches)
        cache.select(order);
    for (KeyValueCache &cache : crossCaches)
        cache.select(order);
    slots.select(order);
    if (nextPosition.defined())
        nextPosition = nextPosition.index_select(0, order);
    memory.tokens = memory.tokens.index_select(0, order.to(memory.tokens.device()));
    for (KeyValueCache &cache : memory.prefixCaches)
        cache.select(order);
    std::vector<int64_t> lengths;
    const torch::Tensor cpuOrder = order.to(torch::kCPU);
    for (int64_t index = 0; index < cpuOrder.size(0); ++index)
        lengths.push_back(memory.lengths[cpuOrder[index].item<int64_t>()]);
    memory.lengths = lengths;
}

DecoderState VlmModel::startDecoding(VisualMemory memory) const
{
    DecoderState state;
    state.memory = std::move(memory);
    return state;
}

TrainingOutput VlmModel::forward(const ImageBatch &images, const torch::Tensor &inputIds, const torch::Tensor &labels)
{
    RunContext context;
    context.wantCtc = true;
    VisualMemory memory = encodeImages(images, context);
    TrainingOutput output;
    output.ctcLogProbabilities = memory.ctcLogProbabilities;
    output.ctcFrames = memory.ctcFrames;
    DecoderState state = startDecoding(std::move(memory));
    output.logits = decode(state, inputIds, context);
    if (labels.defined()) {
        const int64_t vocab = output.logits.size(2);
        const int64_t length = output.logits.size(1);
        output.loss = torch::nn::functional::cross_entropy(
            output.logits.narrow(1, 0, length - 1).reshape({-1, vocab}),
            labels.narrow(1, 1, length - 1).reshape({-1}),
            torch::nn::functional::CrossEntropyFuncOptions().ignore_index(-100));
    }
    return output;
}

std::unique_ptr<VlmModel> createModel(const ModelConfig &config, uint64_t seed)
{
    validateModelConfig(config, "(model configuration)");
    torch::manual_seed(seed);
    std::unique_ptr<VlmModel> model = instantiate(config);
    model->module().eval();
    return model;
}

void saveModel(VlmModel &model, const std::string &directory)
{
    std::filesystem::create_directories(directory);
    const std::string configPath = (std::filesystem::path(directory) / "config.json").string();
    std::ofstream file(configPath, std::ios::binary | std::ios::trunc);
    file << modelConfigToJson(model.config());
    if (!file.flush())
        throw std::runtime_error("Cannot write the model configuration \"" + configPath + "\".");
    saveStateDict(model.module(), (std::filesystem::path(directory) / "model.safetensors").string());
}

std::unique_ptr<VlmModel> loadModel(const std::string &directory)
{
    const std::filesystem::path folder(directory);
    if (!std::filesystem::is_directory(folder))
        throw std::runtime_error("The model folder \"" + directory + "\" does not exist.");
    const std::string configPath = (folder / "config.json").string();
    const ModelConfig config = loadModelConfig(configPath);
    const std::string weightsPath = (folder / "model.safetensors").string();
    if (!std::filesystem::exists(weightsPath))
        throw std::runtime_error("The model weights \"" + weightsPath + "\" are missing.");
    requireWeightsFitConfig(config, configPath, weightsPath);
    torch::manual_seed(0);
    std::unique_ptr<VlmModel> model = instantiate(config);
    // A folder may store its weights at half precision (vlmwb/model_precision.h); they are computed
    // in float32 all the same.
    StateDictOptions options;
    options.convertFloatingPoint = true;
    loadStateDict(model->module(), weightsPath, options);
    model->module().eval();
    return model;
}

} // namespace vlmwb::inference
