// A whole file mapped into memory, copy-on-write: writes through data() change this process's pages,
// never the file. Torch-free; the safetensors reader keeps one alive for as long as tensors use it.
// (If another process truncates the file while it is mapped, reading the lost pages raises SIGBUS;
// model files are not expected to change while loaded.)
#pragma once

#include <cstdint>
#include <string>

namespace vlmwb::inference {

class MappedFile
{
public:
    // Throws ModelFileError naming the file when it cannot be opened, is not a regular file or
    // cannot be mapped.
    explicit MappedFile(const std::string &path);
    ~MappedFile();
    MappedFile(const MappedFile &) = delete;
    MappedFile &operator=(const MappedFile &) = delete;

    const std::string &path() const { return m_path; }
    unsigned char *data() const { return m_data; } // null for an empty file
    std::uint64_t size() const { return m_size; }

private:
    std::string m_path;
    unsigned char *m_data = nullptr;
    std::uint64_t m_size = 0;
};

} // namespace vlmwb::inference
