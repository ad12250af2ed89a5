// Heap reuse for tensor workloads (see vlmwb/heap_reuse.h).
#include "vlmwb/heap_reuse.h"

#include <cstdlib>
#include <cstring>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace vlmwb::inference {

bool reuseFreedHeapMemory()
{
    const char *setting = std::getenv("VLMWB_HEAP_REUSE");
    if (setting && std::strcmp(setting, "0") == 0)
        return false;
#if defined(__GLIBC__)
    // M_MMAP_MAX 0: no block is served by mmap(), whatever its size. M_TRIM_THRESHOLD at its
    // maximum: free() never hands the top of the heap back to the kernel. mallopt returns 1 on
    // success (sanitizer runtimes replace malloc and answer 0 or -1: then nothing changed).
    const bool noMmap = mallopt(M_MMAP_MAX, 0) == 1;
    const bool noTrim = mallopt(M_TRIM_THRESHOLD, -1) == 1;
    return noMmap && noTrim;
#else
    return false;
#endif
}

} // namespace vlmwb::inference
