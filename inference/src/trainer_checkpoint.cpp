// Checkpoints of a training run (see trainer_checkpoint.h).
#include "trainer_checkpoint.h"

#include "safetensors.h"
#include "state_dict.h"
#include "text_file.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>

namespace vlmwb::inference {

void writeCheckpoint(const std::string &folder, VlmModel &model, const std::string &trainingJson,
                     const NamedAdamW &optimizer, const RunState &state)
{
    const std::filesystem::path root(folder);
    std::filesystem::create_directories(root);
    ModelConfig config = model.config();
    config.trainingJson = trainingJson;
    replaceTextFile(root / "config.json", modelConfigToJson(config));
    saveStateDict(model.module(), (root / "model.safetensors").string());
    writeSafetensors((root / "optimizer.safetensors").string(), optimizer.state(),
                     {{"steps", std::to_string(optimizer.steps())}});
    const nlohmann::json json = {
        {"stage", trainingStageName(state.stage)}, {"step", state.step},
        {"steps", state.steps},                    {"batch", state.batch},
        {"warmup", state.warmup},                  {"learning_rate", state.learningRate},
        {"elapsed_seconds", state.elapsedSeconds},
    };
    replaceTextFile(root / "trainer_state.json", json.dump(2) + "\n");
}

RunState readRunState(const std::string &folder)
{
    const std::filesystem::path path = std::filesystem::path(folder) / "trainer_state.json";
    std::ifstream file(path);
    if (!file)
        throw std::runtime_error("There is no training run to resume in \"" + folder + "\": " + path.string()
                                 + " is missing.");
    try {
        const nlohmann::json json = nlohmann::json::parse(file);
        RunState state;
        state.stage = parseTrainingStage(json.at("stage").get<std::string>());
        state.step = json.at("step").get<int>();
        state.steps = json.at("steps").get<int>();
        state.batch = json.at("batch").get<int>();
        state.warmup = json.at("warmup").get<int>();
        state.learningRate = json.at("learning_rate").get<double>();
        state.elapsedSeconds = json.at("elapsed_seconds").get<double>();
        return state;
    } catch (const std::exception &error) {
        throw std::runtime_error("The training state \"" + path.string() + "\" is not valid: " + error.what());
    }
}

void readOptimizerState(const std::string &folder, NamedAdamW &optimizer, const RunState &state)
{
    const std::string path = (std::filesystem::path(folder) / "optimizer.safetensors").string();
    const SafetensorsFile file = readSafetensors(path);
    int64_t steps = state.step;
    const auto found = file.metadata.find("steps");
    if (found != file.metadata.end())
        steps = std::stoll(found->second);
    optimizer.loadState(file.tensors, steps, path);
}

} // namespace vlmwb::inference
