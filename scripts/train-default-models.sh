#!/usr/bin/env bash
# Trains the three default models in stages (docs/EVALUATION.md) on the synthetic corpus, on the CPU
# unless a GPU is present. Usage: scripts/train-default-models.sh RUNS_FOLDER [THREADS]
#   RUNS_FOLDER/encoder     stage 1: ViT encoder + CTC head (shared by cross_attention and projection)
#   RUNS_FOLDER/decoder     stage 2: byte decoder as a language model (seeds all three decoders)
#   RUNS_FOLDER/<pattern>-connector, <pattern>-full   stages 3 and 4 per pattern
# Each stage is resumable: rerun the same command with --resume added.
set -euo pipefail
runs=${1:?usage: train-default-models.sh RUNS_FOLDER [THREADS]}
threads=${2:-1}
cli=${VLMWB_CLI:-build/bin/vlmwb-cli}
mkdir -p "$runs"
train() { "$cli" train --threads "$threads" --corpus-seed 1000 "$@"; }

train --pattern projection --stage ctc --out "$runs/encoder" --steps 3000 --batch 16 --lr 1e-3 --minutes 30
train --pattern projection --stage lm --out "$runs/decoder" --steps 3000 --batch 32 --lr 1e-3 --minutes 20
for pattern in projection cross_attention; do
  train --pattern $pattern --stage connector --init "$runs/encoder" --init "$runs/decoder" \
        --out "$runs/$pattern-connector" --steps 400 --batch 16 --lr 1e-3 --minutes 10
  train --pattern $pattern --stage full --init "$runs/$pattern-connector" \
        --out "$runs/$pattern-full" --steps 3000 --batch 16 --lr 3e-4 --minutes 30
done
train --pattern early_fusion --stage connector --init "$runs/decoder" \
      --out "$runs/early_fusion-connector" --steps 400 --batch 16 --lr 1e-3 --minutes 10
train --pattern early_fusion --stage full --init "$runs/early_fusion-connector" \
      --out "$runs/early_fusion-full" --steps 3000 --batch 16 --lr 3e-4 --minutes 30
