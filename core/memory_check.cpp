// Estimated against measured tensor memory for one line (see memory_check.h).
#include "core/memory_check.h"

#include "core/cost_estimator.h"
#include "core/model_config_architecture.h"

#include "vlmwb/tensor_memory.h"

#include <exception>
#include <memory>

namespace vlmwb::core {
namespace {

// The number type the engine computes in (EngineOptions: Automatic is float32 on the CPU and
// bfloat16 on CUDA).
NumericType computeTypeOf(inference::ComputeType type, const std::string &device)
{
    switch (type) {
    case inference::ComputeType::Float32:
        return NumericType::Fp32;
    case inference::ComputeType::Float16:
        return NumericType::Fp16;
    case inference::ComputeType::BFloat16:
        return NumericType::Bf16;
    case inference::ComputeType::Automatic:
        break;
    }
    return device.rfind("cuda", 0) == 0 ? NumericType::Bf16 : NumericType::Fp32;
}

} // namespace

MemoryCheck checkMemoryEstimate(const QString &folder, const inference::EngineOptions &engineOptions,
                                const inference::LineImage &line, const inference::DecodeOptions &decode)
{
    MemoryCheck check;
    inference::enableCpuTensorCounting();
    try {
        const std::string device = inference::resolveDevice(engineOptions.device);
        const inference::TensorMemoryReading before = inference::readTensorMemory(device);
        inference::Engine engine(folder.toStdString(), engineOptions);
        check.device = QString::fromStdString(engine.device());
        const inference::TensorMemoryReading loaded = inference::readTensorMemory(engine.device());
        check.measuredWeights = loaded.currentBytes - before.currentBytes;
        inference::resetTensorMemoryPeak(engine.device());
        // The estimate models one hypothesis per line, so the check reads greedily whatever the
        // model's own decoding (a beam replicates the keys and values once per hypothesis).
        inference::DecodeOptions greedy = decode;
        greedy.beam = 1;
        const std::vector<inference::LineReading> readings = engine.read({line}, greedy);
        const inference::TensorMemoryReading after = inference::readTensorMemory(engine.device());
        check.counted = after.counted;
        // Tensors other owners held before the model was built are not the model's.
        check.measuredPeak = after.peakBytes - before.currentBytes;
        check.generatedTokens = int(readings.front().tokenIds.size());

        check.input.width = line.width;
        check.input.height = line.height;
        check.input.promptTokens = 1 + int(engine.config().prompt.size()); // BOS + the prompt's bytes
        check.input.outputTokens = check.generatedTokens;
        check.input.batch = 1;
        check.input.dtype = computeTypeOf(engineOptions.dtype, engine.device());
        check.input.decoderWeightsSet = true;
        check.input.decoderWeights = check.input.dtype;
        const ModelArchitecture architecture = architectureFromModelConfig(engine.config(), folder);
        check.estimate = estimateCost(architecture, check.input).memory;
    } catch (const std::exception &error) {
        check.error = QString::fromStdString(error.what());
    }
    return check;
}

} // namespace vlmwb::core
