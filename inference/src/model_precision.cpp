#include "vlmwb/model_precision.h"

#include "safetensors.h"
#include "vlm_model.h"

#include <algorithm>
#include <filesystem>
#include <stdexcept>

namespace vlmwb::inference {

namespace {

torch::ScalarType scalarTypeOf(WeightPrecision precision)
{
    switch (precision) {
    case WeightPrecision::Float16:
        return torch::kFloat16;
    case WeightPrecision::BFloat16:
        return torch::kBFloat16;
    case WeightPrecision::Float32:
        break;
    }
    return torch::kFloat32;
}

} // namespace

WeightPrecision parseWeightPrecision(const std::string &text)
{
    for (WeightPrecision precision : {WeightPrecision::Float32, WeightPrecision::Float16, WeightPrecision::BFloat16})
        if (text == weightPrecisionName(precision))
            return precision;
    throw std::invalid_argument("The weight precision must be f32, f16 or bf16, not '" + text + "'.");
}

std::string weightPrecisionName(WeightPrecision precision)
{
    switch (precision) {
    case WeightPrecision::Float16:
        return "f16";
    case WeightPrecision::BFloat16:
        return "bf16";
    case WeightPrecision::Float32:
        break;
    }
    return "f32";
}

PrecisionConversion convertModelPrecision(const std::string &from, const std::string &to, WeightPrecision precision)
{
    namespace fs = std::filesystem;
    loadModel(from); // refuses a folder the engine could not read, with the file and the cause
    const fs::path source(from);
    const fs::path target(to);
    const SafetensorsFile file = readSafetensors((source / "model.safetensors").string());

    PrecisionConversion conversion;
    conversion.bytesBefore = fs::file_size(source / "model.safetensors");
    std::map<std::string, torch::Tensor> converted;
    for (const auto &[name, tensor] : file.tensors) {
        if (!tensor.is_floating_point()) {
            converted.emplace(name, tensor);
            continue;
        }
        const torch::Tensor stored = tensor.to(scalarTypeOf(precision));
        const torch::Tensor original = tensor.to(torch::kFloat64);
        if (original.numel() > 0) {
            conversion.largestChange = std::max(
                conversion.largestChange, (stored.to(torch::kFloat64) - original).abs().max().item<double>());
            conversion.largestWeight = std::max(conversion.largestWeight, original.abs().max().item<double>());
        }
        converted.emplace(name, stored);
    }
    fs::create_directories(target);
    // Written beside and renamed over the old file, so converting a folder in place is safe: the
    // source stays mapped until `file` goes.
    writeSafetensors((target / "model.safetensors").string(), converted, file.metadata);
    if (!fs::equivalent(source, target))
        fs::copy_file(source / "config.json", target / "config.json", fs::copy_options::overwrite_existing);
    conversion.bytesAfter = fs::file_size(target / "model.safetensors");
    return conversion;
}

} // namespace vlmwb::inference
