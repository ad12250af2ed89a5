#include "vlmwb/runtime.h"

#include <torch/version.h>

namespace vlmwb::inference {

DeviceRequest parseDeviceRequest(const std::string &text)
{
    if (text == "auto")
        return DeviceRequest::Auto;
    if (text == "cpu")
        return DeviceRequest::Cpu;
    if (text == "cuda")
        return DeviceRequest::Cuda;
    throw std::invalid_argument("unknown device \"" + text + "\": expected auto, cpu or cuda");
}

RuntimeInfo runtimeInfo()
{
    RuntimeInfo info;
    info.torchVersion = TORCH_VERSION;
    info.cudaAvailable = torch::cuda::is_available();
    info.cudaDeviceCount = info.cudaAvailable ? static_cast<int>(torch::cuda::device_count()) : 0;
    info.cpuThreads = at::get_num_threads();
    return info;
}

std::string resolveDevice(DeviceRequest request)
{
    const bool cuda = torch::cuda::is_available();
    switch (request) {
    case DeviceRequest::Cpu:
        return "cpu";
    case DeviceRequest::Cuda:
        if (!cuda)
            throw std::runtime_error("CUDA was requested, but this LibTorch build has no CUDA support "
                                     "or no GPU is present; use --device cpu or auto");
        return "cuda";
    case DeviceRequest::Auto:
        break;
    }
    return cuda ? "cuda" : "cpu";
}

void setCpuThreads(int threads)
{
    if (threads > 0)
        at::set_num_threads(threads);
}

} // namespace vlmwb::inference
