#!/bin/bash
# CTest fixture for the Redis tests: `start <dir>` runs a private redis-server on 127.0.0.1 and a
# free port (no persistence, working files in <dir>) and writes its URL to <dir>/url;
# `stop <dir>` stops it by the PID in <dir>/redis.pid.
set -u
action=${1:?usage: redis-fixture.sh start|stop <dir>}
dir=${2:?usage: redis-fixture.sh start|stop <dir>}

stop_server() {
    [ -f "$dir/redis.pid" ] || return 0
    local pid
    pid=$(cat "$dir/redis.pid")
    kill "$pid" 2>/dev/null
    for _ in $(seq 50); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    kill -9 "$pid" 2>/dev/null
    rm -f "$dir/redis.pid"
}

case "$action" in
start)
    mkdir -p "$dir"
    stop_server
    rm -f "$dir/url"
    for _ in $(seq 20); do
        # A random port in 20000..52767; a taken port makes the server exit and we try another.
        port=$((20000 + RANDOM))
        redis-server --bind 127.0.0.1 --port "$port" --save "" --appendonly no --dir "$dir" \
            --daemonize yes --pidfile "$dir/redis.pid" --logfile "$dir/redis.log" || continue
        for _ in $(seq 50); do
            # PONG alone could come from someone else's server on that port: ours must be alive.
            if [ -f "$dir/redis.pid" ] && kill -0 "$(cat "$dir/redis.pid")" 2>/dev/null &&
                [ "$(redis-cli -h 127.0.0.1 -p "$port" ping 2>/dev/null)" = "PONG" ]; then
                echo "redis://127.0.0.1:$port" > "$dir/url"
                echo "redis-server ready on 127.0.0.1:$port (pid $(cat "$dir/redis.pid"))"
                exit 0
            fi
            sleep 0.1
        done
        stop_server
    done
    echo "could not start redis-server; see $dir/redis.log" >&2
    exit 1
    ;;
stop)
    stop_server
    ;;
*)
    echo "unknown action '$action'" >&2
    exit 2
    ;;
esac
