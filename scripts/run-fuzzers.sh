#!/usr/bin/env bash
# Runs the fuzz targets one after another for SECONDS each (default 600), starting from the seed
# corpora in tests/fuzz/corpus/<target>/. Working corpora, crash files and logs go to build-fuzz/;
# the last line of each log ("Done N runs") and the last coverage line give the figures in
# docs/RELIABILITY.md. Build first with scripts/build-fuzzers.sh.
# Usage: scripts/run-fuzzers.sh [SECONDS] [target ...]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(lexicon_csv rxnorm_rrf dose_parser image_decode safetensors_header
                                      model_config tokenizer_decode)

for target in "${targets[@]}"; do
  corpus=build-fuzz/corpus/$target
  artifacts=build-fuzz/artifacts/$target
  log=build-fuzz/logs/$target.log
  mkdir -p "$corpus" "$artifacts" build-fuzz/logs
  cp -n tests/fuzz/corpus/"$target"/* "$corpus"/ 2>/dev/null || true
  # One process (no -jobs/-fork): a crash ends the run, so it is not hidden behind a restart.
  status=0
  nice -n 19 build-fuzz/fuzz_"$target" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 \
    -max_len=20000 -print_final_stats=1 -artifact_prefix="$artifacts/" "$corpus" >"$log" 2>&1 || status=$?
  runs=$(grep -o 'Done [0-9]* runs in [0-9]* second' "$log" | tail -1)
  coverage=$(grep -o 'cov: [0-9]* ft: [0-9]*' "$log" | tail -1)
  crashes=$(find "$artifacts" -type f | wc -l)
  echo "$target: exit $status, ${runs:-no Done line}, $coverage, crash files: $crashes"
done
