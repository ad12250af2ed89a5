#include "vlmwb/model_error.h"

namespace vlmwb::inference {

// what() reads "<file>: <cause>", so every message names the file first.
ModelFileError::ModelFileError(const std::string &file, const std::string &cause, const std::string &key)
    : std::runtime_error(file + ": " + cause), m_file(file), m_key(key), m_cause(cause)
{
}

} // namespace vlmwb::inference
