#include "safetensors.h"

#include "mapped_file.h"
#include "vlmwb/model_error.h"

#include <nlohmann/json.hpp>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__, "safetensors data is little-endian");

namespace vlmwb::inference {

namespace {

struct ScalarTypePair
{
    TensorDtype dtype;
    torch::ScalarType type;
};

constexpr ScalarTypePair kScalarTypes[] = {
    {TensorDtype::F64, torch::kFloat64}, {TensorDtype::F32, torch::kFloat32}, {TensorDtype::F16, torch::kFloat16},
    {TensorDtype::BF16, torch::kBFloat16}, {TensorDtype::I64, torch::kInt64}, {TensorDtype::I32, torch::kInt32},
    {TensorDtype::I16, torch::kInt16}, {TensorDtype::I8, torch::kInt8}, {TensorDtype::U8, torch::kUInt8},
    {TensorDtype::Bool, torch::kBool},
};

std::string systemError()
{
    return std::strerror(errno);
}

// Writes all of bytes or throws; write() may write less than asked.
void writeAll(int fd, const std::string &path, const void *bytes, std::size_t size)
{
    const auto *cursor = static_cast<const char *>(bytes);
    while (size > 0) {
        const ssize_t written = ::write(fd, cursor, size);
        if (written < 0 && errno == EINTR)
            continue;
        if (written < 0)
            throw ModelFileError(path, "writing failed (" + systemError() + ").");
        cursor += written;
        size -= static_cast<std::size_t>(written);
    }
}

// A temporary file beside the target, removed unless committed by renaming it over the target.
class TemporaryFile
{
public:
    explicit TemporaryFile(const std::string &target) : m_target(target), m_path(target + ".XXXXXX")
    {
        m_fd = ::mkstemp(m_path.data());
        if (m_fd < 0)
            throw ModelFileError(target, "a temporary file cannot be created beside it (" + systemError() + ").");
        ::fchmod(m_fd, 0644); // mkstemp creates 0600; model files are meant to be shared
    }
    ~TemporaryFile()
    {
        if (m_fd >= 0)
            ::close(m_fd);
        if (!m_committed)
            ::unlink(m_path.c_str());
    }
    TemporaryFile(const TemporaryFile &) = delete;
    TemporaryFile &operator=(const TemporaryFile &) = delete;

    void write(const void *bytes, std::size_t size) { writeAll(m_fd, m_target, bytes, size); }

    void commit()
    {
        if (::fsync(m_fd) != 0)
            throw ModelFileError(m_target, "the data cannot be flushed to disk (" + systemError() + ").");
        const int fd = m_fd;
        m_fd = -1;
        if (::close(fd) != 0)
            throw ModelFileError(m_target, "writing failed when closing the file (" + systemError() + ").");
        if (::rename(m_path.c_str(), m_target.c_str()) != 0)
            throw ModelFileError(m_target, "the finished file cannot replace the old one (" + systemError() + ").");
        m_committed = true;
    }

private:
    std::string m_target;
    std::string m_path;
    int m_fd = -1;
    bool m_committed = false;
};

} // namespace

const torch::Tensor &SafetensorsFile::tensor(const std::string &name) const
{
    const auto found = tensors.find(name);
    if (found == tensors.end())
        throw ModelFileError(path, "the file has no tensor named \"" + name + "\".", name);
    return found->second;
}

torch::ScalarType toScalarType(TensorDtype dtype)
{
    for (const ScalarTypePair &pair : kScalarTypes) {
        if (pair.dtype == dtype)
            return pair.type;
    }
    throw std::logic_error("tensor dtype missing from the scalar type table");
}

std::optional<TensorDtype> toTensorDtype(torch::ScalarType type)
{
    for (const ScalarTypePair &pair : kScalarTypes) {
        if (pair.type == type)
            return pair.dtype;
    }
    return std::nullopt;
}

SafetensorsFile readSafetensors(const std::string &path)
{
    const auto mapping = std::make_shared<MappedFile>(path);
    const std::uint64_t headerLength = safetensorsHeaderLength(path, mapping->data(), mapping->size());
    const SafetensorsHeader header = parseSafetensorsHeader(path, reinterpret_cast<const char *>(mapping->data()) + 8,
                                                            headerLength, mapping->size());
    SafetensorsFile file;
    file.path = path;
    file.metadata = header.metadata;
    for (const TensorEntry &entry : header.tensors) {
        const auto options = torch::TensorOptions().dtype(toScalarType(entry.dtype));
        unsigned char *bytes = mapping->data() + header.dataOffset + entry.begin;
        torch::Tensor tensor;
        if (entry.begin == entry.end) {
            tensor = torch::empty(entry.shape, options);
        } else {
            // The deleter owns a reference to the mapping: the bytes live as long as the tensor.
            tensor = torch::from_blob(bytes, entry.shape, [mapping](void *) {}, options);
            if (reinterpret_cast<std::uintptr_t>(bytes) % tensorDtypeSize(entry.dtype) != 0)
                tensor = tensor.clone();
        }
        file.tensors.emplace(entry.name, std::move(tensor));
    }
    return file;
}

void writeSafetensors(const std::string &path, const std::map<std::string, torch::Tensor> &tensors,
                      const std::map<std::string, std::string> &metadata)
{
    std::vector<torch::Tensor> blobs;
    nlohmann::json header = nlohmann::json::object();
    std::uint64_t offset = 0;
    for (const auto &[name, tensor] : tensors) {
        if (name == "__metadata__")
            throw ModelFileError(path, "\"__metadata__\" is reserved and cannot name a tensor.", name);
        if (!tensor.defined())
            throw ModelFileError(path, "tensor \"" + name + "\" is undefined and cannot be written.", name);
        const std::optional<TensorDtype> dtype = toTensorDtype(tensor.scalar_type());
        if (!dtype)
            throw ModelFileError(path, "tensor \"" + name + "\" has the type "
                                           + std::string(c10::toString(tensor.scalar_type()))
                                           + ", which safetensors files here cannot hold; supported are "
                                           + supportedTensorDtypes() + ".",
                                 name);
        torch::Tensor blob = tensor.detach().to(torch::kCPU).contiguous();
        const std::uint64_t bytes = static_cast<std::uint64_t>(blob.numel()) * tensorDtypeSize(*dtype);
        header[name] = {{"dtype", tensorDtypeName(*dtype)},
                        {"shape", blob.sizes().vec()},
                        {"data_offsets", {offset, offset + bytes}}};
        offset += bytes;
        blobs.push_back(std::move(blob));
    }
    if (!metadata.empty())
        header["__metadata__"] = metadata;

    std::string headerText = header.dump();
    headerText.append((8 - headerText.size() % 8) % 8, ' '); // the data section starts 8-byte aligned
    unsigned char prefix[8];
    for (int i = 0; i < 8; ++i)
        prefix[i] = static_cast<unsigned char>(static_cast<std::uint64_t>(headerText.size()) >> (8 * i));

    TemporaryFile file(path);
    file.write(prefix, sizeof prefix);
    file.write(headerText.data(), headerText.size());
    for (const torch::Tensor &blob : blobs)
        file.write(blob.data_ptr(), blob.numel() * blob.element_size());
    file.commit();
}

} // namespace vlmwb::inference
