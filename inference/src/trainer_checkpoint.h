// A training run's folder: the model (config.json with the "training" object + model.safetensors),
// optimizer.safetensors (AdamW moments by parameter name) and trainer_state.json (where the run is).
#pragma once

#include "trainer_optimizer.h"
#include "vlm_model.h"
#include "vlmwb/trainer.h"

#include <string>

namespace vlmwb::inference {

// Where a run stands; trainer_state.json holds exactly these fields.
struct RunState {
    TrainingStage stage = TrainingStage::Full;
    int step = 0;
    int steps = 0;
    int batch = 0;
    int warmup = 0;
    double learningRate = 0.0;
    double elapsedSeconds = 0.0;
};

// Writes the whole checkpoint; each file is replaced atomically (written beside it, then renamed),
// the state file last, so an interrupted write leaves the previous checkpoint readable.
void writeCheckpoint(const std::string &folder, VlmModel &model, const std::string &trainingJson,
                     const NamedAdamW &optimizer, const RunState &state);

// Reads trainer_state.json; throws std::runtime_error naming the file when it is missing or bad.
RunState readRunState(const std::string &folder);

// Loads the optimizer moments stored in the folder into optimizer.
void readOptimizerState(const std::string &folder, NamedAdamW &optimizer, const RunState &state);

} // namespace vlmwb::inference
