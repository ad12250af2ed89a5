#!/usr/bin/env bash
# Makes docs/screenshot.png: the real main window on the bundled sample, rendered offscreen.
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${VLMWB_BUILD_DIR:-build}
QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME=$(mktemp -d) "$build_dir/bin/vlmwb" \
  --screenshot docs/screenshot.png resources/samples/prescription-sample.png
echo "wrote docs/screenshot.png"
