#!/usr/bin/env bash
# Installs Mesa's lavapipe: a Vulkan 1.3 device that runs on the CPU, with the GPU execution model
# (subgroups of 8 lanes, workgroup shared memory, barriers). flexc's `wgpu` feature runs its kernels
# on it, so the GPU-shaped kernels are tested on machines without a GPU:
#
#   eval "$(scripts/install-lavapipe.sh --env)"
#   FLEXC_TEST_DEVICE=wgpu cargo test --features wgpu -p flexc-kernels --test against_reference
#
# Installs Debian's mesa-vulkan-drivers (apt, needs root) unless lavapipe's ICD file is there
# already. With `--env`, prints the two variables the wgpu runtime needs on stdout (everything else
# goes to stderr): VK_ICD_FILENAMES, so that only lavapipe is enumerated, and XDG_RUNTIME_DIR, which
# Mesa wants writable.
set -euo pipefail
print_env=0
[ "${1:-}" = "--env" ] && print_env=1

find_icd() {
    for f in /usr/share/vulkan/icd.d/lvp_icd.*.json; do
        [ -f "$f" ] && { echo "$f"; return; }
    done
}

icd="$(find_icd || true)"
if [ -z "$icd" ]; then
    if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
        echo "install-lavapipe: lavapipe is missing and this is not a root Debian shell;" \
            "install mesa-vulkan-drivers with your package manager" >&2
        exit 1
    fi
    echo "install-lavapipe: installing mesa-vulkan-drivers (apt)" >&2
    export DEBIAN_FRONTEND=noninteractive
    { apt-get update -qq && apt-get install -y -qq --no-install-recommends mesa-vulkan-drivers; } >&2
    icd="$(find_icd || true)"
    if [ -z "$icd" ]; then
        echo "install-lavapipe: mesa-vulkan-drivers installed no lvp_icd.*.json under /usr/share/vulkan/icd.d" >&2
        exit 1
    fi
fi
echo "install-lavapipe: lavapipe ready ($icd)" >&2

if [ "$print_env" = 1 ]; then
    runtime_dir="${XDG_RUNTIME_DIR:-${TMPDIR:-/tmp}/flexc-xdg-$(id -u)}"
    mkdir -p "$runtime_dir" && chmod 700 "$runtime_dir"
    echo "export VK_ICD_FILENAMES='$icd'"
    echo "export XDG_RUNTIME_DIR='$runtime_dir'"
fi
