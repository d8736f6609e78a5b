#!/usr/bin/env bash
# The long fuzz campaign: RUNS inputs per target (default 10^6), every target in turn. Prints inputs
# run, accepted, refused and crashes per target; writes fuzz/REPORT.md; crashing inputs go to
# fuzz/crashes/ (each one should become a regression input in fuzz/regressions/<target>/).
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-1000000}"
seed="${FLEXC_FUZZ_SEED:-1}"
table="$(mktemp)"
trap 'rm -f "$table"' EXIT
cargo build -p flexc-fuzz
status=0
cargo run -q -p flexc-fuzz -- --runs "$runs" --seed "$seed" --report "$table" --crashes fuzz/crashes || status=$?
{
  echo "# Fuzz campaign report"
  echo
  echo "\`scripts/fuzz.sh $runs\` (seed $seed) at commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown),"
  echo "$(date -u +%Y-%m-%d), on $(nproc) cores of $(uname -m), dev profile."
  echo
  cat "$table"
  echo
  echo "Accepted: the input passed every check of the target (and, for config.json, imported and compiled)."
  echo "Refused: flexc returned an error. Distinct errors: error messages with numbers and quoted text masked."
  echo "Crashes: panics caught while running an input (0 is the requirement)."
} > fuzz/REPORT.md
echo "wrote fuzz/REPORT.md"
exit "$status"
