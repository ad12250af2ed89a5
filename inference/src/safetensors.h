// Reading and writing safetensors files as torch tensors (the format is described in
// vlmwb/safetensors_header.h).
//
// Reading maps the file (copy-on-write) and wraps each tensor's bytes with torch::from_blob; the
// mapping stays alive until the last tensor of the file is released, and writing into a tensor
// never changes the file. A tensor whose bytes are not aligned to its element size is copied out.
// Only little-endian hosts are supported (as the format is little-endian).
#pragma once

#include "vlmwb/safetensors_header.h"

#include <torch/torch.h>

#include <map>
#include <string>

namespace vlmwb::inference {

struct SafetensorsFile
{
    std::string path;
    std::map<std::string, torch::Tensor> tensors; // on the CPU
    std::map<std::string, std::string> metadata;

    bool contains(const std::string &name) const { return tensors.count(name) != 0; }
    // Throws ModelFileError naming the file and the tensor when it is absent.
    const torch::Tensor &tensor(const std::string &name) const;
};

// Reads and validates the whole file; every problem is a ModelFileError naming the file and cause.
SafetensorsFile readSafetensors(const std::string &path);

// Writes the tensors (any device, any layout; stored contiguous, in name order) and the metadata.
// The file is written to a temporary file beside path and renamed over it, so a failed write never
// leaves a half-written file at path. Throws ModelFileError naming the file and the cause.
void writeSafetensors(const std::string &path, const std::map<std::string, torch::Tensor> &tensors,
                      const std::map<std::string, std::string> &metadata = {});

torch::ScalarType toScalarType(TensorDtype dtype);
// std::nullopt for a scalar type that has no safetensors dtype here (e.g. complex types).
std::optional<TensorDtype> toTensorDtype(torch::ScalarType type);

} // namespace vlmwb::inference
