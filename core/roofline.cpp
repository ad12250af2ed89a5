#include "core/roofline.h"

#include "core/cost_estimator.h"

#include <QElapsedTimer>

#include <opencv2/core.hpp>

#include <algorithm>
#include <cstring>
#include <unistd.h>
#include <vector>

namespace vlmwb::core {

namespace {

constexpr double tera = 1e12;
constexpr double giga = 1e9;
constexpr qint64 gibibyte = qint64(1) << 30;

} // namespace

const QVector<DeviceProfile> &gpuDevices()
{
    // Dense (non-sparse) tensor rates; where a datasheet gives "with sparsity" figures they are halved.
    static const QVector<DeviceProfile> devices = {
        {"t4", "NVIDIA T4 16 GB", 16 * gibibyte, 320 * giga, 8.1 * tera, 65 * tera, 0, 130 * tera,
         "NVIDIA T4 datasheet: FP32 8.1 TFLOPS, mixed FP16/FP32 65 TFLOPS, INT8 130 TOPS, 16 GB GDDR6, 320+ GB/s; "
         "no BF16."},
        {"l4", "NVIDIA L4 24 GB", 24 * gibibyte, 300 * giga, 30.3 * tera, 121 * tera, 121 * tera, 242.5 * tera,
         "NVIDIA L4 datasheet: FP32 30.3 TFLOPS, FP16/BF16 242 TFLOPS and INT8 485 TOPS with sparsity (halved "
         "here), 24 GB GDDR6, 300 GB/s."},
        {"a100-40gb", "NVIDIA A100 40 GB SXM", 40 * gibibyte, 1555 * giga, 19.5 * tera, 312 * tera, 312 * tera,
         624 * tera,
         "NVIDIA A100 datasheet: FP32 19.5 TFLOPS, FP16/BF16 tensor 312 TFLOPS, INT8 624 TOPS, 40 GB HBM2 1,555 GB/s."},
        {"a100-80gb", "NVIDIA A100 80 GB SXM", 80 * gibibyte, 2039 * giga, 19.5 * tera, 312 * tera, 312 * tera,
         624 * tera, "NVIDIA A100 datasheet: as the 40 GB card, 80 GB HBM2e 2,039 GB/s (SXM)."},
        {"h100", "NVIDIA H100 80 GB SXM", 80 * gibibyte, 3350 * giga, 67 * tera, 989.5 * tera, 989.5 * tera,
         1979 * tera,
         "NVIDIA H100 datasheet (SXM): FP32 67 TFLOPS, FP16/BF16 1,979 TFLOPS and INT8 3,958 TOPS with sparsity "
         "(halved here), 80 GB HBM3 3.35 TB/s."},
        {"h200", "NVIDIA H200 141 GB SXM", 141 * gibibyte, 4800 * giga, 67 * tera, 989.5 * tera, 989.5 * tera,
         1979 * tera, "NVIDIA H200 datasheet (SXM): compute as H100 SXM, 141 GB HBM3e 4.8 TB/s."},
    };
    return devices;
}

const DeviceProfile *findGpuDevice(const QString &name)
{
    for (const DeviceProfile &device : gpuDevices()) {
        if (device.name == name)
            return &device;
    }
    return nullptr;
}

double peakFlops(const DeviceProfile &device, NumericType type)
{
    switch (type) {
    case NumericType::Fp32:
        return device.fp32;
    case NumericType::Bf16:
        return device.bf16 > 0 ? device.bf16 : device.fp32;
    case NumericType::Fp16:
    case NumericType::Int8:
    case NumericType::Int4:
        break;
    }
    return device.fp16 > 0 ? device.fp16 : device.fp32;
}

RooflineTime rooflineTime(const CostEstimate &estimate, const EstimateInput &input, const DeviceProfile &device)
{
    RooflineTime time;
    const double peak = peakFlops(device, input.dtype);
    const double prefillFlops = 2.0 * estimate.prefill.total();
    const double prefillBytes = double(estimate.memory.weights) + double(estimate.memory.kvCache);
    time.prefillComputeBound = prefillFlops / peak >= prefillBytes / device.bandwidth;
    time.prefillSeconds = std::max(prefillFlops / peak, prefillBytes / device.bandwidth);

    const qint64 steps = std::max(0, input.outputTokens - 1);
    if (steps == 0)
        return time;
    // A decode step reads the decoder's active weights (MoE: only the routed experts) and the
    // cache; the vision tower and connector are not read again.
    const ParameterCounts &parameters = estimate.parameters;
    const double decoderParameters = double(parameters.decoderLinear + parameters.decoderOther);
    const double activeShare = decoderParameters > 0 ? double(parameters.decoderActive) / decoderParameters : 1.0;
    const NumericType activationType = isQuantized(input.dtype) ? NumericType::Fp16 : input.dtype;
    const double decoderBytes = double(estimate.memory.weights)
        - double(bytesOf(parameters.vision + parameters.connector, activationType));
    const double averageCache = double(estimate.memory.kvCache) * (estimate.prefillLength + steps / 2.0)
        / std::max<qint64>(estimate.sequenceLength, 1);
    const double decodeBytes = steps * (decoderBytes * activeShare + averageCache);
    const double decodeFlops = 2.0 * estimate.decode.total();
    time.decodeComputeBound = decodeFlops / peak >= decodeBytes / device.bandwidth;
    time.decodeSeconds = std::max(decodeFlops / peak, decodeBytes / device.bandwidth);
    return time;
}

DeviceProfile measureCpuRoofline()
{
    DeviceProfile cpu;
    cpu.name = QStringLiteral("cpu");
    cpu.description = QStringLiteral("this machine's CPU (measured)");
    cpu.memoryBytes = qint64(sysconf(_SC_PHYS_PAGES)) * sysconf(_SC_PAGE_SIZE);

    constexpr int size = 512;
    cv::Mat a(size, size, CV_32F), b(size, size, CV_32F), c;
    cv::randu(a, -1.0, 1.0);
    cv::randu(b, -1.0, 1.0);
    cv::gemm(a, b, 1.0, cv::noArray(), 0.0, c); // warm-up
    QElapsedTimer timer;
    timer.start();
    int products = 0;
    while (timer.nsecsElapsed() < 400'000'000 || products < 3) {
        cv::gemm(a, b, 1.0, cv::noArray(), 0.0, c);
        ++products;
    }
    const double gemmSeconds = timer.nsecsElapsed() / 1e9;
    cpu.fp32 = 2.0 * size * size * double(size) * products / gemmSeconds;
    cpu.fp16 = cpu.bf16 = cpu.fp32; // converted to fp32 for the arithmetic

    const size_t bytes = size_t(64) << 20;
    std::vector<char> source(bytes, 1), target(bytes, 0);
    std::memcpy(target.data(), source.data(), bytes); // warm-up: fault the pages in
    timer.restart();
    int copies = 0;
    while (timer.nsecsElapsed() < 400'000'000 || copies < 3) {
        source[size_t(copies) % bytes] = char(copies);
        std::memcpy(target.data(), source.data(), bytes);
        ++copies;
    }
    const double copySeconds = timer.nsecsElapsed() / 1e9;
    cpu.bandwidth = 2.0 * double(bytes) * copies / copySeconds;
    cpu.source = QStringLiteral("Measured: OpenCV fp32 GEMM %1 x %1 and memcpy of 64 MiB (read + write).").arg(size);
    return cpu;
}

} // namespace vlmwb::core
