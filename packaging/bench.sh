#!/usr/bin/env bash
# Builds Release into build-release/ and runs every benchmark; each prints one JSON object
# per line: {"name": ..., "ops_per_s": ..., ...}.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
"$here/deps.sh"
BUILD_DIR="$here/../build-release" BUILD_TYPE=Release "$here/build.sh"
for bench in "$here"/../build-release/tests/bench/bench_* "$here"/../build-release/tests/*/bench_*; do
    [ -x "$bench" ] || continue
    "$bench"
done
