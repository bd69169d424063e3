#!/usr/bin/env bash
# Deep paging: the latency of page 1,000 of GET /api/v1/ideas?sort=most-supported&limit=20 against
# page 1, at a scale (default large). Follows the nextCursor links from page 1 to page 1,000, then
# times each page with wrk (one connection, after a warm-up). Target: page 1,000 within 1.2 times
# page 1 (the list pages by keyset, so depth should not matter).
# Needs: bench/generate.sh <scale>, the packaged jar, wrk, curl, python3.
# Usage: bench/deep-paging.sh [scale] [page]
set -euo pipefail
source "$(dirname "$0")/lib.sh"
# Measured without the one-second cache of anonymous reads: this is about the database as data grows.
export COPRODUCE_PUBLIC_CACHE_TTL=${COPRODUCE_PUBLIC_CACHE_TTL:-0s}
SCALE=${1:-large}
PAGE=${2:-1000}
OUT=$(mktemp -d)
trap 'stop_rss; stop_app; rm -rf "$OUT"' EXIT
require_database "$SCALE"
start_app "coproduce_$SCALE"
start_rss "$OUT/rss"
FIRST="http://localhost:$APP_PORT/api/v1/ideas?sort=most-supported&limit=20"
# One Python process follows the links (starting one per page would take longer than the benchmark).
DEEP=$(python3 - "$FIRST" "$PAGE" <<'PY'
import json, sys, urllib.parse, urllib.request
first, page = sys.argv[1], int(sys.argv[2])
url = first
for _ in range(page - 1):
    with urllib.request.urlopen(url) as response:
        cursor = json.load(response)["nextCursor"]
    url = first + "&cursor=" + urllib.parse.quote(cursor, safe="")
print(url)
PY
)
for u in "$FIRST" "$DEEP"; do wrk -t2 -c8 -d15s "$u" >/dev/null; done
wrk -t1 -c1 -d15s --latency "$FIRST" >"$OUT/first.txt"
wrk -t1 -c1 -d15s --latency "$DEEP" >"$OUT/deep.txt"
stop_rss
echo "deep paging ($SCALE, one connection, 15 s each):"
for f in first deep; do
  printf '  page %-5s p50 %s ms  p99 %s ms  (%s requests/s, errors %s)\n' "$([ $f = first ] && echo 1 || echo "$PAGE")" \
    "$(wrk_ms "$OUT/$f.txt" 50%)" "$(wrk_ms "$OUT/$f.txt" 99%)" "$(wrk_rps "$OUT/$f.txt")" "$(wrk_errors "$OUT/$f.txt")"
done
echo "  ratio page $PAGE / page 1: p50 $(ratio "$(wrk_ms "$OUT/deep.txt" 50%)" "$(wrk_ms "$OUT/first.txt" 50%)")," \
  "p99 $(ratio "$(wrk_ms "$OUT/deep.txt" 99%)" "$(wrk_ms "$OUT/first.txt" 99%)") (target <= 1.2)"
echo "  resident memory of the application: at most $(max_rss_mb "$OUT/rss") MB"
