#!/usr/bin/env bash
# README command (a): installs what is missing, builds, and runs the main job on the bundled sample
# prescription with the bundled default model: the GUI when a display is available, otherwise the
# CLI, printing what it read.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
build_dir=${VLMWB_BUILD_DIR:-build}
sample=resources/samples/prescription-sample.png
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  exec "$build_dir/bin/vlmwb" "$sample"
fi
echo "No display found: reading $sample with vlmwb-cli."
exec "$build_dir/bin/vlmwb-cli" ocr "$sample"
