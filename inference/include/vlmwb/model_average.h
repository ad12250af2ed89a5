// Averaging the weights of model folders trained from one starting point ("model soup"): two
// fine-tuning runs from the same initialisation tend to misread different lines, and their mean kept
// most of both runs' gains (docs/EVALUATION.md, session 21). Used by `vlmwb-cli average`.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace vlmwb::inference {

struct WeightAverageOptions {
    // Written into the averaged folder's "decoding" section when set (how the mean reads best).
    std::optional<int> beam;
    std::optional<double> ctcWeight;
};

struct WeightAverage {
    std::size_t tensors = 0;       // tensors averaged (or copied, when integer and equal)
    std::size_t folders = 0;
};

// Reads every folder (each must load in the engine; every problem a ModelFileError naming the file
// and the cause) and writes `out` (created when missing; may be one of the folders):
// - model.safetensors: the element-wise mean of each floating-point tensor, computed in float64
//   and stored at the first folder's precision; integer tensors must be equal and are copied;
// - config.json: the first folder's, with its "training" object replaced by a record of the
//   averaged runs (each run's own "training", the CTC characters once) and the decoding options.
// The folders must hold the same tensor names, types and shapes and read the same CTC characters.
WeightAverage averageModelFolders(const std::vector<std::string> &folders, const std::string &out,
                                  const WeightAverageOptions &options = {});

} // namespace vlmwb::inference
