// Roofline time estimates: a device's peak arithmetic rate per number type and its memory
// bandwidth, from vendor datasheets for GPUs and from a small benchmark for this machine's CPU.
#pragma once

#include "core/cost_model.h"

namespace vlmwb::core {

struct DeviceProfile {
    QString name;                 // t4, l4, a100-40gb, a100-80gb, h100, h200, cpu
    QString description;
    qint64 memoryBytes = 0;       // nominal capacity
    double bandwidth = 0;         // bytes per second
    double fp32 = 0;              // dense FLOP/s (no sparsity)
    double fp16 = 0;              // tensor-core FLOP/s
    double bf16 = 0;              // 0: not supported in hardware
    double int8 = 0;              // OP/s
    QString source;
};

const QVector<DeviceProfile> &gpuDevices();
const DeviceProfile *findGpuDevice(const QString &name);

// Peak FLOP/s a run of `type` gets: int8/int4 weights are dequantized and multiplied in fp16;
// a type the device lacks (bf16 on a T4) runs at the fp32 rate.
double peakFlops(const DeviceProfile &device, NumericType type);

struct RooflineTime {
    double prefillSeconds = 0;
    double decodeSeconds = 0;     // all output tokens after the first
    bool prefillComputeBound = false;
    bool decodeComputeBound = false;
};

// Prefill: max(FLOPs / peak, weight and K/V bytes / bandwidth); each decode step reads every
// active weight and the K/V cache so far.
RooflineTime rooflineTime(const CostEstimate &estimate, const EstimateInput &input, const DeviceProfile &device);

// Measures this machine: fp32 GEMM rate (OpenCV gemm, 512 x 512) and memcpy bandwidth (64 MiB,
// read + write counted). Takes about a second.
DeviceProfile measureCpuRoofline();

} // namespace vlmwb::core
