// Honeybee's C-Abstractor: convolutions (3x3, BatchNorm, GELU) over the visual token grid, an
// adaptive average pool to target_size x target_size and a Linear-GELU-Linear projection.
// A convolution strides by 2 while the grid halved by it stays at least target_size:
//   stride_i = 2 if grid_size / 2^(i+1) >= target_size else 1     (integer division)
// Parameter names as the reference: conv_layers.{3i}.* (Conv2d), conv_layers.{3i+1}.* (BatchNorm2d
// with running_mean, running_var, num_batches_tracked), proj.0, proj.2. In eval mode BatchNorm uses
// its running statistics.
#pragma once

#include <torch/torch.h>

namespace vlmwb::inference {

class CAbstractorImpl : public torch::nn::Module
{
public:
    CAbstractorImpl(std::int64_t dimVision, std::int64_t dimLlm, std::int64_t gridSize = 24,
                    std::int64_t targetSize = 12, std::int64_t numConvLayers = 2);

    // [B, gridSize^2, dimVision] (row-major grid) -> [B, targetSize^2, dimLlm]
    torch::Tensor forward(const torch::Tensor &visualFeatures);

    // The stride of convolution i (0-based) by the rule above.
    static std::int64_t convolutionStride(std::int64_t gridSize, std::int64_t targetSize, std::int64_t layer);

    torch::nn::Sequential convolutions{nullptr}; // "conv_layers"
    torch::nn::AdaptiveAvgPool2d pool{nullptr};  // "pool"
    torch::nn::Sequential projection{nullptr};   // "proj"

private:
    std::int64_t m_gridSize;
};
TORCH_MODULE(CAbstractor);

} // namespace vlmwb::inference
