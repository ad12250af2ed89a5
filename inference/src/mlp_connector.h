// LLaVA-1.5's connector: Linear, GELU, Linear. Parameter names as the reference: mlp.0, mlp.2.
#pragma once

#include <torch/torch.h>

namespace vlmwb::inference {

class MLPConnectorImpl : public torch::nn::Module
{
public:
    // dimHidden 0 means dimLlm, as the reference's default.
    MLPConnectorImpl(std::int64_t dimVision, std::int64_t dimLlm, std::int64_t dimHidden = 0);

    // [B, N, dimVision] -> [B, N, dimLlm]
    torch::Tensor forward(const torch::Tensor &visualFeatures);

    torch::nn::Sequential mlp{nullptr}; // "mlp"
};
TORCH_MODULE(MLPConnector);

} // namespace vlmwb::inference
