#include "vlmwb/runtime.h"

#include <torch/version.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <thread>

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

namespace {
// The count the process asked for (vlmwb-cli bench --threads, train --threads); 0: none.
std::atomic<int> chosenThreads{0};
} // namespace

void setCpuThreads(int threads)
{
    // Default: half the hardware threads. OpenBLAS (libopenblas0-pthread) runs its own thread per
    // core inside every matmul, so LibTorch threads beside it oversubscribe the cores: on this
    // 2-core machine `vlmwb-cli bench --only ocr-page` read the sample page in 1,358 ms with one
    // LibTorch thread and 2,258 ms with two (training: 19.4 against 14-16 samples/s).
    if (threads > 0)
        chosenThreads = threads;
    else
        threads = chosenThreads > 0 ? chosenThreads.load()
                                    : static_cast<int>(std::max(1u, std::thread::hardware_concurrency() / 2));
    at::set_num_threads(threads);
}

} // namespace vlmwb::inference

namespace vlmwb::inference {

MatmulMeasurement measureCpuMatmul(int size, int repeats)
{
    torch::NoGradGuard noGrad;
    const torch::Tensor a = torch::rand({size, size});
    const torch::Tensor b = torch::rand({size, size});
    torch::Tensor c = torch::matmul(a, b); // warm-up: thread pool and BLAS initialisation
    const auto start = std::chrono::steady_clock::now();
    for (int i = 0; i < repeats; ++i)
        c = torch::matmul(a, b);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    MatmulMeasurement m;
    m.size = size;
    m.repeats = repeats;
    m.seconds = seconds;
    m.gflops = 2.0 * size * static_cast<double>(size) * size * repeats / seconds / 1e9;
    return m;
}

} // namespace vlmwb::inference
