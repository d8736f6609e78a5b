#!/usr/bin/env bash
# On a machine with an NVIDIA GPU: builds flexc with the `cuda` feature, runs the transformers
# fixture differential tests with the kernels on the GPU, generates from the embedded model on the
# GPU, and runs the kernel benchmarks there, printing bytes/s beside the card's own streaming
# bandwidth. About 5 minutes warm; the first build dominates.
#
#     scripts/gpu-check.sh            # results also go to target/gpu-check/
set -euo pipefail
cd "$(dirname "$0")/.."

out=target/gpu-check
mkdir -p "$out"
scripts/bootstrap-llvm.sh
# cubecl's CUDA runtime compiles the same CUDA C++ that `flexc compile` emits, with NVRTC: use the
# system's when there is one, else the PyPI wheels.
if ! ldconfig -p 2>/dev/null | grep -q 'libnvrtc\.so'; then
    scripts/install-kernel-compilers.sh --cuda-only
    cache="${FLEXC_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/flexc}"
    export LD_LIBRARY_PATH="$cache/cuda-13/nvidia/cu13/lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
fi
nvidia-smi --query-gpu=name,driver_version,memory.total,clocks.max.memory --format=csv | tee "$out/gpu.csv"

echo "gpu-check: building with --features cuda"
cargo build --features cuda --tests --bins

echo "gpu-check: every kernel against the reference executor, on cuda"
FLEXC_TEST_DEVICE=cuda cargo test -p flexc-kernels --features cuda --test against_reference 2>&1 | tee "$out/kernels.txt"

echo "gpu-check: every fixture configuration against transformers, kernels on cuda"
FLEXC_TEST_DEVICE=cuda cargo test --features cuda --test transformers_fixtures -- --nocapture 2>&1 | tee "$out/fixtures.txt"

echo "gpu-check: the engine runs exactly the plan's cuda program, for every fixture configuration"
FLEXC_TEST_DEVICE=cuda cargo test --features cuda --test engine the_engine_runs_exactly_the_plan 2>&1 | tee "$out/plan.txt"

echo "gpu-check: the README's main command on cuda"
cargo run -q --features cuda -- compile models/tiny-flexolmo --experts public,math,code -o "$out/tiny-public-math-code"
cargo run -q --features cuda -- run "$out/tiny-public-math-code" --prompt "The math expert" --device cuda | tee "$out/run.txt"

echo "gpu-check: kernel benchmarks on cuda (memory/device_add is the card's measured streaming bandwidth)"
FLEXC_BENCH_DEVICE=cuda cargo bench --features cuda --bench kernels -- --warm-up-time 1 --measurement-time 3 \
    2>&1 | tee "$out/bench.txt" | grep -E '^[a-z_]+/|thrpt:'
echo "gpu-check: done; logs in $out"
