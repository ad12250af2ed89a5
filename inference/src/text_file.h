// Replacing a small text file (config.json, trainer_state.json) without ever leaving it half written.
#pragma once

#include <filesystem>
#include <string>

namespace vlmwb::inference {

// Writes `text` to `path`.partial and renames it over `path`; throws std::runtime_error naming the
// file when the disk is full or the folder read-only.
void replaceTextFile(const std::filesystem::path &path, const std::string &text);

} // namespace vlmwb::inference
