#!/usr/bin/env bash
# The long fuzz campaign: RUNS inputs per target (default 10^6), the given targets in turn (default:
# every target). Prints inputs run, accepted, refused and crashes per target, and keeps the table in
# fuzz/REPORT.md up to date after each target (rows of targets not run this time are kept, each row
# naming the commit it ran at). Crashing inputs go to fuzz/crashes/; each one should become a
# regression input in fuzz/regressions/<target>/.
#
#   scripts/fuzz.sh [RUNS] [TARGET...]      e.g. scripts/fuzz.sh 1000000 config.json "http request"
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-1000000}"
shift || true
seed="${FLEXC_FUZZ_SEED:-1}"
table=fuzz/report-table.md
targets=()
for t in "$@"; do targets+=(--target "$t"); done
cargo build -q -p flexc-fuzz
export FLEXC_FUZZ_COMMIT="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet HEAD 2>/dev/null || echo +changes)"
# The table of the last report, so that rows of targets not run now are kept.
if [[ -f fuzz/REPORT.md ]]; then grep '^| ' fuzz/REPORT.md > "$table" || true; fi
status=0
"${CARGO_TARGET_DIR:-target}/debug/flexc-fuzz" --runs "$runs" --seed "$seed" --report "$table" \
  --crashes fuzz/crashes "${targets[@]}" || status=$?
{
  echo "# Fuzz campaign report"
  echo
  echo "\`scripts/fuzz.sh $runs\`, last run $(date -u +%Y-%m-%d) on $(nproc) cores of $(uname -m), dev profile"
  echo "(the README's build). One row per target, each from the run at the commit it names."
  echo
  cat "$table"
  echo
  echo "Accepted: the input passed every check of the target (for config.json: imported and compiled; for"
  echo "HTTP: a 2xx answer from a running \`flexc serve\`). Refused: flexc returned an error (or a 4xx/5xx)."
  echo "Distinct errors: error messages with numbers and quoted text masked. Crashes: panics while running"
  echo "an input, on any thread, and requests left unanswered (0 is the requirement)."
} > fuzz/REPORT.md
rm -f "$table"
echo "wrote fuzz/REPORT.md"
exit "$status"
