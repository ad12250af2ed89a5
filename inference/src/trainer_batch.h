// One training batch: the line images scaled for the model and the teacher-forced text.
#pragma once

#include "vlm_model.h"
#include "vlmwb/trainer.h"

#include <string>
#include <vector>

namespace vlmwb::inference {

struct TextBatch {
    torch::Tensor inputIds; // [batch, length] int64: BOS prompt text EOS, then PAD
    torch::Tensor labels;   // [batch, length] int64: the ids of text and EOS, -100 elsewhere
    int64_t targetTokens = 0;
};

// maxTextBytes: longer texts are cut (at a byte; the loss still teaches every byte it keeps).
TextBatch makeTextBatch(const std::vector<std::string> &texts, const std::string &prompt, int maxTextBytes,
                        torch::Device device);

// The samples' images, scaled to the model's input and padded into one batch.
ImageBatch makeImageBatch(const std::vector<TrainingSample> &samples, const ModelConfig &config, torch::Device device);

// White lines, the "no image" input of the language-model stage, each 1 .. max_image_width / patch
// columns wide (uniform, drawn from `seed`): with learned positions the decoder must see text after
// prefixes of every length a real line produces, or a decoder pretrained behind a 2-token prefix
// meets its text at positions it never learnt (the connector stage then sat at ~5 nats per byte).
ImageBatch blankImageBatch(int64_t lines, const ModelConfig &config, torch::Device device, std::uint64_t seed);

} // namespace vlmwb::inference
