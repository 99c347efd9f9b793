#!/bin/bash
# Screenshots of every Cashews Studio view, taken under Xvfb from the demo store (data written
# by every cashews strategy): packaging/screenshots.sh [OUTPUT_DIR] (default: build/screenshots).
# One folder per language and window size (en-1024x700, de-1440x900, ...), since the window
# must fit 1024x700 in every language. Builds cashews-studio into build/ first if it is missing.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${CASHEWS_BUILD_DIR:-$root/build}
out=${1:-$build/screenshots}
if [ ! -x "$build/app/studio/cashews-studio" ]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
    ninja -C "$build" cashews-studio
fi
for lang in en de; do
    locale=C.UTF-8
    [ "$lang" = de ] && locale=de_DE.UTF-8
    for size in 1024x700 1440x900; do
        dir="$out/$lang-$size"
        mkdir -p "$dir"
        # -a picks a free display number; the screen is the window's size.
        xvfb-run -a -s "-screen 0 ${size}x24" \
            env QT_QPA_PLATFORM=xcb LANG="$locale" LANGUAGE="$lang" \
            "$build/app/studio/cashews-studio" --screenshots "$dir" --window-size "$size"
    done
done
ls "$out"/*
