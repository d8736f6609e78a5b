#!/usr/bin/env bash
# Installs Debian's LLVM 22 with MLIR, which the MLIR bridge (crate flexc-mlir, feature `mlir`, built
# with melior 0.27.8) links. bookworm carries it in its security archive (llvm-toolchain-22
# 1:22.1.8-1~deb12u1): about 200 MB, 20-60 s, nothing upgraded. `.cargo/config.toml` points melior at
# /usr/lib/llvm-22. Idempotent: a second run only checks. Needs root (apt).
set -euo pipefail

PACKAGES=(libmlir-22-dev llvm-22-dev libclang1-22 libclang-common-22-dev libpolly-22-dev libzstd-dev mlir-22-tools)
missing=()
for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ] && [ -x /usr/lib/llvm-22/bin/mlir-tblgen ]; then
    echo "install-mlir: LLVM 22 with MLIR ready at /usr/lib/llvm-22"
    exit 0
fi
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "install-mlir: error: needs root and apt-get to install ${missing[*]}" >&2
    exit 1
fi
echo "install-mlir: installing ${missing[*]} with apt"
apt-get update -qq
if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; then
    echo "install-mlir: error: apt could not install ${missing[*]} (LLVM 22 comes from Debian's bookworm-security archive)" >&2
    exit 1
fi
if [ ! -d /usr/lib/llvm-22/lib/cmake/mlir ]; then
    echo "install-mlir: error: /usr/lib/llvm-22/lib/cmake/mlir is missing after the install" >&2
    exit 1
fi
echo "install-mlir: LLVM 22 with MLIR ready at /usr/lib/llvm-22"
