#!/usr/bin/env bash
# The whole test suite built with AddressSanitizer + UndefinedBehaviorSanitizer (VLMWB_SANITIZE) in
# its own build folder, then run by ctest. Any ASan report, leak or UBSan finding fails its test.
# scripts/test.sh (README command (b), and so CI) runs this unless VLMWB_TEST_BUILD=plain.
#   bash scripts/sanitize-tests.sh            # build-asan/, every test
#   VLMWB_SANITIZE_TESTS=tst_csv bash scripts/sanitize-tests.sh   # a ctest -R filter
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${VLMWB_SANITIZE_BUILD_DIR:-build-asan}
# -O1 -g1: line numbers in reports at a fraction of -O2 -g's compile time (a cold build here takes
# about 19 minutes on 2 cores, the plain Release build about 15); no NDEBUG, so asserts run too.
VLMWB_BUILD_DIR="$build_dir" bash scripts/build.sh -DCMAKE_BUILD_TYPE=Sanitize \
  -DCMAKE_CXX_FLAGS_SANITIZE="-O1 -g1" -DVLMWB_SANITIZE=ON
suppressions="$PWD/tests/sanitizers"
# LibTorch, Qt's plugins and fontconfig keep process-lifetime caches that LeakSanitizer would report
# as leaks; lsan.supp names those libraries only, never our code. alloc_dealloc_mismatch is off
# because LibTorch's uninstrumented allocator pairs differ from ASan's view of them.
export ASAN_OPTIONS="detect_leaks=1:alloc_dealloc_mismatch=0:detect_odr_violation=0:abort_on_error=0:halt_on_error=1"
export LSAN_OPTIONS="suppressions=$suppressions/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:suppressions=$suppressions/ubsan.supp"
filter=()
if [[ -n "${VLMWB_SANITIZE_TESTS:-}" ]]; then
  filter=(-R "$VLMWB_SANITIZE_TESTS")
fi
# Sanitized tests run slower than plain ones (the suite: about 3.6 min against 1): a longer limit.
ctest --test-dir "$build_dir" --output-on-failure --parallel "$(nproc)" --timeout 1800 "${filter[@]}"
