// Torch-free error type for model and tensor files that cannot be read, written or matched to a
// model. Layers above catch it (or std::runtime_error) and show what() to the user.
#pragma once

#include <stdexcept>
#include <string>

namespace vlmwb::inference {

class ModelFileError : public std::runtime_error
{
public:
    // cause: a sentence without the file name, e.g. "tensor \"proj.weight\" has shape [2, 3] ...".
    // key: the tensor or JSON key at fault; empty when the file as a whole is.
    ModelFileError(const std::string &file, const std::string &cause, const std::string &key = {});

    const std::string &file() const noexcept { return m_file; }
    const std::string &key() const noexcept { return m_key; }
    const std::string &cause() const noexcept { return m_cause; }

private:
    std::string m_file;
    std::string m_key;
    std::string m_cause;
};

} // namespace vlmwb::inference
