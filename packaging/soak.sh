#!/usr/bin/env bash
# Runs the fault soak (tests/soak, label `soak`) for SECONDS (default 120: half against a
# redis-server that is stopped, killed, frozen and has its clients killed, half against a disk
# store whose writers are killed) and prints its one-line JSON summary last.
set -euo pipefail
seconds="${1:-120}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
build_dir="${BUILD_DIR:-$root/build}"
"$here/deps.sh"
"$here/build.sh"
# The test bounds its own phases; this bounds the process should it hang anyway.
CASHEWS_SOAK_SECONDS="$seconds" QTEST_DISABLE_STACK_DUMP=1 QT_QPA_PLATFORM=offscreen \
    timeout --signal=KILL "$(( seconds + 300 ))" "$build_dir/tests/soak/tst_faultsoak"
