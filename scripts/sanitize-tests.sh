#!/usr/bin/env bash
# The whole test suite built with AddressSanitizer + UndefinedBehaviorSanitizer (VLMWB_SANITIZE) in
# its own build folder, then run by ctest. Any ASan report, leak or UBSan finding fails its test.
#   bash scripts/sanitize-tests.sh            # build-asan/, every test
#   VLMWB_SANITIZE_TESTS=tst_csv bash scripts/sanitize-tests.sh   # a ctest -R filter
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${VLMWB_SANITIZE_BUILD_DIR:-build-asan}
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DVLMWB_SANITIZE=ON >/dev/null
cmake --build "$build_dir" --parallel "$(nproc)"
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
# Sanitized tests run 2-3 times slower: a longer limit per test than scripts/test.sh's.
ctest --test-dir "$build_dir" --output-on-failure --parallel "$(nproc)" --timeout 1800 "${filter[@]}"
