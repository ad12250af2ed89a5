#!/usr/bin/env bash
# Builds the libFuzzer targets in fuzz/ with clang-14 (ASan + UBSan) into build-fuzz/, each from
# only the sources it needs: the full project build (LibTorch) is not involved, and no target links
# torch. Usage: scripts/build-fuzzers.sh [target ...]   (default: every target; see fuzz/fuzz_target.h)
# Needs libfuzzer-14-dev and clang-14 (scripts/install-deps.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
out=build-fuzz
cxx=${CXX_FUZZ:-clang++-14}

# Every UBSan finding aborts, so libFuzzer saves the input as a crash instead of printing and going on.
flags=(-std=c++17 -g -O1 -fPIC -fno-omit-frame-pointer -fsanitize=fuzzer,address,undefined
       -fno-sanitize-recover=all -DVLMWB_LIBFUZZER -I. -Iinference/include -Iinference/src)

qt_core=(Qt6Core)
images=(Qt6Core Qt6Gui opencv4 poppler-qt6 libjpeg)
declare -A sources packages
sources[lexicon_csv]="core/csv_reader.cpp core/drug_lexicon.cpp"
packages[lexicon_csv]="${qt_core[*]}"
sources[rxnorm_rrf]="core/rxnorm_import.cpp core/drug_lexicon.cpp core/csv_reader.cpp"
packages[rxnorm_rrf]="${qt_core[*]}"
sources[dose_parser]="core/dose_parser.cpp core/dose_units.cpp"
packages[dose_parser]="${qt_core[*]}"
sources[image_decode]="core/document_loader.cpp core/format_registry.cpp core/raster_page.cpp
  core/pixel_depth.cpp core/png_loader.cpp core/jpeg_loader.cpp core/tiff_loader.cpp core/bmp_loader.cpp
  core/webp_loader.cpp core/pdf_loader.cpp"
packages[image_decode]="${images[*]}"
sources[safetensors_header]="inference/src/safetensors_header.cpp inference/src/mapped_file.cpp
  inference/src/model_error.cpp"
packages[safetensors_header]=""
sources[model_config]="inference/src/model_config.cpp inference/src/model_error.cpp"
packages[model_config]=""
sources[tokenizer_decode]="inference/src/tokenizer.cpp"
packages[tokenizer_decode]=""

targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(lexicon_csv rxnorm_rrf dose_parser image_decode safetensors_header
                                      model_config tokenizer_decode)

# Objects are shared between targets and rebuilt only when their source or a header changed.
compile() { # source -> object path on stdout
  local source=$1 object="$out/obj/${1%.cpp}.o"
  mkdir -p "$(dirname "$object")"
  if [ ! -f "$object" ] || [ -n "$(find "$source" core fuzz inference/include inference/src -name '*.h' -newer "$object" -o -name "$(basename "$source")" -newer "$object" | head -1)" ]; then
    echo "build-fuzzers: compiling $source" >&2
    nice -n 19 "$cxx" "${flags[@]}" "${cflags[@]}" -c "$source" -o "$object"
  fi
  echo "$object"
}

for target in "${targets[@]}"; do
  [ -n "${sources[$target]+set}" ] || { echo "build-fuzzers: unknown target $target" >&2; exit 2; }
  cflags=() libs=()
  if [ -n "${packages[$target]}" ]; then
    read -r -a cflags <<<"$(pkg-config --cflags ${packages[$target]})"
    read -r -a libs <<<"$(pkg-config --libs ${packages[$target]})"
  fi
  objects=()
  for source in "fuzz/fuzz_$target.cpp" ${sources[$target]}; do
    objects+=("$(compile "$source")")
  done
  nice -n 19 "$cxx" "${flags[@]}" "${objects[@]}" "${libs[@]}" -o "$out/fuzz_$target"
  echo "build-fuzzers: $out/fuzz_$target"
done
