#!/usr/bin/env bash
# Start and memory: how long the packaged application takes to be ready (from the JVM's start to
# the first 200 from /q/health/ready) against an already running database at a scale (default
# large), over five starts; and its resident memory after start and under a minute of mixed reads.
# Targets: ready in under 3 s; resident memory under 400 MB (the other benchmarks print theirs too).
# Needs: bench/generate.sh <scale>, the packaged jar, wrk.
# Usage: bench/start-memory.sh [scale] [starts]
set -euo pipefail
source "$(dirname "$0")/lib.sh"
SCALE=${1:-large}
STARTS=${2:-5}
OUT=$(mktemp -d)
trap 'stop_rss; stop_app; rm -rf "$OUT"' EXIT
require_database "$SCALE"
: >"$OUT/ready"
for _ in $(seq 1 "$STARTS"); do
  start_app "coproduce_$SCALE"
  echo "$APP_READY_MS" >>"$OUT/ready"
  stop_app
done
start_app "coproduce_$SCALE"
sleep 2
after_start=$(awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$APP_PID/status")
start_rss "$OUT/rss"
cat >"$OUT/mixed.lua" <<'LUA'
local paths = {"/api/v1/ideas?sort=most-supported&limit=20", "/api/v1/ideas?limit=20", "/api/v1/services",
               "/api/v1/services/city-service-1/ratings/summary", "/api/v1/services/city-service-1/record",
               "/api/v1/opportunities?limit=20", "/api/v1/services/city-service-1/ratings?limit=20"}
local i = 0
request = function() i = i + 1; return wrk.format("GET", paths[(i % #paths) + 1]) end
LUA
wrk -t2 -c32 -d60s -s "$OUT/mixed.lua" "http://localhost:$APP_PORT" >"$OUT/mixed.txt"
stop_rss
sorted=$(sort -n "$OUT/ready" | tr '\n' ' ')
median=$(sort -n "$OUT/ready" | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}')
echo "start and memory ($SCALE):"
echo "  ready in (ms, $STARTS starts): $sorted; median $median ms, ratio to 3,000 ms: $(ratio "$median" 3000) (target < 1)"
echo "  resident memory: $after_start MB after start; at most $(max_rss_mb "$OUT/rss") MB under a minute of mixed reads" \
  "($(wrk_rps "$OUT/mixed.txt") requests/s, errors $(wrk_errors "$OUT/mixed.txt")); ratio to 400 MB: $(ratio "$(max_rss_mb "$OUT/rss")" 400)"
