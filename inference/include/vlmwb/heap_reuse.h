// Training and inference allocate and free the same large tensors every step (a batch's attention
// scores alone are tens of MB). glibc serves blocks above its mmap threshold (at most 32 MB) with
// fresh mmap()s and gives them back on free(), so every step paid for page faults and for zeroing
// new pages: `perf record` of `vlmwb-cli train --stage ctc` showed 27 % of the time in the kernel's
// page-fault path and 12 % in memset, and the CTC stage trained at 6.4 samples/s. Keeping freed
// memory in the heap for the next step: 20 samples/s (docs/EVALUATION.md, "Session 6").
#pragma once

namespace vlmwb::inference {

// Tells glibc's malloc to serve every block from the heap and never to trim it, so the memory a
// step frees is reused by the next one. The process keeps its peak heap until it exits, which suits
// the CLI and a workbench that runs the same model again and again. Does nothing where malloc is
// not glibc's, or when the environment sets VLMWB_HEAP_REUSE=0 (to measure the difference).
// Returns whether the setting took effect. Call early in main(), before large allocations.
bool reuseFreedHeapMemory();

} // namespace vlmwb::inference
