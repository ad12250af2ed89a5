#!/usr/bin/env bash
# Installs every Debian 12 package VLM Workbench needs to build, test and run.
# Idempotent: packages already present are skipped, and `apt-get update` runs at most once.
set -euo pipefail

packages=(
  build-essential cmake ninja-build ccache pkg-config
  # Links the ~80 executables five times faster than GNU ld (cmake/VlmwbCompilerSettings.cmake).
  lld
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev
  libqt6sql6-sqlite libqt6sql6-psql qt6-image-formats-plugins libgl-dev
  # LibTorch runs on the reference BLAS (~30x slower) unless an optimised one is installed.
  libtorch-dev libopenblas0-pthread
  libopencv-dev libqcustomplot-dev libpoppler-qt6-dev libjpeg-dev
  tesseract-ocr tesseract-ocr-eng tesseract-ocr-kor
  # Fonts for the synthetic corpus (Latin and Korean) and the GUI.
  fonts-dejavu-core fonts-liberation2 fonts-nanum fonts-noto-cjk
  nlohmann-json3-dev libbenchmark-dev
  # Headless GUI runs and screenshots.
  xvfb xauth
  # The privacy test traces vlmwb-cli's socket calls (tests/app/tst_privacy.cpp).
  strace
  # libFuzzer targets with ASan/UBSan (scripts/build-fuzzers.sh, fuzz/).
  clang-14 libfuzzer-14-dev
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages already installed."
  exit 0
fi

sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -q
"${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
