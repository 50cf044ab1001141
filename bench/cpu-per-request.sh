#!/bin/bash
# Runs bench/intake.lua with wrk and prints, besides wrk's figures, the server's CPU time per request
# (user + system of the WildFly process, from /proc): a figure that a busy neighbour inflates less
# than the rate does. Usage (AUTH as for intake.lua):
#   AUTH=$(printf clerk:onestop-demo-2026 | base64) bench/cpu-per-request.sh <wildfly pid> <connections> <seconds> [url]
set -euo pipefail
pid=$1 connections=$2 seconds=$3 url=${4:-http://localhost:8880}
here=$(cd "$(dirname "$0")" && pwd)
ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
hz=$(getconf CLK_TCK)
before=$(ticks)
out=$(wrk -t1 -c"$connections" -d"${seconds}s" --latency -s "$here/intake.lua" "$url")
after=$(ticks)
echo "$out" | grep -E "Requests/sec|50%|99%|Non-2xx|^p95"
requests=$(echo "$out" | awk '/requests in/ {print $1}')
awk -v t=$((after - before)) -v hz="$hz" -v n="$requests" \
    'BEGIN { printf "requests %d, server CPU per request %.1f ms\n", n, t * 1000 / hz / n }'
