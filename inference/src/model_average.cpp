// The mean of model folders' weights (see vlmwb/model_average.h).
#include "vlmwb/model_average.h"

#include "safetensors.h"
#include "text_file.h"
#include "vlm_model.h"
#include "vlmwb/model_error.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <stdexcept>

namespace vlmwb::inference {

namespace {

using Json = nlohmann::json;

std::string describeShape(const torch::Tensor &tensor)
{
    std::string text = std::string(torch::toString(tensor.scalar_type())) + " [";
    for (int64_t i = 0; i < tensor.dim(); ++i)
        text += (i ? ", " : "") + std::to_string(tensor.size(i));
    return text + "]";
}

// Each file must hold exactly the first file's tensors, with the same types and shapes.
void requireSameTensors(const SafetensorsFile &first, const SafetensorsFile &other)
{
    for (const auto &[name, tensor] : first.tensors) {
        if (!other.contains(name))
            throw ModelFileError(other.path, "it has no tensor \"" + name + "\", which " + first.path
                                     + " has; only runs of one model shape can be averaged.", name);
        const torch::Tensor &mine = other.tensor(name);
        if (mine.scalar_type() != tensor.scalar_type() || mine.sizes() != tensor.sizes())
            throw ModelFileError(other.path, "tensor \"" + name + "\" is " + describeShape(mine) + " but "
                                     + describeShape(tensor) + " in " + first.path
                                     + "; only runs of one model shape and precision can be averaged.", name);
    }
    for (const auto &[name, tensor] : other.tensors)
        if (!first.contains(name))
            throw ModelFileError(other.path, "it has a tensor \"" + name + "\" that " + first.path
                                     + " lacks; only runs of one model shape can be averaged.", name);
}

Json trainingOf(const ModelConfig &config)
{
    return Json::parse(config.trainingJson.empty() ? "{}" : config.trainingJson);
}

// The first folder's "training" object is replaced by what was averaged: each run's own record and
// the CTC characters (the head's output order), which every run must share.
Json averagedTrainingRecord(const std::vector<std::string> &folders, const std::vector<ModelConfig> &configs)
{
    const Json first = trainingOf(configs.front());
    const Json characters = first.value("ctc_characters", Json());
    Json runs = Json::array();
    for (std::size_t i = 0; i < configs.size(); ++i) {
        Json training = trainingOf(configs[i]);
        if (training.value("ctc_characters", Json()) != characters)
            throw ModelFileError((std::filesystem::path(folders[i]) / "config.json").string(),
                                 "its CTC head reads other characters than the first folder's (training."
                                 "ctc_characters), so the heads' outputs cannot be averaged.",
                                 "training.ctc_characters");
        training.erase("ctc_characters");
        // Runs fine-tuned from one folder share its whole history; it is written once.
        if (!runs.empty() && training.contains("initialized_from")
            && training["initialized_from"] == runs.front()["training"].value("initialized_from", Json()))
            training["initialized_from"] = "the same as the first run";
        runs.push_back({{"folder", folders[i]}, {"training", training}});
    }
    Json record = {{"weight_average", "element-wise mean of the weights of the runs below (vlmwb-cli average)"},
                   {"averaged_runs", runs},
                   {"device", first.value("device", std::string("cpu"))}};
    if (!characters.is_null())
        record["ctc_characters"] = characters;
    return record;
}

} // namespace

WeightAverage averageModelFolders(const std::vector<std::string> &folders, const std::string &out,
                                  const WeightAverageOptions &options)
{
    namespace fs = std::filesystem;
    if (folders.size() < 2)
        throw std::invalid_argument("Averaging needs at least two model folders.");
    std::vector<ModelConfig> configs;
    std::vector<SafetensorsFile> files;
    for (const std::string &folder : folders) {
        loadModel(folder); // refuses a folder the engine could not read, with the file and the cause
        configs.push_back(loadModelConfig((fs::path(folder) / "config.json").string()));
        files.push_back(readSafetensors((fs::path(folder) / "model.safetensors").string()));
        requireSameTensors(files.front(), files.back());
    }

    ModelConfig config = configs.front();
    config.trainingJson = averagedTrainingRecord(folders, configs).dump();
    if (options.beam)
        config.decoding.beam = *options.beam;
    if (options.ctcWeight)
        config.decoding.ctcWeight = *options.ctcWeight;
    const std::string configPath = (fs::path(out) / "config.json").string();
    const std::string configText = modelConfigToJson(config);
    parseModelConfig(configText, configPath); // the decoding options must be ones the engine accepts

    std::map<std::string, torch::Tensor> averaged;
    for (const auto &[name, tensor] : files.front().tensors) {
        if (!tensor.is_floating_point()) {
            for (const SafetensorsFile &file : files)
                if (!torch::equal(file.tensor(name), tensor))
                    throw ModelFileError(file.path, "integer tensor \"" + name + "\" differs from " + files.front().path
                                             + "'s; integers cannot be averaged.", name);
            averaged.emplace(name, tensor);
            continue;
        }
        torch::Tensor sum = torch::zeros(tensor.sizes(), torch::kFloat64);
        for (const SafetensorsFile &file : files)
            sum += file.tensor(name).to(torch::kFloat64);
        averaged.emplace(name, (sum / static_cast<double>(files.size())).to(tensor.scalar_type()));
    }
    fs::create_directories(out);
    // Written beside and renamed over the old files, so `out` may be one of the folders: their
    // weights stay mapped until `files` goes.
    writeSafetensors((fs::path(out) / "model.safetensors").string(), averaged, files.front().metadata);
    replaceTextFile(configPath, configText);
    return {averaged.size(), folders.size()};
}

} // namespace vlmwb::inference
