#!/usr/bin/env bash
# Makes the LLVM 23 that cubecl's cpu runtime links available offline.
#
# cubecl-llvm's build script (crate tracel-llvm-bundler 23.1.0-4) downloads LLVM from outside the
# package registries. The PyPI wheel mlc-llvm-static==23.1.1.post0 carries the same LLVM, statically
# built. This script installs that wheel into a cache outside the clone and lays out the directory the
# bundler looks for ($XDG_DATA_HOME/tracel/tracel-llvm-23.1.0-4, default ~/.local/share), with the
# marker file that tells it LLVM is installed. After it, a plain `cargo build` works.
#
# Idempotent: a second run only checks. Needs python3 with pip and access to PyPI the first time.
set -euo pipefail

WHEEL_VERSION="23.1.1.post0"
BUNDLE="tracel-llvm-23.1.0-4"
cache="${FLEXC_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/flexc}"
wheel_dir="$cache/mlc-llvm-static-$WHEEL_VERSION"
data_home="${XDG_DATA_HOME:-$HOME/.local/share}"
target="$data_home/tracel/$BUNDLE"
marker="$target/.tracel-llvm-installed"
static="$wheel_dir/mlc_llvm_static/static"

if [ -f "$marker" ] && [ -x "$target/bin/llvm-config" ]; then
    echo "bootstrap-llvm: LLVM 23 ready at $target"
    exit 0
fi

if [ ! -x "$static/bin/llvm-config" ]; then
    if ! python3 -m pip --version >/dev/null 2>&1; then
        if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
            echo "bootstrap-llvm: installing python3-pip to fetch the LLVM wheel"
            apt-get update -qq && apt-get install -y -qq python3-pip >/dev/null
        fi
        if ! python3 -m pip --version >/dev/null 2>&1; then
            echo "bootstrap-llvm: error: python3 with pip is needed to fetch the LLVM wheel (apt-get install python3-pip)" >&2
            exit 1
        fi
    fi
    echo "bootstrap-llvm: fetching mlc-llvm-static==$WHEEL_VERSION (about 60 MB) into $wheel_dir"
    rm -rf "$wheel_dir.partial"
    if ! python3 -m pip install --quiet --disable-pip-version-check --no-deps \
        --target "$wheel_dir.partial" "mlc-llvm-static==$WHEEL_VERSION"; then
        echo "bootstrap-llvm: error: could not fetch mlc-llvm-static==$WHEEL_VERSION from PyPI." >&2
        echo "bootstrap-llvm: cubecl's cpu runtime needs LLVM 23; check the network access to PyPI and retry." >&2
        rm -rf "$wheel_dir.partial"
        exit 1
    fi
    rm -rf "$wheel_dir"
    mv "$wheel_dir.partial" "$wheel_dir"
fi
for d in bin include lib share; do
    if [ ! -d "$static/$d" ]; then
        echo "bootstrap-llvm: error: $static/$d is missing from the wheel" >&2
        exit 1
    fi
done

mkdir -p "$target"
for d in bin include lib share; do
    ln -sfn "$static/$d" "$target/$d"
done
touch "$marker"
echo "bootstrap-llvm: LLVM 23 ready at $target"
