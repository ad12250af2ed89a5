// Torch-free entry to a tiny random-weight model for tests above the inference layer (widgets,
// core, app): writes config.json + model.safetensors into a folder.
#pragma once

#include <string>

namespace vlmwb::test {

// pattern: "cross_attention", "projection" or "early_fusion". Input height 16, patch 8, one layer
// of width 16; fast on a CPU. Throws std::runtime_error when the folder cannot be written.
void saveRandomModel(const std::string &folder, const std::string &pattern, unsigned seed = 1);

// The same for the config.json at configPath (which may be inside folder).
void saveRandomModelFromConfig(const std::string &folder, const std::string &configPath, unsigned seed = 1);

} // namespace vlmwb::test
