// Atomic replacement of small text files (see text_file.h).
#include "text_file.h"

#include <fstream>
#include <stdexcept>

namespace vlmwb::inference {

void replaceTextFile(const std::filesystem::path &path, const std::string &text)
{
    const std::filesystem::path temporary = path.string() + ".partial";
    {
        std::ofstream file(temporary, std::ios::binary | std::ios::trunc);
        file << text;
        if (!file.flush())
            throw std::runtime_error("Cannot write \"" + temporary.string() + "\": is the disk full or the folder "
                                     "read-only?");
    }
    std::filesystem::rename(temporary, path);
}

} // namespace vlmwb::inference
