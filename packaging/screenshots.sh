#!/bin/bash
# Screenshots of every Cashews Studio view, taken under Xvfb from the demo store (data written
# by every cashews strategy): packaging/screenshots.sh [OUTPUT_DIR] (default: build/screenshots).
# Builds cashews-studio into build/ first if it is missing.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${CASHEWS_BUILD_DIR:-$root/build}
out=${1:-$build/screenshots}
if [ ! -x "$build/app/studio/cashews-studio" ]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
    ninja -C "$build" cashews-studio
fi
mkdir -p "$out"
# -a picks a free display number; the window is 1360x820, the screen a bit larger.
xvfb-run -a -s "-screen 0 1440x900x24" \
    env QT_QPA_PLATFORM=xcb LANG=C.UTF-8 "$build/app/studio/cashews-studio" --screenshots "$out"
ls "$out"
