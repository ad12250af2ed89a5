// Writes tiny random-weight model folders, one per pattern and connector, into the folder given
// on the command line, for tests outside inference/ that need real model files (the cost model's
// check against the engine's counted MACs). Shapes vary so every counting rule is exercised.
#include "model_fixtures.h"
#include "vlm_model.h"

#include <exception>
#include <iostream>

using namespace vlmwb::inference;

int main(int argc, char *argv[])
{
    if (argc != 2) {
        std::cerr << "usage: write_test_models OUTPUT_FOLDER\n";
        return 2;
    }
    const std::string folder = argv[1];
    try {
        torch::manual_seed(3);
        ModelConfig cross = testing::tinyConfig("cross_attention");
        cross.decoder = {16, 4, 2, 2, 96, 2}; // 4 layers, a gated block after every 2nd
        cross.resampler = {5, 2, 4};
        ModelConfig mlp = testing::tinyConfig("projection");
        ModelConfig downsample = mlp;
        downsample.connector.kind = "downsample";
        downsample.connector.poolRows = 1;
        downsample.connector.poolCols = 2;
        ModelConfig convStem = downsample; // patch 4: two stride-2 convolutions, 8 then 16 channels,
        convStem.vision.stem = "conv";       // each followed by one residual convolution
        convStem.vision.stemResidual = 1;
        ModelConfig early = testing::tinyConfig("early_fusion");
        early.decoder = {24, 3, 4, 3, 96, 1};
        const std::pair<const char *, ModelConfig> models[] = {
            {"cross_attention", cross}, {"projection_mlp", mlp}, {"projection_downsample", downsample},
            {"projection_conv_stem", convStem}, {"early_fusion", early}};
        for (const auto &[name, config] : models) {
            auto model = createModel(config, 11);
            saveModel(*model, folder + "/" + name);
        }
    } catch (const std::exception &error) {
        std::cerr << error.what() << '\n';
        return 1;
    }
    return 0;
}
