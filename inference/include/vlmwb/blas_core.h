// OpenBLAS picks its matrix kernels from the CPU model it recognises. On virtual machines that
// report a generic "Intel Xeon Processor" it falls back to slow kernels (measured here: 32 GFLOP/s
// for a 1024^2 float32 matmul on 2 cores, against 237 with the SkylakeX kernels the CPU supports;
// `vlmwb-cli bench --only matmul`, and the same with OPENBLAS_CORETYPE=SkylakeX).
#pragma once

namespace vlmwb::inference {

// The OPENBLAS_CORETYPE that suits this CPU's instruction set ("SkylakeX" with AVX-512,
// "Haswell" with AVX2 + FMA), or nullptr when OpenBLAS's own choice should stand.
const char *preferredBlasCore();

// OpenBLAS reads OPENBLAS_CORETYPE once, when the library loads, so setting it later has no
// effect: when it is unset and a better core is known, this sets it and re-executes the program
// with the same arguments. Returns only when no re-execution was needed or it failed (then the
// program simply runs with OpenBLAS's default). Call first thing in main().
void reexecWithPreferredBlasCore(char *argv[]);

} // namespace vlmwb::inference
