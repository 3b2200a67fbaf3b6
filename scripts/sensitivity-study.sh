#!/usr/bin/env bash
# The published sensitivity study of the baseline's assumptions (docs/sensitivity.md, "Study"), in one command:
# Morris screening of 42 labelled assumptions (3,440 runs), then Sobol' indices of the 8 most influential
# (10,240 runs), each with charts and report.html. About 7 CPU minutes on the project's VM (runs of 2025-2040).
#   scripts/sensitivity-study.sh [RESULTS_DIR] [THREADS]      (default results/analyses, all cores)
# Re-running after a model change: the same command; compare indices.csv with the tables in docs/sensitivity.md.
# The Sobol' parameters are not chosen here: after a model change read morris/indices.csv, and when the 8 largest
# mu* (each output's scaled by its largest) change, edit scenarios/analyses/sobol-batch.yaml and run again.
# Interrupted? Run it again: each study resumes (finished runs are kept).
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
out="${1:-results/analyses}"
threads=()
if [[ $# -ge 2 ]]; then threads=(--threads "$2"); fi
for study in morris sobol; do
  dir="$out/$study"
  if [[ -d "$dir.partial" ]]; then
    "$root/kozan" sensitivity "$root/scenarios/analyses/$study.yaml" --out "$dir" --resume "${threads[@]}"
  else
    "$root/kozan" sensitivity "$root/scenarios/analyses/$study.yaml" --out "$dir" --force "${threads[@]}"
  fi
done
echo "indices: $out/morris/indices.csv and $out/sobol/indices.csv (reports: report.html in each)"
