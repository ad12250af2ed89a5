// Torch-free description of a safetensors file (https://github.com/huggingface/safetensors):
//   8 bytes   little-endian uint64 N, the length of the JSON header
//   N bytes   JSON object: name -> {"dtype", "shape", "data_offsets": [begin, end]}, plus an optional
//             "__metadata__" object of string values
//   rest      the tensor data; offsets count from the first byte after the header
// The header is validated strictly; every problem is a ModelFileError naming the file and the cause.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace vlmwb::inference {

enum class TensorDtype { F64, F32, F16, BF16, I64, I32, I16, I8, U8, Bool };

// "F32" -> TensorDtype::F32; std::nullopt for a name this reader does not support.
std::optional<TensorDtype> parseTensorDtype(const std::string &name);
const char *tensorDtypeName(TensorDtype dtype);
std::size_t tensorDtypeSize(TensorDtype dtype); // bytes per element
// "F64, F32, ..." for error messages.
std::string supportedTensorDtypes();

struct TensorEntry
{
    std::string name;
    TensorDtype dtype = TensorDtype::F32;
    std::vector<std::int64_t> shape;
    std::uint64_t begin = 0; // byte offsets into the data section, end exclusive
    std::uint64_t end = 0;

    std::int64_t elementCount() const;
};

struct SafetensorsHeader
{
    std::vector<TensorEntry> tensors; // ordered by data offset, covering the data section without gaps
    std::map<std::string, std::string> metadata;
    std::uint64_t dataOffset = 0; // file offset of the data section: 8 + header length
    std::uint64_t dataSize = 0;   // bytes of tensor data; dataOffset + dataSize == file size

    const TensorEntry *find(const std::string &name) const;
};

// A header longer than this is taken as a corrupt length, not as a model.
inline constexpr std::uint64_t kMaxSafetensorsHeaderBytes = 100u * 1024u * 1024u;

// Checks the 8-byte length prefix against the file size and returns the header length.
// prefix points at min(fileSize, 8) readable bytes.
std::uint64_t safetensorsHeaderLength(const std::string &path, const unsigned char *prefix,
                                      std::uint64_t fileSize);

// Parses and validates the JSON header of a file of fileSize bytes; headerLength bytes at header.
SafetensorsHeader parseSafetensorsHeader(const std::string &path, const char *header,
                                         std::uint64_t headerLength, std::uint64_t fileSize);

// Reads and validates only the header of the file at path (no tensor data is read).
SafetensorsHeader readSafetensorsHeader(const std::string &path);

} // namespace vlmwb::inference
