#include "linear_projection.h"

namespace vlmwb::inference {

LinearProjectionImpl::LinearProjectionImpl(std::int64_t dimVision, std::int64_t dimLlm)
{
    projection = register_module("proj", torch::nn::Linear(dimVision, dimLlm));
}

torch::Tensor LinearProjectionImpl::forward(const torch::Tensor &visualFeatures)
{
    return projection(visualFeatures);
}

} // namespace vlmwb::inference
