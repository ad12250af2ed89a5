// Maps a VLM Workbench model folder's configuration (inference's ModelConfig) onto the cost
// model's architecture description, so our own models are estimated like the real ones.
#pragma once

#include "core/cost_model.h"

#include <optional>

namespace vlmwb::inference {
struct ModelConfig;
}

namespace vlmwb::core {

ModelArchitecture architectureFromModelConfig(const vlmwb::inference::ModelConfig &config, const QString &name);

// Reads DIR/config.json strictly (inference's parser); on failure returns nothing and sets *error
// to the parser's sentence, which names the file and the key.
std::optional<ModelArchitecture> loadModelArchitecture(const QString &folder, QString *error);

} // namespace vlmwb::core
