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
  # Under nice -n 19 on a shared 2-core machine a unit can wait seconds for a CPU, so libFuzzer's
  # wall-clock timeout is no proof of a hang: after a timeout the run resumes from its corpus for
  # the time left (the timeout file is kept and replayed alone, see docs/RELIABILITY.md). A crash,
  # a leak or a sanitizer report ends the target's run. (-fork=1 would do the same, but here it ran
  # at a fifth of the speed.)
  start=$SECONDS executions=0 pieces=0 status=0
  : >"$log"
  while [ $((SECONDS - start)) -lt "$seconds" ]; do
    pieces=$((pieces + 1))
    status=0
    nice -n 19 build-fuzz/fuzz_"$target" -max_total_time=$((seconds - (SECONDS - start))) -rss_limit_mb=2048 \
      -timeout=10 -max_len=20000 -print_final_stats=1 -artifact_prefix="$artifacts/" "$corpus" \
      >>"$log" 2>&1 || status=$?
    piece=$(grep -o 'stat::number_of_executed_units: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*$' || true)
    executions=$((executions + ${piece:-0}))
    # A timeout's stack trace (through Qt) can be long, so look at the last report, not the last lines.
    [ "$status" -ne 0 ] && ! grep -E '(ERROR|SUMMARY): ' "$log" | tail -1 | grep -q 'libFuzzer: timeout' && break
  done
  coverage=$(grep -o 'cov: [0-9]* ft: [0-9]*' "$log" | tail -1 || true)
  files=$(find "$artifacts" -type f -printf '%f ' || true)
  echo "$target: exit $status after $((SECONDS - start)) s in $pieces piece(s); $executions executions; last $coverage; files: ${files:-none}"
done
