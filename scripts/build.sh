#!/usr/bin/env bash
# Configures (Release, Ninja and ccache when present) and builds VLM Workbench into build/.
# Extra arguments go to CMake's configure step, e.g. -DTorch_DIR=/opt/libtorch/share/cmake/Torch.
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${VLMWB_BUILD_DIR:-build}
# Lets ccache reuse objects across checkouts in different folders.
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$PWD}

generator=()
if [ ! -f "$build_dir/CMakeCache.txt" ] && command -v ninja >/dev/null; then
  generator=(-G Ninja)
fi
cmake -S . -B "$build_dir" "${generator[@]}" -DCMAKE_BUILD_TYPE=Release "$@"
cmake --build "$build_dir" --parallel "$(nproc)"
