#!/usr/bin/env bash
# Growth: p99 latency of the main reads at the large scale against the small one (target: within
# 1.5 times). Each endpoint gets a 5 s warm-up, then 15 s of wrk with 4 connections, per scale:
#   browse          GET /api/v1/ideas?sort=most-supported&limit=20
#   service page    GET /api/v1/services/city-service-1 and its ideas, GET /api/v1/ideas?service=...
#   rating summary  GET /api/v1/services/city-service-1/ratings/summary
#   service record  GET /api/v1/services/city-service-1/record
# city-service-1 is the busiest generated service (the most ideas, ratings and shifts).
# Needs: bench/generate.sh small and large, the packaged jar, wrk.
# Usage: bench/growth.sh [small-scale] [large-scale]
set -euo pipefail
source "$(dirname "$0")/lib.sh"
# Measured without the one-second cache of anonymous reads: this is about the database as data grows.
export COPRODUCE_PUBLIC_CACHE_TTL=${COPRODUCE_PUBLIC_CACHE_TTL:-0s}
SMALL=${1:-small}
LARGE=${2:-large}
OUT=$(mktemp -d)
trap 'stop_rss; stop_app; rm -rf "$OUT"' EXIT
require_database "$SMALL"
require_database "$LARGE"
SERVICE_ID="b8000000-0000-4000-8000-000000000001"
NAMES=(browse service service-ideas rating-summary service-record)
PATHS=("/api/v1/ideas?sort=most-supported&limit=20" "/api/v1/services/city-service-1"
       "/api/v1/ideas?service=$SERVICE_ID&limit=20" "/api/v1/services/city-service-1/ratings/summary"
       "/api/v1/services/city-service-1/record")
for scale in "$SMALL" "$LARGE"; do
  start_app "coproduce_$scale"
  start_rss "$OUT/rss-$scale"
  for i in "${!PATHS[@]}"; do
    wrk -t2 -c8 -d15s "http://localhost:$APP_PORT${PATHS[$i]}" >/dev/null
    wrk -t2 -c4 -d15s --latency "http://localhost:$APP_PORT${PATHS[$i]}" >"$OUT/$scale-${NAMES[$i]}.txt"
  done
  stop_rss
  stop_app
done
echo "growth: p99 latency, 4 connections, $SMALL against $LARGE:"
for name in "${NAMES[@]}"; do
  small=$(wrk_ms "$OUT/$SMALL-$name.txt" 99%)
  large=$(wrk_ms "$OUT/$LARGE-$name.txt" 99%)
  printf '  %-15s %s: p99 %8s ms (%s/s)  %s: p99 %8s ms (%s/s)  ratio %s  errors %s\n' "$name" "$SMALL" "$small" \
    "$(wrk_rps "$OUT/$SMALL-$name.txt")" "$LARGE" "$large" "$(wrk_rps "$OUT/$LARGE-$name.txt")" \
    "$(ratio "$large" "$small")" "$(( $(wrk_errors "$OUT/$SMALL-$name.txt") + $(wrk_errors "$OUT/$LARGE-$name.txt") ))"
done
echo "  (target: each ratio <= 1.5)"
echo "  resident memory of the application: at most $(max_rss_mb "$OUT/rss-$SMALL") MB ($SMALL), $(max_rss_mb "$OUT/rss-$LARGE") MB ($LARGE)"
