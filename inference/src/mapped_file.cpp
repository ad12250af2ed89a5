#include "mapped_file.h"

#include "vlmwb/model_error.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace vlmwb::inference {

namespace {

std::string systemError()
{
    return std::strerror(errno);
}

// Closes the descriptor on every path out of the constructor; the mapping outlives it.
struct Descriptor
{
    int fd = -1;
    ~Descriptor()
    {
        if (fd >= 0)
            ::close(fd);
    }
};

} // namespace

MappedFile::MappedFile(const std::string &path) : m_path(path)
{
    Descriptor file{::open(path.c_str(), O_RDONLY | O_CLOEXEC)};
    if (file.fd < 0)
        throw ModelFileError(path, "the file cannot be opened (" + systemError() + ").");
    struct stat status = {};
    if (::fstat(file.fd, &status) != 0)
        throw ModelFileError(path, "the file's size cannot be read (" + systemError() + ").");
    if (!S_ISREG(status.st_mode))
        throw ModelFileError(path, "this is not a regular file (a folder or a device?).");
    m_size = static_cast<std::uint64_t>(status.st_size);
    if (m_size == 0)
        return; // mmap rejects empty lengths; callers see size() == 0
    void *mapping = ::mmap(nullptr, m_size, PROT_READ | PROT_WRITE, MAP_PRIVATE, file.fd, 0);
    if (mapping == MAP_FAILED)
        throw ModelFileError(path, "the file cannot be mapped into memory (" + systemError() + ").");
    m_data = static_cast<unsigned char *>(mapping);
}

MappedFile::~MappedFile()
{
    if (m_data)
        ::munmap(m_data, m_size);
}

} // namespace vlmwb::inference
