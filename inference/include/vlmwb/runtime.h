// Torch-free view of the inference runtime: which device a run uses and how to choose it.
#pragma once

#include <string>

namespace vlmwb::inference {

enum class DeviceRequest { Auto, Cpu, Cuda };

// Parses "auto", "cpu" or "cuda"; throws std::invalid_argument naming the bad value otherwise.
DeviceRequest parseDeviceRequest(const std::string &text);

struct RuntimeInfo {
    std::string torchVersion;   // e.g. "1.13.1"
    bool cudaAvailable = false; // the LibTorch build has CUDA and a GPU is present
    int cudaDeviceCount = 0;
    int cpuThreads = 0;         // intra-op threads LibTorch uses on the CPU
};

RuntimeInfo runtimeInfo();

// Resolves a request to "cpu" or "cuda". Asking for cuda where there is none throws
// std::runtime_error with a sentence saying why.
std::string resolveDevice(DeviceRequest request);

// A count > 0 is used and remembered for the process; 0 or less keeps a count chosen earlier, else
// half the hardware threads, at least one (BLAS adds its own threads; runtime.cpp) (so an Engine opened with cpuThreads 0 after `bench --threads 1`
// keeps the one thread).
void setCpuThreads(int threads);

} // namespace vlmwb::inference

namespace vlmwb::inference {

struct MatmulMeasurement {
    int size = 0;          // n of the n x n float32 matrices
    int repeats = 0;
    double seconds = 0.0;  // wall time of all repeats
    double gflops = 0.0;   // 2 n^3 repeats / seconds / 1e9
};

// Times n x n float32 matrix products on the CPU: the figure that shows whether LibTorch runs on an
// optimised BLAS (OpenBLAS: ~100+ GFLOP/s on two cores) or the reference one (~4 GFLOP/s).
MatmulMeasurement measureCpuMatmul(int size, int repeats);

} // namespace vlmwb::inference
