#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz) with clang into build-fuzz/ and runs each for
# SECONDS (default 60) on a scratch copy of its seed corpus (tests/fuzz/corpus/<target>), so the
# tree is never written. Prints one JSON line per target:
#   {"target": ..., "execs": ..., "seconds": ..., "crashes": N}
# A run that crashes is restarted for the remaining time; crashing inputs are kept in
# build-fuzz/fuzz-findings/<target>/ (to be minimised into tests/fuzz/crashers/<target>/).
# Exits non-zero when any target crashed.
set -euo pipefail
seconds="${1:-60}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
build_dir="$root/build-fuzz"
"$here/deps.sh"
if ! command -v clang++ >/dev/null; then
    echo "fuzz.sh needs clang++ with libFuzzer (Debian: clang libclang-rt-14-dev)" >&2
    exit 2
fi
export CCACHE_BASEDIR="$root"
export CCACHE_NOHASHDIR=1
CC=clang CXX=clang++ cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCASHEWS_FUZZ=ON -DCASHEWS_BUILD_GUI=OFF >/dev/null
cmake --build "$build_dir" --parallel "$(nproc)" --target fuzz_all >/dev/null

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
status=0
for fuzzer in "$build_dir"/tests/fuzz/fuzz_*; do
    [ -f "$fuzzer" ] && [ -x "$fuzzer" ] || continue
    target="$(basename "$fuzzer")"
    corpus="$scratch/$target"
    findings="$build_dir/fuzz-findings/$target"
    mkdir -p "$corpus" "$findings"
    cp "$root/tests/fuzz/corpus/$target"/* "$corpus"/
    execs=0 crashes=0 start=$SECONDS
    while (( SECONDS - start < seconds )); do
        log="$scratch/$target.log"
        rc=0
        # Run from the scratch folder: libFuzzer may drop files into the working directory.
        (cd "$scratch" && "$fuzzer" -max_total_time=$(( seconds - (SECONDS - start) )) -print_final_stats=1 \
            -rss_limit_mb=2048 -timeout=10 -artifact_prefix="$findings/" "$corpus" >"$log" 2>&1) || rc=$?
        run_execs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)"
        execs=$(( execs + ${run_execs:-0} ))
        (( rc == 0 )) && break
        crashes=$(( crashes + 1 ))
        grep -m 1 -E 'ERROR: |runtime error|what\(\)' "$log" >&2 || true
    done
    printf '{"target": "%s", "execs": %d, "seconds": %d, "crashes": %d}\n' \
        "$target" "$execs" "$(( SECONDS - start ))" "$crashes"
    (( crashes == 0 )) || status=1
done
exit $status
