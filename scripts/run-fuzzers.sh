#!/usr/bin/env bash
# Runs the fuzz targets one after another for SECONDS each (default 600), starting from the seed
# corpora in tests/fuzz/corpus/<target>/. Working corpora, crash files and logs go to build-fuzz/;
# the line printed per target (the log's last status line) gives the figures in docs/RELIABILITY.md. Build first with scripts/build-fuzzers.sh.
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
  # -fork=1: one child at a time, restarted by libFuzzer after a timeout instead of ending the run.
  # Under nice -n 19 on a shared 2-core machine a unit can wait seconds for a CPU, so a wall-clock
  # timeout is no proof of a hang; each timeout file is kept and replayed alone (see
  # docs/RELIABILITY.md). A crash, a leak or a sanitizer report still ends the run.
  status=0
  nice -n 19 build-fuzz/fuzz_"$target" -fork=1 -ignore_timeouts=1 -ignore_crashes=0 -ignore_ooms=0 \
    -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -max_len=20000 \
    -artifact_prefix="$artifacts/" "$corpus" >"$log" 2>&1 || status=$?
  # The parent's last status line: "#EXECUTIONS: cov: N ft: N corp: N exec/s N oom/timeout/crash: a/b/c time: Ns".
  summary=$(grep -E '^#[0-9]+: cov:' "$log" | tail -1 || true)
  files=$(find "$artifacts" -type f -printf '%f ' || true)
  echo "$target: exit $status; ${summary:-no status line}; files: ${files:-none}"
done
