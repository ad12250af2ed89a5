#include "vlmwb/blas_core.h"

#include <cstdlib>
#include <unistd.h>

namespace vlmwb::inference {

const char *preferredBlasCore()
{
#if defined(__x86_64__) && defined(__GNUC__)
    __builtin_cpu_init();
    if (__builtin_cpu_supports("avx512f"))
        return "SkylakeX";
    if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma"))
        return "Haswell";
#endif
    return nullptr;
}

void reexecWithPreferredBlasCore(char *argv[])
{
    // Set (by the user, or by the first execution of this function): never loop.
    if (std::getenv("OPENBLAS_CORETYPE") != nullptr)
        return;
    const char *core = preferredBlasCore();
    if (core == nullptr || setenv("OPENBLAS_CORETYPE", core, 1) != 0)
        return;
    execv("/proc/self/exe", argv);
    // execv returned: the program goes on with the kernels OpenBLAS chose itself.
}

} // namespace vlmwb::inference
