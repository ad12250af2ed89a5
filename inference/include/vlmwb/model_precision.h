// Storing a model folder's weights at half precision: the same model in half the bytes (the 12 MB
// folder limit of a shipped model then holds twice the weights). The engine reads any floating-point
// precision into its float32 parameters, so a converted folder loads wherever the original did.
#pragma once

#include <cstdint>
#include <string>

namespace vlmwb::inference {

enum class WeightPrecision { Float32, Float16, BFloat16 };

// "f32", "f16", "bf16"; parse throws std::invalid_argument naming the bad value.
WeightPrecision parseWeightPrecision(const std::string &text);
std::string weightPrecisionName(WeightPrecision precision);

struct PrecisionConversion {
    std::uint64_t bytesBefore = 0;  // model.safetensors in the source folder
    std::uint64_t bytesAfter = 0;   // and in the written one
    double largestChange = 0.0;     // largest |converted - original| over all weights
    double largestWeight = 0.0;     // largest |original| over all weights, to set the change against
};

// Loads the model in `from` (every problem a ModelFileError naming the file), then writes `to`
// (created when missing; may be `from` itself): config.json copied byte for byte, model.safetensors
// with every floating-point tensor at `precision`, integer tensors as they were.
PrecisionConversion convertModelPrecision(const std::string &from, const std::string &to, WeightPrecision precision);

} // namespace vlmwb::inference
