#include "vlmwb/safetensors_header.h"

#include "mapped_file.h"
#include "vlmwb/model_error.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <set>

namespace vlmwb::inference {

namespace {

struct DtypeInfo
{
    TensorDtype dtype;
    const char *name;
    std::size_t size;
};

constexpr std::array<DtypeInfo, 10> kDtypes{{
    {TensorDtype::F64, "F64", 8},
    {TensorDtype::F32, "F32", 4},
    {TensorDtype::F16, "F16", 2},
    {TensorDtype::BF16, "BF16", 2},
    {TensorDtype::I64, "I64", 8},
    {TensorDtype::I32, "I32", 4},
    {TensorDtype::I16, "I16", 2},
    {TensorDtype::I8, "I8", 1},
    {TensorDtype::U8, "U8", 1},
    {TensorDtype::Bool, "BOOL", 1},
}};

const DtypeInfo &dtypeInfo(TensorDtype dtype)
{
    for (const DtypeInfo &info : kDtypes) {
        if (info.dtype == dtype)
            return info;
    }
    throw std::logic_error("tensor dtype missing from the dtype table");
}

std::string inQuotes(const std::string &text)
{
    return "\"" + text + "\"";
}

std::string shapeText(const std::vector<std::int64_t> &shape)
{
    std::string text = "[";
    for (std::size_t i = 0; i < shape.size(); ++i)
        text += (i ? ", " : "") + std::to_string(shape[i]);
    return text + "]";
}

std::string rangeText(std::uint64_t begin, std::uint64_t end)
{
    return "[" + std::to_string(begin) + ", " + std::to_string(end) + "]";
}

// Reads the value of "key" in a tensor entry as a list of non-negative integers.
std::vector<std::uint64_t> unsignedList(const std::string &path, const std::string &name,
                                        const nlohmann::json &entry, const char *key)
{
    const auto found = entry.find(key);
    if (found == entry.end())
        throw ModelFileError(path, "tensor " + inQuotes(name) + " has no \"" + key + "\" in the header.", name);
    if (!found->is_array())
        throw ModelFileError(path, "the \"" + std::string(key) + "\" of tensor " + inQuotes(name)
                                       + " is not a list of numbers.", name);
    std::vector<std::uint64_t> values;
    for (const nlohmann::json &value : *found) {
        if (!value.is_number_unsigned())
            throw ModelFileError(path, "the \"" + std::string(key) + "\" of tensor " + inQuotes(name)
                                           + " holds " + value.dump() + ", which is not a non-negative integer.",
                                 name);
        values.push_back(value.get<std::uint64_t>());
    }
    return values;
}

TensorEntry parseEntry(const std::string &path, const std::string &name, const nlohmann::json &entry,
                       std::uint64_t dataSize)
{
    if (!entry.is_object())
        throw ModelFileError(path, "the header entry of tensor " + inQuotes(name) + " is not a JSON object.", name);

    TensorEntry tensor;
    tensor.name = name;
    const auto dtype = entry.find("dtype");
    if (dtype == entry.end() || !dtype->is_string())
        throw ModelFileError(path, "tensor " + inQuotes(name) + " has no \"dtype\" string in the header.", name);
    const std::optional<TensorDtype> parsed = parseTensorDtype(dtype->get<std::string>());
    if (!parsed)
        throw ModelFileError(path, "tensor " + inQuotes(name) + " has the unknown dtype "
                                       + inQuotes(dtype->get<std::string>()) + "; supported are "
                                       + supportedTensorDtypes() + ".",
                             name);
    tensor.dtype = *parsed;

    std::uint64_t bytes = tensorDtypeSize(tensor.dtype);
    // The element count is checked apart from the byte count: for a one-byte dtype, [2^63 - 1, 2, 0]
    // fits in uint64 bytes on the way to 0, yet TensorEntry::elementCount() overflowed int64.
    std::int64_t elements = 1;
    for (std::uint64_t extent : unsignedList(path, name, entry, "shape")) {
        if (extent > static_cast<std::uint64_t>(INT64_MAX) || __builtin_mul_overflow(bytes, extent, &bytes)
            || __builtin_mul_overflow(elements, static_cast<std::int64_t>(extent), &elements))
            throw ModelFileError(path, "the shape of tensor " + inQuotes(name) + " is too large to be real.", name);
        tensor.shape.push_back(static_cast<std::int64_t>(extent));
    }

    const std::vector<std::uint64_t> offsets = unsignedList(path, name, entry, "data_offsets");
    if (offsets.size() != 2 || offsets[0] > offsets[1])
        throw ModelFileError(path, "tensor " + inQuotes(name) + " has data_offsets " + nlohmann::json(offsets).dump()
                                       + "; expected two offsets [begin, end] with begin <= end.",
                             name);
    tensor.begin = offsets[0];
    tensor.end = offsets[1];
    if (tensor.end - tensor.begin != bytes)
        throw ModelFileError(path, "tensor " + inQuotes(name) + " has shape " + shapeText(tensor.shape) + " of "
                                       + tensorDtypeName(tensor.dtype) + ", which needs " + std::to_string(bytes)
                                       + " bytes, but its data_offsets " + rangeText(tensor.begin, tensor.end)
                                       + " span " + std::to_string(tensor.end - tensor.begin) + " bytes.",
                             name);
    if (tensor.end > dataSize)
        throw ModelFileError(path, "tensor " + inQuotes(name) + " has data_offsets "
                                       + rangeText(tensor.begin, tensor.end) + " beyond the " + std::to_string(dataSize)
                                       + " bytes of tensor data in the file; the file may be truncated.",
                             name);
    return tensor;
}

std::map<std::string, std::string> parseMetadata(const std::string &path, const nlohmann::json &metadata)
{
    if (!metadata.is_object())
        throw ModelFileError(path, "the header's \"__metadata__\" is not a JSON object of strings.", "__metadata__");
    std::map<std::string, std::string> result;
    for (const auto &[key, value] : metadata.items()) {
        if (!value.is_string())
            throw ModelFileError(path, "the header's \"__metadata__\" entry " + inQuotes(key) + " is "
                                           + value.dump() + ", not a string.",
                                 "__metadata__");
        result[key] = value.get<std::string>();
    }
    return result;
}

// The data section must be exactly the concatenation of the tensors: no overlap, no gap, no tail.
void checkCoverage(const std::string &path, const std::vector<TensorEntry> &tensors, std::uint64_t dataSize)
{
    std::uint64_t expected = 0;
    const TensorEntry *previous = nullptr;
    for (const TensorEntry &tensor : tensors) {
        if (tensor.begin < expected)
            throw ModelFileError(path, "the data of tensor " + inQuotes(tensor.name) + " at "
                                           + rangeText(tensor.begin, tensor.end) + " overlaps that of tensor "
                                           + inQuotes(previous->name) + " at "
                                           + rangeText(previous->begin, previous->end) + ".",
                                 tensor.name);
        if (tensor.begin > expected)
            throw ModelFileError(path, "bytes " + rangeText(expected, tensor.begin)
                                           + " of the tensor data belong to no tensor (a gap before tensor "
                                           + inQuotes(tensor.name) + ").",
                                 tensor.name);
        expected = tensor.end;
        previous = &tensor;
    }
    if (expected != dataSize)
        throw ModelFileError(path, "the last " + std::to_string(dataSize - expected)
                                       + " bytes of the file belong to no tensor.");
}

} // namespace

std::optional<TensorDtype> parseTensorDtype(const std::string &name)
{
    for (const DtypeInfo &info : kDtypes) {
        if (name == info.name)
            return info.dtype;
    }
    return std::nullopt;
}

const char *tensorDtypeName(TensorDtype dtype)
{
    return dtypeInfo(dtype).name;
}

std::size_t tensorDtypeSize(TensorDtype dtype)
{
    return dtypeInfo(dtype).size;
}

std::string supportedTensorDtypes()
{
    std::string text;
    for (const DtypeInfo &info : kDtypes)
        text += (text.empty() ? "" : ", ") + std::string(info.name);
    return text;
}

std::int64_t TensorEntry::elementCount() const
{
    std::int64_t count = 1;
    for (std::int64_t extent : shape)
        count *= extent;
    return count;
}

const TensorEntry *SafetensorsHeader::find(const std::string &name) const
{
    for (const TensorEntry &tensor : tensors) {
        if (tensor.name == name)
            return &tensor;
    }
    return nullptr;
}

std::uint64_t safetensorsHeaderLength(const std::string &path, const unsigned char *prefix, std::uint64_t fileSize)
{
    if (fileSize < 8)
        throw ModelFileError(path, "the file is " + std::to_string(fileSize)
                                       + " bytes long, too short to be a safetensors file (its first 8 bytes "
                                         "give the header length).");
    std::uint64_t length = 0;
    for (int i = 7; i >= 0; --i)
        length = (length << 8) | prefix[i]; // little-endian on every host
    if (length > kMaxSafetensorsHeaderBytes)
        throw ModelFileError(path, "the header length " + std::to_string(length)
                                       + " is beyond the limit of " + std::to_string(kMaxSafetensorsHeaderBytes)
                                       + " bytes; this is not a safetensors file or it is corrupt.");
    if (length > fileSize - 8)
        throw ModelFileError(path, "the header length " + std::to_string(length) + " is beyond the end of the "
                                       + std::to_string(fileSize) + "-byte file; the file may be truncated.");
    return length;
}

SafetensorsHeader parseSafetensorsHeader(const std::string &path, const char *header, std::uint64_t headerLength,
                                         std::uint64_t fileSize)
{
    SafetensorsHeader result;
    result.dataOffset = 8 + headerLength;
    result.dataSize = fileSize - result.dataOffset;

    // nlohmann keeps the last of duplicated keys silently; a duplicate tensor name is an error here.
    std::set<std::string> names;
    std::string duplicate;
    const nlohmann::json::parser_callback_t noteDuplicates =
        [&](int depth, nlohmann::json::parse_event_t event, nlohmann::json &parsed) {
            if (depth == 1 && event == nlohmann::json::parse_event_t::key && parsed.is_string()
                && !names.insert(parsed.get<std::string>()).second && duplicate.empty())
                duplicate = parsed.get<std::string>();
            return true;
        };
    nlohmann::json json;
    try {
        json = nlohmann::json::parse(header, header + headerLength, noteDuplicates);
    } catch (const nlohmann::json::exception &error) {
        throw ModelFileError(path, std::string("the header is not valid JSON (") + error.what() + ").");
    }
    if (!json.is_object())
        throw ModelFileError(path, "the header is JSON but not an object of tensors.");
    if (!duplicate.empty())
        throw ModelFileError(path, "the header names " + inQuotes(duplicate) + " more than once.", duplicate);

    for (const auto &[name, entry] : json.items()) {
        if (name == "__metadata__")
            result.metadata = parseMetadata(path, entry);
        else
            result.tensors.push_back(parseEntry(path, name, entry, result.dataSize));
    }
    std::sort(result.tensors.begin(), result.tensors.end(), [](const TensorEntry &a, const TensorEntry &b) {
        return a.begin != b.begin ? a.begin < b.begin : a.end < b.end;
    });
    checkCoverage(path, result.tensors, result.dataSize);
    return result;
}

SafetensorsHeader readSafetensorsHeader(const std::string &path)
{
    // Mapping reads nothing up front: only the pages of the header are touched.
    const MappedFile file(path);
    const std::uint64_t length = safetensorsHeaderLength(path, file.data(), file.size());
    return parseSafetensorsHeader(path, reinterpret_cast<const char *>(file.data()) + 8, length, file.size());
}

} // namespace vlmwb::inference
