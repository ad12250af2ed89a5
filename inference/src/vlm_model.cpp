// Pattern registry, shared decoding plumbing, creation, saving and strict loading of models.
#include "vlm_model.h"

#include "safetensors.h"
#include "state_dict.h"

#include <filesystem>
#include <fstream>
#include <map>

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
    const ModelConfig config = loadModelConfig((folder / "config.json").string());
    torch::manual_seed(0);
    std::unique_ptr<VlmModel> model = instantiate(config);
    const std::string weightsPath = (folder / "model.safetensors").string();
    if (!std::filesystem::exists(weightsPath))
        throw std::runtime_error("The model weights \"" + weightsPath + "\" are missing.");
    loadStateDict(model->module(), weightsPath);
    model->module().eval();
    return model;
}

} // namespace vlmwb::inference
