// Counting CPU allocator and CUDA allocator statistics (see vlmwb/tensor_memory.h).
#include "vlmwb/tensor_memory.h"

#include <c10/core/CPUAllocator.h>
#include <torch/version.h>

// Debian ships the c10/cuda headers without CUDA itself: both must be there.
#if __has_include(<c10/cuda/CUDACachingAllocator.h>) && __has_include(<cuda_runtime_api.h>)
#include <c10/cuda/CUDACachingAllocator.h>
#include <torch/cuda.h>
#define VLMWB_HAVE_CUDA_ALLOCATOR 1
#endif

#include <atomic>
#include <mutex>
#include <unordered_map>

// LibTorch 2.3 made Allocator::allocate non-const and added copy_data; 1.13 has neither.
#if TORCH_VERSION_MAJOR > 2 || (TORCH_VERSION_MAJOR == 2 && TORCH_VERSION_MINOR >= 3)
#define VLMWB_ALLOCATE_CONST
#define VLMWB_ALLOCATOR_HAS_COPY_DATA 1
#else
#define VLMWB_ALLOCATE_CONST const
#endif

namespace vlmwb::inference {
namespace {

std::atomic<std::int64_t> cpuCurrent{0};
std::atomic<std::int64_t> cpuPeak{0};
std::atomic<bool> cpuCounting{false};

void raisePeak(std::int64_t now)
{
    std::int64_t peak = cpuPeak.load();
    while (now > peak && !cpuPeak.compare_exchange_weak(peak, now)) {
    }
}

// Sizes of the live counted blocks, so the deleter (which gets only the pointer) knows what to
// take off. Kernels call raw_allocate for scratch memory, which demands a DataPtr whose context is
// the data pointer itself, so the size cannot travel in a context object.
std::mutex blockMutex;
std::unordered_map<void *, std::int64_t> blockBytes;
c10::DeleterFnPtr innerDeleter = nullptr;

void releaseCounted(void *data)
{
    {
        const std::lock_guard<std::mutex> lock(blockMutex);
        const auto found = blockBytes.find(data);
        if (found != blockBytes.end()) {
            cpuCurrent.fetch_sub(found->second);
            blockBytes.erase(found);
        }
    }
    innerDeleter(data);
}

// Wraps an allocator whose blocks free through a raw deleter (LibTorch's default CPU allocator:
// data pointer == context, freed by c10::free_cpu).
class CountingCpuAllocator final : public c10::Allocator
{
public:
    explicit CountingCpuAllocator(c10::Allocator *inner) : m_inner(inner) {}

    c10::DataPtr allocate(std::size_t bytes) VLMWB_ALLOCATE_CONST override
    {
        c10::DataPtr inner = m_inner->allocate(bytes);
        void *data = inner.get();
        const c10::Device device = inner.device();
        if (data == nullptr)
            return inner;
        inner.release_context(); // ownership passes to releaseCounted
        {
            const std::lock_guard<std::mutex> lock(blockMutex);
            blockBytes[data] = static_cast<std::int64_t>(bytes);
        }
        raisePeak(cpuCurrent.fetch_add(static_cast<std::int64_t>(bytes)) + static_cast<std::int64_t>(bytes));
        return {data, data, &releaseCounted, device};
    }

    c10::DeleterFnPtr raw_deleter() const override { return &releaseCounted; }

#ifdef VLMWB_ALLOCATOR_HAS_COPY_DATA
    void copy_data(void *destination, const void *source, std::size_t count) const override
    {
        m_inner->copy_data(destination, source, count);
    }
#endif

private:
    c10::Allocator *m_inner;
};

#ifdef VLMWB_HAVE_CUDA_ALLOCATOR
int cudaIndex(const std::string &device)
{
    const auto colon = device.find(':');
    return colon == std::string::npos ? 0 : std::stoi(device.substr(colon + 1));
}
#endif

bool isCuda(const std::string &device)
{
    return device.rfind("cuda", 0) == 0;
}

} // namespace

void enableCpuTensorCounting()
{
    static std::once_flag installed;
    std::call_once(installed, [] {
        // Owned by c10 from here on (SetCPUAllocator takes the pointer for the process' lifetime);
        // the priority puts it above the default allocator's registration.
        c10::Allocator *standard = c10::GetDefaultCPUAllocator();
        innerDeleter = standard->raw_deleter();
        if (innerDeleter == nullptr)
            return; // blocks that free through a context could not be counted this way
        static CountingCpuAllocator allocator(standard);
        c10::SetCPUAllocator(&allocator, /*priority*/ 10);
        cpuCounting = true;
    });
}

TensorMemoryReading readTensorMemory(const std::string &device)
{
    TensorMemoryReading reading;
    if (isCuda(device)) {
#ifdef VLMWB_HAVE_CUDA_ALLOCATOR
        if (torch::cuda::is_available()) {
            const auto stats = c10::cuda::CUDACachingAllocator::getDeviceStats(cudaIndex(device));
            const auto &allocated = stats.allocated_bytes[0]; // StatType::AGGREGATE
            reading.counted = true;
            reading.currentBytes = allocated.current;
            reading.peakBytes = allocated.peak;
        }
#endif
        return reading;
    }
    reading.counted = cpuCounting.load();
    reading.currentBytes = cpuCurrent.load();
    reading.peakBytes = cpuPeak.load();
    return reading;
}

void resetTensorMemoryPeak(const std::string &device)
{
    if (isCuda(device)) {
#ifdef VLMWB_HAVE_CUDA_ALLOCATOR
        if (torch::cuda::is_available())
            c10::cuda::CUDACachingAllocator::resetPeakStats(cudaIndex(device));
#endif
        return;
    }
    cpuPeak = cpuCurrent.load();
}

} // namespace vlmwb::inference
