// Feeds arbitrary bytes as a whole safetensors file to the torch-free header reader: the 8-byte
// length prefix (safetensorsHeaderLength), then the JSON header (parseSafetensorsHeader). A refusal
// is a ModelFileError; checks that an accepted header keeps the promises of safetensors_header.h:
// tensors in data order covering the data section without gaps, each spanning exactly its shape's
// bytes, the data section ending at the end of the file.
#include "fuzz/fuzz_target.h"

#include "vlmwb/model_error.h"
#include "vlmwb/safetensors_header.h"

namespace vlmwb::fuzz {

void feedSafetensors(const std::uint8_t *data, std::size_t size)
{
    const std::string path = "fuzz.safetensors";
    inference::SafetensorsHeader header;
    try {
        const std::uint64_t length = inference::safetensorsHeaderLength(path, data, size);
        header = inference::parseSafetensorsHeader(path, reinterpret_cast<const char *>(data) + 8, length, size);
    } catch (const inference::ModelFileError &) {
        return;
    }
    require(header.dataOffset + header.dataSize == size, "the data section ends at the end of the file");
    std::uint64_t expected = 0;
    for (const inference::TensorEntry &tensor : header.tensors) {
        require(tensor.begin == expected, "tensors cover the data section in order without gaps");
        const std::int64_t elements = tensor.elementCount();
        require(elements >= 0, "a tensor's element count is not negative");
        require(tensor.end - tensor.begin == std::uint64_t(elements) * inference::tensorDtypeSize(tensor.dtype),
                "a tensor spans exactly the bytes of its shape and dtype");
        require(header.find(tensor.name) != nullptr, "every tensor is found by its name");
        expected = tensor.end;
    }
    require(expected == header.dataSize, "the last tensor ends the data section");
}

} // namespace vlmwb::fuzz

VLMWB_FUZZ_TARGET(vlmwb::fuzz::feedSafetensors)
