#!/usr/bin/env python3
"""Reference figures for bench_disk: python-diskcache's FanoutCache (what cashews' disk://
uses) doing the operations bench_disk measures, on the same keys and value sizes.

Usage: diskcache_reference.py <directory> <shards> <keys> <value_size> <min_seconds>
Prints one JSON object per line: {"name": ..., "ops_per_s": ...}.
"""
import json
import sys
import time

from diskcache import FanoutCache


def measure(body, min_seconds):
    """Runs body(n) with growing n until one run lasts min_seconds; returns ops/s."""
    n = 1000
    while True:
        start = time.perf_counter()
        body(n)
        seconds = time.perf_counter() - start
        if seconds >= min_seconds:
            return n / seconds
        n *= max(2, int(min_seconds / seconds) + 1) if seconds > 0.01 else 10


def main():
    directory, shards, key_count, value_size, min_seconds = sys.argv[1:6]
    shards, key_count, value_size = int(shards), int(key_count), int(value_size)
    min_seconds = float(min_seconds)
    keys = ["bench:key:%06d" % i for i in range(key_count)]
    value = "v" * value_size
    # cashews' disk backend passes these options through to diskcache.
    cache = FanoutCache(directory=directory, shards=shards)

    def set_loop(n):
        for i in range(n):
            cache.set(keys[i % key_count], value)

    def get_loop(n):
        for i in range(n):
            cache.get(keys[i % key_count])

    batches = [keys[i:i + 100] for i in range(0, key_count - 99, 100)]

    def get_many_loop(n):
        # FanoutCache has no multi-get; cashews' get_many loops over get as well.
        for i in range(n):
            for key in batches[i % len(batches)]:
                cache.get(key)

    set_loop(key_count)
    for name, body in (("set", set_loop), ("get", get_loop), ("get_many_100", get_many_loop)):
        rate = measure(body, min_seconds)
        print(json.dumps({"name": "diskcache_" + name, "ops_per_s": rate}), flush=True)
    cache.close()


if __name__ == "__main__":
    main()
