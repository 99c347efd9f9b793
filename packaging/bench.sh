#!/usr/bin/env bash
# Builds Release into build-release/ and runs every benchmark; each prints one JSON object
# per line: {"name": ..., "ops_per_s": ..., ...}.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
"$here/deps.sh"
BUILD_DIR="$here/../build-release" BUILD_TYPE=Release "$here/build.sh"
# tests/bench/ and tests/ui/ (bench_ui) hold them.
for bench in "$here"/../build-release/tests/*/bench_*; do
    # Executables only: the build also has bench_*_autogen directories.
    [ -f "$bench" ] && [ -x "$bench" ] || continue
    "$bench"
done
