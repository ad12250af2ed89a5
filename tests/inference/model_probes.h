// Looking inside a model in the inference-internal tests: one named tensor, the visual memory of a
// pass that asks for the CTC head's frames, and the logits of a short greedy generation.
#pragma once

#include "generation.h"
#include "line_images.h"
#include "model_fixtures.h"
#include "state_dict.h"
#include "vlm_model.h"
#include "vlmwb/tokenizer.h"

#include <algorithm>
#include <limits>
#include <string>
#include <vector>

namespace vlmwb::inference::testing {

// The model's tensor of that state-dict name (parameters and buffers); undefined when it has none.
inline torch::Tensor tensorNamed(VlmModel &model, const std::string &wanted)
{
    for (auto &[name, tensor] : namedStateTensors(model.module()))
        if (name == wanted)
            return tensor;
    return {};
}

inline VisualMemory encodeWithCtc(VlmModel &model, const ImageBatch &images)
{
    torch::NoGradGuard noGrad;
    RunContext context;
    context.wantCtc = true;
    return model.encodeImages(images, context);
}

// The logits of every generated step for two lines of different widths.
inline std::vector<torch::Tensor> stepLogits(VlmModel &model)
{
    torch::NoGradGuard noGrad;
    const ScaledLine a = scaleLine({20, 8, stripes(20, 8, 1)}, model.config());
    const ScaledLine b = scaleLine({44, 8, stripes(44, 8, 2)}, model.config());
    const ImageBatch batch = batchLines({&a, &b}, torch::kCPU, torch::kFloat);
    GenerationOptions options;
    options.maxNewTokens = 6;
    std::vector<torch::Tensor> logits;
    options.stepLogits = &logits;
    RunContext context;
    generate(model, batch, {token::Bos, 'o', 'k'}, options, context);
    return logits;
}

// The largest |actual - expected| over all steps; infinite when the step counts differ.
inline double largestDifference(const std::vector<torch::Tensor> &actual, const std::vector<torch::Tensor> &expected)
{
    if (actual.size() != expected.size() || expected.empty())
        return std::numeric_limits<double>::infinity();
    double largest = 0.0;
    for (std::size_t step = 0; step < expected.size(); ++step)
        largest = std::max(largest, (actual[step] - expected[step]).abs().max().item<double>());
    return largest;
}

} // namespace vlmwb::inference::testing
