#!/usr/bin/env bash
# README command (b): installs what is missing, builds, and runs the whole test suite with ctest.
# The suite is built with AddressSanitizer + UndefinedBehaviorSanitizer (scripts/sanitize-tests.sh,
# build-asan/), so every run, CI's included, also proves it free of memory errors, leaks and
# undefined behaviour. VLMWB_TEST_BUILD=plain builds and tests the Release build in build/ instead.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
if [[ "${VLMWB_TEST_BUILD:-sanitize}" == plain ]]; then
  bash scripts/build.sh
  build_dir=${VLMWB_BUILD_DIR:-build}
  ctest --test-dir "$build_dir" --output-on-failure --parallel "$(nproc)" --timeout 900
else
  bash scripts/sanitize-tests.sh
fi
