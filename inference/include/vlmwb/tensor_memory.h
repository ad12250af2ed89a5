// Tensor memory as the allocators count it: the bytes live tensors hold now and the most they held
// since the last reset. This is what the cost estimator's memory figure claims to predict, without
// what RSS adds (the BLAS library's thread buffers, the allocator's free lists, code pages).
//
// CPU: a counting allocator wrapped around LibTorch's default one. It counts only tensors allocated
// after enableCpuTensorCounting(), so call it before the Engine is built if its weights are to be
// counted. CUDA: the caching allocator's own statistics (allocated bytes, not reserved).
#pragma once

#include <cstdint>
#include <string>

namespace vlmwb::inference {

struct TensorMemoryReading {
    bool counted = false;       // false: nothing counts tensors on that device (counting off, no CUDA)
    std::int64_t currentBytes = 0;
    std::int64_t peakBytes = 0; // since the last resetTensorMemoryPeak (or since counting began)
};

// Installs the counting CPU allocator (once per process; later calls do nothing).
void enableCpuTensorCounting();

// device: "cpu", "cuda" or "cuda:N" (as Engine::device() names it).
TensorMemoryReading readTensorMemory(const std::string &device);

// Sets the peak to the bytes held now.
void resetTensorMemoryPeak(const std::string &device);

} // namespace vlmwb::inference
