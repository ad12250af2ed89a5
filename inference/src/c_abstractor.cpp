#include "c_abstractor.h"

#include "module_parts.h"

namespace vlmwb::inference {

CAbstractorImpl::CAbstractorImpl(std::int64_t dimVision, std::int64_t dimLlm, std::int64_t gridSize,
                                 std::int64_t targetSize, std::int64_t numConvLayers)
    : m_gridSize(gridSize)
{
    requirePositive("CAbstractor", "grid_size", gridSize);
    requirePositive("CAbstractor", "target_size", targetSize);
    convolutions = register_module("conv_layers", torch::nn::Sequential());
    for (std::int64_t i = 0; i < numConvLayers; ++i) {
        const std::int64_t stride = convolutionStride(gridSize, targetSize, i);
        convolutions->push_back(
            torch::nn::Conv2d(torch::nn::Conv2dOptions(dimVision, dimVision, 3).stride(stride).padding(1)));
        convolutions->push_back(torch::nn::BatchNorm2d(dimVision));
        convolutions->push_back(torch::nn::GELU());
    }
    pool = register_module("pool", torch::nn::AdaptiveAvgPool2d(
                                       torch::nn::AdaptiveAvgPool2dOptions({targetSize, targetSize})));
    projection = register_module("proj", makeGeluMlp(dimVision, dimLlm, dimLlm));
}

std::int64_t CAbstractorImpl::convolutionStride(std::int64_t gridSize, std::int64_t targetSize, std::int64_t layer)
{
    return layer + 1 < 63 && (gridSize >> (layer + 1)) >= targetSize ? 2 : 1;
}

torch::Tensor CAbstractorImpl::forward(const torch::Tensor &visualFeatures)
{
    const torch::Tensor grid = tokensToGrid("CAbstractor", visualFeatures, m_gridSize);
    // An empty Sequential refuses forward(); with no convolutions the grid goes straight to the pool.
    const torch::Tensor convolved = convolutions->is_empty() ? grid : convolutions->forward(grid);
    return projection->forward(gridToTokens(pool(convolved)));
}

} // namespace vlmwb::inference
