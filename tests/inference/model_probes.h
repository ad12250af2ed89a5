// Looking inside a model in the inference-internal tests: one named tensor, and the visual memory
// of a pass that asks for the CTC head's frames.
#pragma once

#include "state_dict.h"
#include "vlm_model.h"

#include <string>

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

} // namespace vlmwb::inference::testing
