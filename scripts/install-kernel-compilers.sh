#!/usr/bin/env bash
# Installs the offline GPU compilers `flexc check-kernels` runs over an artifact's emitted kernels:
#
#   CUDA: NVRTC 13 and the CUDA headers, from NVIDIA's PyPI wheels, into a cache outside the clone
#         ($FLEXC_CACHE_DIR, default ~/.cache/flexc/cuda-13). No GPU, driver or CUDA toolkit needed.
#   HIP:  Debian's clang-19 with the HIP 5.2 headers and the ROCm device libraries (apt, needs root).
#
# Idempotent: a second run only checks. `flexc check-kernels` finds the NVRTC installed here by
# itself (or through FLEXC_NVRTC / FLEXC_CUDA_INCLUDE), and clang through FLEXC_HIP_CLANG or PATH.
#
# `--cuda-only` installs NVRTC alone (what `scripts/gpu-check.sh` needs on an NVIDIA machine).
set -euo pipefail
cuda_only=0
[ "${1:-}" = "--cuda-only" ] && cuda_only=1

cache="${FLEXC_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/flexc}"
cuda_dir="$cache/cuda-13"
CUDA_WHEELS=(
    "nvidia-cuda-nvrtc==13.0.*"
    "nvidia-cuda-runtime==13.0.*"
    "nvidia-cuda-crt==13.0.*"
    "nvidia-cuda-cccl==13.0.*"
)
HIP_PACKAGES=(clang-19 lld-19 libamdhip64-dev rocm-device-libs)
debian_bitcode=/usr/lib/x86_64-linux-gnu/amdgcn/bitcode
device_libs="$cache/rocm-device-libs"

nvrtc_lib() {
    find "$cuda_dir" -name 'libnvrtc.so*' -not -name '*builtins*' 2>/dev/null | sort | head -n 1
}

if [ -n "$(nvrtc_lib)" ] && [ -f "$cuda_dir/.complete" ]; then
    echo "install-kernel-compilers: NVRTC ready at $(nvrtc_lib)"
else
    if ! python3 -m pip --version >/dev/null 2>&1; then
        if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
            apt-get update -qq && apt-get install -y -qq python3-pip >/dev/null
        fi
    fi
    echo "install-kernel-compilers: fetching NVRTC 13 and the CUDA headers from PyPI into $cuda_dir"
    rm -rf "$cuda_dir.partial"
    if ! python3 -m pip install --quiet --disable-pip-version-check --no-deps \
        --target "$cuda_dir.partial" "${CUDA_WHEELS[@]}"; then
        echo "install-kernel-compilers: error: could not fetch ${CUDA_WHEELS[*]} from PyPI" >&2
        rm -rf "$cuda_dir.partial"
        exit 1
    fi
    rm -rf "$cuda_dir"
    mv "$cuda_dir.partial" "$cuda_dir"
    touch "$cuda_dir/.complete"
    echo "install-kernel-compilers: NVRTC ready at $(nvrtc_lib)"
fi

if [ "$cuda_only" = 1 ]; then
    exit 0
fi

missing=()
for p in "${HIP_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
    echo "install-kernel-compilers: clang-19 with the HIP headers ready"
elif [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "install-kernel-compilers: installing ${missing[*]} with apt"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    echo "install-kernel-compilers: clang-19 with the HIP headers ready"
else
    echo "install-kernel-compilers: error: the HIP check needs ${missing[*]}; run as root or apt-get install them" >&2
    exit 1
fi

# Debian's ROCm 5.2 device libraries predate gfx942 (MI300): they lack only its ISA-version constant,
# `__oclc_ISA_version = 9402`, which every oclc_isa_version_*.bc defines alone. Lay out a device-library
# directory with Debian's bitcode plus that one definition.
if [ ! -f "$device_libs/oclc_isa_version_942.bc" ]; then
    rm -rf "$device_libs.partial"
    mkdir -p "$device_libs.partial"
    for f in "$debian_bitcode"/*.bc; do
        ln -s "$f" "$device_libs.partial/$(basename "$f")"
    done
    cat >"$device_libs.partial/isa_version_942.ll" <<'LL'
target triple = "amdgcn-amd-amdhsa"
@__oclc_ISA_version = linkonce_odr protected local_unnamed_addr addrspace(4) constant i32 9402, align 4
LL
    clang-19 -nogpulib -target amdgcn-amd-amdhsa -c -emit-llvm -x ir \
        "$device_libs.partial/isa_version_942.ll" -o "$device_libs.partial/oclc_isa_version_942.bc"
    rm -rf "$device_libs"
    mv "$device_libs.partial" "$device_libs"
fi
echo "install-kernel-compilers: ROCm device libraries (gfx90a, gfx942) ready at $device_libs"
