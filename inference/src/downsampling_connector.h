// A connector that first averages the visual token grid down to target_size x target_size, then
// applies the MLP connector. Parameter names as the reference: connector.mlp.0, connector.mlp.2
// (pool has none).
#pragma once

#include "mlp_connector.h"

#include <torch/torch.h>

namespace vlmwb::inference {

class DownsamplingConnectorImpl : public torch::nn::Module
{
public:
    DownsamplingConnectorImpl(std::int64_t dimVision, std::int64_t dimLlm, std::int64_t gridSize = 24,
                              std::int64_t targetSize = 12);

    // [B, gridSize^2, dimVision] (row-major grid) -> [B, targetSize^2, dimLlm]
    torch::Tensor forward(const torch::Tensor &visualFeatures);

    torch::nn::AdaptiveAvgPool2d pool{nullptr}; // "pool"
    MLPConnector connector{nullptr};            // "connector"

private:
    std::int64_t m_gridSize;
};
TORCH_MODULE(DownsamplingConnector);

} // namespace vlmwb::inference
