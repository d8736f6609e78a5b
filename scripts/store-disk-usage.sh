#!/usr/bin/env bash
# Compiles every non-empty expert configuration of a checkpoint (2^E - 1 of them; 127 for the
# embedded 7-expert model) twice: as self-contained artifacts, and into one shared weight store.
# Prints the disk used by each way.
#
#   scripts/store-disk-usage.sh [MODEL_DIR]      (default: models/tiny-flexolmo)
set -euo pipefail
cd "$(dirname "$0")/.."
model="${1:-models/tiny-flexolmo}"
cargo build -q
flexc=target/debug/flexc
[ -n "${CARGO_TARGET_DIR:-}" ] && flexc="$CARGO_TARGET_DIR/debug/flexc"
experts=$(grep -o '"num_experts": *[0-9]*' "$model/config.json" | grep -o '[0-9]*$')
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/plain" "$work/shared"
count=0
for ((mask = 1; mask < (1 << experts); mask++)); do
    kept=""
    for ((e = 0; e < experts; e++)); do
        if (( mask >> e & 1 )); then kept="${kept:+$kept,}$e"; fi
    done
    "$flexc" compile "$model" --experts "$kept" -o "$work/plain/$mask" >/dev/null 2>"$work/log" || { cat "$work/log"; exit 1; }
    "$flexc" compile "$model" --experts "$kept" -o "$work/shared/$mask" --store "$work/store" >/dev/null 2>"$work/log" || { cat "$work/log"; exit 1; }
    count=$((count + 1))
done
# Sum of file sizes (directory entries are not counted).
bytes_in() { find "$@" -type f -printf '%s\n' | awk '{ s += $1 } END { print s + 0 }'; }
plain=$(bytes_in "$work/plain")
store=$(bytes_in "$work/store")
meta=$(bytes_in "$work/shared")
shared=$((store + meta))
source_bytes=$(bytes_in "$model" -name '*.safetensors')
objects=$(find "$work/store" -name '*.safetensors' | wc -l)
printf 'configurations           %d of %s\n' "$count" "$model"
printf 'source checkpoint        %d bytes of safetensors\n' "$source_bytes"
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", a / b }'; }
printf 'self-contained artifacts %d bytes (%sx the checkpoint)\n' "$plain" "$(ratio "$plain" "$source_bytes")"
printf 'with --store             %d bytes (%sx the checkpoint): weight store %d bytes (%sx, %d objects), artifacts without weights %d bytes\n' \
    "$shared" "$(ratio "$shared" "$source_bytes")" "$store" "$(ratio "$store" "$source_bytes")" "$objects" "$meta"
