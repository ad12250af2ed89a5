// LLaVA-1's connector: one linear map from the vision width to the language model's width.
// Parameter names as the reference: proj.
#pragma once

#include <torch/torch.h>

namespace vlmwb::inference {

class LinearProjectionImpl : public torch::nn::Module
{
public:
    LinearProjectionImpl(std::int64_t dimVision, std::int64_t dimLlm);

    // [B, N, dimVision] -> [B, N, dimLlm]
    torch::Tensor forward(const torch::Tensor &visualFeatures);

    torch::nn::Linear projection{nullptr}; // "proj"
};
TORCH_MODULE(LinearProjection);

} // namespace vlmwb::inference
