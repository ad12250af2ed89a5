// Which tensors a training stage updates, and seeding a model from earlier stages' folders.
#pragma once

#include "vlm_model.h"
#include "vlmwb/trainer.h"

#include <string>
#include <vector>

namespace vlmwb::inference {

class VisionEncoderImpl;

// The parameters (each tensor once, tied ones under their first name) that `stage` trains in a
// model of `pattern`; every other parameter is frozen. early_fusion's ctc stage trains the patch
// embedding, the decoder layers and the CTC head: its decoder is its image reader. Throws
// std::runtime_error when the stage selects no parameter of the model.
std::vector<std::pair<std::string, torch::Tensor>> stageParameters(VlmModel &model, TrainingStage stage);

// The vision encoder of a model that has one (cross_attention, projection), else null.
std::shared_ptr<VisionEncoderImpl> visionEncoderOf(VlmModel &model);

struct InitReport {
    std::string folder;
    int tensors = 0;               // tensors copied into the model
    bool visionOnly = false;       // only its vision encoder (vision.*) was read
    std::string trainingJson;      // the folder's "training" object
};

// Copies, from each folder in turn, every tensor whose name (or the name with / without a leading
// "decoder.", so a projection decoder seeds early_fusion and back) and shape match the model's.
// A numbered layer of a stack ("layers.N", "vision.layers.N", ...) that got no tensor while others
// of its stack did starts as the identity (see startNewLayersAsIdentity): a model grown deeper than
// its seed starts as the seed. Then each of `visionFolders` seeds only the vision encoder (vision.*,
// its CTC head included), so one pattern's pretrained encoder can replace another's: a projection
// encoder in a cross_attention model whose resampler and decoder come from `folders`. Errors name
// the folder and the cause.
std::vector<InitReport> initializeFrom(VlmModel &model, const std::vector<std::string> &folders,
                                       const std::vector<std::string> &visionFolders = {});

} // namespace vlmwb::inference
