#!/usr/bin/env bash
# Configures and builds into build/ (or $BUILD_DIR) with Ninja; extra arguments go to cmake.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${BUILD_DIR:-$root/build}"
build_type="${BUILD_TYPE:-RelWithDebInfo}"
# Let ccache reuse objects between checkouts in different folders (CI builds a fresh clone).
export CCACHE_BASEDIR="$root"
export CCACHE_NOHASHDIR=1

cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE="$build_type" "$@"
cmake --build "$build_dir" --parallel "$(nproc)"
