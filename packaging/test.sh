#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole CTest suite. The suite starts the
# servers it needs itself (redis-server on 127.0.0.1, a free port, a temp dir).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
"$here/deps.sh"
"$here/build.sh"
cd "$here/../build"
# The fault soak (label `soak`) runs on its own: packaging/soak.sh.
ctest --output-on-failure --timeout 600 -j "$(nproc)" -LE soak "$@"
