#!/usr/bin/env bash
# Batch-to-bench throughput ratio (issue 18, docs/batch.md "Performance"): how fast `kozan batch` runs the baseline
# against `kozan bench` at the same thread count, with the same JIT warm-up, measured in one session, alternating.
#
#   scripts/bench-batch-ratio.sh [TRIALS]          (default 3 trials; environment: THREADS="1 2", RUNS=200,
#                                                   WARMUP=400, JAR=another kozan-all.jar, e.g. an older build,
#                                                   JAVA_OPTS=options for both JVMs)
#
# Per trial and thread count T, in alternating order (bench first in odd trials, batch first in even ones):
#   bench: java -jar JAR bench scenarios/baseline.yaml --warmup WARMUP --runs RUNS --threads T
#          -> "T threads: X runs/s ..., C CPU s per run" (WARMUP untimed runs on one thread, then RUNS on a T-thread
#             pool)
#   batch: scenarios/batches/bench-baseline.yaml with replications WARMUP + RUNS, --threads T,
#          -Dkozan.batch.warmUpRuns=WARMUP
#          -> manifest.json run_phase: warm_runs_per_s and warm_cpu_s_per_run over the runs after the first WARMUP
#             (RunPhaseClock.WARM_UP_RUNS), i.e. the same runs bench times; the journal is written as always
# WARMUP=400 (the default) times both in their steady state. With a worker per core the batch runs its first runs on
# one worker while the JIT compiler is busy (kozan.batch.CompilerWarmUpGate: 150-390 runs of the baseline on 2 cores,
# the "gate" column, from run_phase.compiler_gate_runs); a smaller WARMUP times part of that phase, in which a core is
# left to the compiler on purpose, and so measures the gate rather than the batch's speed (docs/batch.md,
# "Performance"). The script warns when the gate opened after the first timed run.
# ratio = batch runs/s / bench runs/s (target: >= 0.9); cpu ratio = bench CPU s per run / batch CPU s per run (the
# CPU time of the whole process, GC and JIT included: what a loaded machine distorts least). end-to-end is the
# batch's runs / wall_time_s (loading, runs, tables, manifest; not the JVM start, charts or report), for reference.
# The load average is printed with every measurement: on a busy machine, trust the CPU ratio more than the wall one.
set -euo pipefail

root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
trials="${1:-3}"
threads_list="${THREADS:-1 2}"
runs="${RUNS:-200}"
warmup="${WARMUP:-400}"   # kozan.batch.RunPhaseClock.WARM_UP_RUNS, set by -Dkozan.batch.warmUpRuns

command -v jq >/dev/null || { echo "bench-batch-ratio: needs jq" >&2; exit 2; }
if [[ -z "${JAR:-}" ]]; then
  "$root/kozan" --version >/dev/null   # builds the jar when it is missing or stale
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
jar="$work/kozan.jar"
cp "${JAR:-$root/simulation/target/kozan-all.jar}" "$jar"   # a rebuild during the measurement cannot touch this copy
# as the ./kozan launcher starts it; JAVA_OPTS (e.g. "-Xmn128m") is added to both alike
# shellcheck disable=SC2206 # JAVA_OPTS is a list of options
java=(java -XX:+UseParallelGC ${JAVA_OPTS:-} -jar "$jar")
# shellcheck disable=SC2206
batch_java=(java -XX:+UseParallelGC ${JAVA_OPTS:-} "-Dkozan.batch.warmUpRuns=$warmup" -jar "$jar")

sed -e "s/^replications: .*/replications: $((warmup + runs))/" \
    -e "s#^scenarios: .*#scenarios: [$root/scenarios/baseline.yaml]#" \
    "$root/scenarios/batches/bench-baseline.yaml" >"$work/batch.yaml"

load() { cut -d' ' -f1 /proc/loadavg 2>/dev/null || uptime | sed 's/.*load averages*: *//; s/,.*//'; }

bench() {   # bench T -> "runs/s cpu_s_per_run"
  local line
  line="$("${java[@]}" bench "$root/scenarios/baseline.yaml" --warmup "$warmup" --runs "$runs" --threads "$1" \
    | grep -E "^$1 threads?: ")"
  sed -E 's/^[0-9]+ threads?: ([0-9.]+) runs\/s .*, ([0-9.]+|unknown) CPU s per run$/\1 \2/' <<<"$line"
}

batch() {   # batch T -> "warm_runs/s warm_cpu_s_per_run end_to_end_runs/s gate_runs"
  rm -rf "$work/out"
  "${batch_java[@]}" batch "$work/batch.yaml" --threads "$1" --out "$work/out" >/dev/null 2>"$work/batch.err" || {
    cat "$work/batch.err" >&2; exit 1; }
  if [[ "$(jq -r '.run_phase.warm_up_runs' "$work/out/manifest.json")" != "$warmup" ]]; then
    echo "bench-batch-ratio: this jar's batch ignores -Dkozan.batch.warmUpRuns; use WARMUP=20" >&2; exit 2
  fi
  jq -r '"\(.run_phase.warm_runs_per_s) \(.run_phase.warm_cpu_s_per_run) \(.runs / .wall_time_s) \(.run_phase.compiler_gate_runs // 0)"' \
    "$work/out/manifest.json"
}

echo "bench-batch-ratio: $(nproc) cores, $(java -version 2>&1 | head -1), $trials trial(s), threads: $threads_list," \
  "$warmup warm-up + $runs timed runs, $(date -u '+%Y-%m-%d %H:%M UTC')"
printf '%-7s %-5s %10s %10s %6s | %12s %12s %9s | %11s %5s | %s\n' threads trial "bench r/s" "batch r/s" ratio \
  "bench CPU/r" "batch CPU/r" "cpu ratio" "batch e2e/s" gate "load (bench, batch)"
declare -A ratios cpu_ratios
for trial in $(seq 1 "$trials"); do
  for t in $threads_list; do
    if ((trial % 2 == 1)); then
      l1="$(load)"; read -r b_rate b_cpu <<<"$(bench "$t")"
      l2="$(load)"; read -r w_rate w_cpu e2e gate <<<"$(batch "$t")"
    else
      l2="$(load)"; read -r w_rate w_cpu e2e gate <<<"$(batch "$t")"
      l1="$(load)"; read -r b_rate b_cpu <<<"$(bench "$t")"
    fi
    ratio="$(awk -v a="$w_rate" -v b="$b_rate" 'BEGIN { printf "%.3f", a / b }')"
    cpu_ratio="$(awk -v a="$b_cpu" -v b="$w_cpu" 'BEGIN { printf "%.3f", a / b }')"
    ratios[$t]+="$ratio "
    cpu_ratios[$t]+="$cpu_ratio "
    printf '%-7s %-5s %10.2f %10.2f %6s | %12s %12s %9s | %11.2f %5s | %s, %s\n' "$t" "$trial" "$b_rate" "$w_rate" \
      "$ratio" "$b_cpu" "$w_cpu" "$cpu_ratio" "$e2e" "$gate" "$l1" "$l2"
    if ((gate > warmup)); then
      echo "  (the batch's compiler gate opened after run $gate, inside the timed runs: raise WARMUP)" >&2
    fi
  done
done
median() { tr ' ' '\n' | grep . | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
for t in $threads_list; do
  echo "threads $t: median ratio $(median <<<"${ratios[$t]}") (trials: ${ratios[$t]% }), median cpu ratio" \
    "$(median <<<"${cpu_ratios[$t]}") (trials: ${cpu_ratios[$t]% })"
done
