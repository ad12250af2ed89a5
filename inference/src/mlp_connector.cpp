#include "mlp_connector.h"

#include "module_parts.h"

namespace vlmwb::inference {

MLPConnectorImpl::MLPConnectorImpl(std::int64_t dimVision, std::int64_t dimLlm, std::int64_t dimHidden)
{
    mlp = register_module("mlp", makeGeluMlp(dimVision, dimHidden > 0 ? dimHidden : dimLlm, dimLlm));
}

torch::Tensor MLPConnectorImpl::forward(const torch::Tensor &visualFeatures)
{
    return mlp->forward(visualFeatures);
}

} // namespace vlmwb::inference
