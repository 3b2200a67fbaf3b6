#!/usr/bin/env bash
# Issue 18's load ratio: `validate scenarios/large.yaml` against `validate scenarios/baseline.yaml`, each in a fresh
# JVM (java -jar, default JVM options; or the launcher, LAUNCHER=1 below), alternating large and baseline N times in one
# session so that both see the same machine. Prints every run's wall and CPU (user+sys) time, then the medians and
# their ratios (docs/performance.md, "Loading (issue #18)"). The target is a wall ratio of at most 3.
#   scripts/bench-load-ratio.sh [N] [JAR...]        (default 5 alternations, simulation/target/kozan-all.jar)
# With several jars (e.g. an older build copied aside), each alternation runs every jar in turn, so they compare
# on the same machine load. JAVA_OPTS (e.g. "-XX:+UseParallelGC") is passed to java; empty by default.
# LAUNCHER=1 measures `./kozan validate FILE` instead, as a user runs it (the launcher's JVM options: C1 only and the
# class-data archive for short commands); no JAR arguments then.
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
n="${1:-5}"
shift || true
jars=("$@")
if [[ -n "${LAUNCHER:-}" ]]; then
  [[ ${#jars[@]} -eq 0 ]] || { echo "LAUNCHER=1 measures ./kozan; give no jar" >&2; exit 2; }
  "$root/kozan" --version >/dev/null   # builds the jar and the class-data archive when missing or stale
  jars=("$root/kozan")
fi
if [[ ${#jars[@]} -eq 0 ]]; then jars=("$root/simulation/target/kozan-all.jar"); fi
for jar in "${jars[@]}"; do
  [[ -f "$jar" ]] || { echo "no jar $jar; build it with ./kozan --version or mvn package" >&2; exit 2; }
done
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# One validate run: appends "wall cpu" (seconds) to $tmp/<jar index>-<scenario>.
one() {
  local j="$1" scenario="$2" t0 t1 line
  t0=$(date +%s.%N)
  # shellcheck disable=SC2086 # JAVA_OPTS is a list of options
  local cmd=(java ${JAVA_OPTS:-} -jar "${jars[$j]}")
  if [[ -n "${LAUNCHER:-}" ]]; then cmd=("${jars[$j]}"); fi
  /usr/bin/time -o "$tmp/time" -f "%U %S" "${cmd[@]}" validate \
      "$root/scenarios/$scenario.yaml" >/dev/null 2>"$tmp/err" \
    || { echo "validate $scenario failed:" >&2; cat "$tmp/err" >&2; exit 1; }
  t1=$(date +%s.%N)
  line=$(tail -n 1 "$tmp/time")
  awk -v a="$t0" -v b="$t1" -v l="$line" 'BEGIN { split(l, u, " "); printf "%.2f %.2f\n", b - a, u[1] + u[2] }' \
      >>"$tmp/$j-$scenario"
  printf '  jar %d %-8s wall %6.2f s  cpu %6.2f s\n' "$j" "$scenario" $(tail -n 1 "$tmp/$j-$scenario")
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
for ((i = 1; i <= n; i++)); do
  echo "alternation $i of $n"
  for j in "${!jars[@]}"; do
    one "$j" large
    one "$j" baseline
  done
done
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
for j in "${!jars[@]}"; do
  lw=$(cut -d' ' -f1 "$tmp/$j-large" | median); lc=$(cut -d' ' -f2 "$tmp/$j-large" | median)
  bw=$(cut -d' ' -f1 "$tmp/$j-baseline" | median); bc=$(cut -d' ' -f2 "$tmp/$j-baseline" | median)
  # the ratio of the alternations' ratios as well: each pair ran close together in time
  pr=$(paste -d' ' "$tmp/$j-large" "$tmp/$j-baseline" | awk '{ print $1 / $3 }' | median)
  awk -v jar="${jars[$j]}" -v lw="$lw" -v lc="$lc" -v bw="$bw" -v bc="$bc" -v pr="$pr" -v n="$n" 'BEGIN {
    printf "%s (median of %d)\n  large.yaml:    wall %.2f s  cpu %.2f s\n  baseline.yaml: wall %.2f s  cpu %.2f s\n", jar, n, lw, lc, bw, bc
    printf "  ratio: wall %.2f  cpu %.2f  (median of the %d paired wall ratios: %.2f)\n", lw / bw, lc / bc, n, pr }'
done
