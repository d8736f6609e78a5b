#!/usr/bin/env bash
# The GPU checks, on a machine with an NVIDIA GPU and no Rust toolchain: flexc is built here with the
# `cuda` feature, stripped and gzipped into .gpu-check/ (ignored by git; carry it with the checkout),
# and every check there goes through its CLI.
#
#     scripts/gpu-check.sh --prepare    # where cargo is: builds .gpu-check/flexc.gz
#     scripts/gpu-check.sh              # on the GPU machine: the checks; logs in target/gpu-check/
#
# The checks are scripts/device_check.py's: every fixture configuration's logits and greedy tokens on
# cuda against transformers' (the committed fixtures), then decode on the bench model (built there with
# transformers) with the expert kernels' weight bytes/s next to the card's measured streaming bandwidth.
# The GPU machine needs python3 with numpy, torch and transformers, the NVIDIA driver, and NVRTC (its
# CUDA toolkit's, else the PyPI wheels of scripts/install-kernel-compilers.sh --cuda-only).
# GPU_CHECK_DEVICE=cpu (or wgpu) runs the same steps on another device, to try them anywhere first;
# FLEXC=PATH uses that binary instead of the bundle.
set -euo pipefail
cd "$(dirname "$0")/.."

bundle=.gpu-check
if [ "${1:-}" = "--prepare" ]; then
    export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/flexc/target}"
    scripts/bootstrap-llvm.sh
    cargo build --locked --features cuda --bin flexc
    mkdir -p "$bundle"
    strip -o "$bundle/flexc" "$CARGO_TARGET_DIR/debug/flexc"
    gzip -9f "$bundle/flexc"
    echo "gpu-check: $(du -h "$bundle/flexc.gz" | cut -f1) in $bundle/flexc.gz; carry $bundle to the GPU machine" \
        "and run scripts/gpu-check.sh there"
    exit 0
fi

device="${GPU_CHECK_DEVICE:-cuda}"
out=target/gpu-check
mkdir -p "$out"
if [ -n "${FLEXC:-}" ]; then
    bin="$FLEXC"
elif [ -f "$bundle/flexc.gz" ]; then
    bin="$out/flexc"
    gunzip -c "$bundle/flexc.gz" >"$bin"
    chmod +x "$bin"
else
    echo "gpu-check: no $bundle/flexc.gz; run scripts/gpu-check.sh --prepare where cargo is, and carry $bundle" >&2
    exit 1
fi

if [ "${device%%:*}" = cuda ]; then
    nvidia-smi --query-gpu=name,driver_version,memory.total,clocks.max.memory --format=csv | tee "$out/gpu.csv"
    # cubecl's CUDA runtime loads NVRTC at run time: the toolkit's, where it is not on the loader's path.
    for dir in /usr/local/cuda/lib64 /usr/local/cuda/targets/x86_64-linux/lib; do
        if [ -d "$dir" ]; then
            export LD_LIBRARY_PATH="$dir${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
        fi
    done
fi
echo "gpu-check: $("$bin" --version) on $device"
set -o pipefail
python3 scripts/device_check.py --flexc "$bin" --device "$device" --out "$out" 2>&1 | tee "$out/check.txt"
echo "gpu-check: done; logs in $out"
