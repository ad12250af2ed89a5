#include "downsampling_connector.h"

#include "module_parts.h"

namespace vlmwb::inference {

DownsamplingConnectorImpl::DownsamplingConnectorImpl(std::int64_t dimVision, std::int64_t dimLlm,
                                                     std::int64_t gridSize, std::int64_t targetSize)
    : m_gridSize(gridSize)
{
    requirePositive("DownsamplingConnector", "grid_size", gridSize);
    requirePositive("DownsamplingConnector", "target_size", targetSize);
    pool = register_module("pool", torch::nn::AdaptiveAvgPool2d(
                                       torch::nn::AdaptiveAvgPool2dOptions({targetSize, targetSize})));
    connector = register_module("connector", MLPConnector(dimVision, dimLlm));
}

torch::Tensor DownsamplingConnectorImpl::forward(const torch::Tensor &visualFeatures)
{
    const torch::Tensor grid = tokensToGrid("DownsamplingConnector", visualFeatures, m_gridSize);
    return connector(gridToTokens(pool(grid)));
}

} // namespace vlmwb::inference
