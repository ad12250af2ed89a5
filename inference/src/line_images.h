// Preprocessing of line crops for the models (outside the models, so the trainer and the engine
// share it): 8-bit grey -> float 0..1 scaled to input_height keeping the aspect ratio (width capped
// at max_image_width), padded on the right with white (1.0) to a multiple of patch_size; lines of
// different widths are batched by padding further, the model masks the padded columns.
#pragma once

#include "vlm_model.h"
#include "vlmwb/engine.h"

namespace vlmwb::inference {

struct ScaledLine {
    torch::Tensor pixels; // [1, input_height, columns * patch_size], 0..1
    int columns = 0;      // patch columns
    PatchGrid grid;       // geometry (paddedColumns = columns until batched)
};

// Throws std::invalid_argument with a sentence when the image is empty or its pixel count is wrong.
ScaledLine scaleLine(const LineImage &image, const ModelConfig &config);

// Stacks lines into one batch on `device`, padding each to the widest with white.
ImageBatch batchLines(const std::vector<const ScaledLine *> &lines, torch::Device device, torch::Dtype dtype);

} // namespace vlmwb::inference
