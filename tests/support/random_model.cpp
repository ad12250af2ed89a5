#include "random_model.h"

#include "vlm_model.h"
#include "vlmwb/model_config.h"

namespace vlmwb::test {

void saveRandomModel(const std::string &folder, const std::string &pattern, unsigned seed)
{
    inference::ModelConfig config;
    config.pattern = pattern;
    config.inputHeight = 16;
    config.patchSize = 8;
    config.maxImageWidth = 512;
    config.vocabSize = 262;
    config.vision = {16, 1, 2, 2, {}};
    config.connector.kind = "linear";
    config.resampler = {4, 1, 2};
    config.decoder = {16, 1, 2, 2, 256, 1};
    inference::validateModelConfig(config, folder + "/config.json");
    std::unique_ptr<inference::VlmModel> model = inference::createModel(config, seed);
    inference::saveModel(*model, folder);
}

void saveRandomModelFromConfig(const std::string &folder, const std::string &configPath, unsigned seed)
{
    const inference::ModelConfig config = inference::loadModelConfig(configPath);
    std::unique_ptr<inference::VlmModel> model = inference::createModel(config, seed);
    inference::saveModel(*model, folder);
}

} // namespace vlmwb::test
