#!/usr/bin/env bash
# Writes: sustained mixed writes at a scale (default large) by closed-loop writers: 30% new ideas,
# 40% supports, 20% comments (by the generated people on generated ideas) and 10% ratings (by
# people new to the run). Reports throughput, p99 and errors (target: none). A 20 s warm-up runs first.
# Needs: bench/generate.sh <scale>, the packaged jar, a JDK (java bench/Load.java).
# Usage: bench/writes.sh [scale] [seconds] [writers]
set -euo pipefail
source "$(dirname "$0")/lib.sh"
SCALE=${1:-large}
SECONDS_RUN=${2:-60}
WRITERS=${3:-16}
OUT=$(mktemp -d)
trap 'stop_rss; stop_app; rm -rf "$OUT"' EXIT
require_database "$SCALE"
cd "$BENCH_ROOT"
read -r PEOPLE IDEAS _ < <(scale_numbers "$SCALE")
SERVICES=$(for s in 1 2 3 4 5 6 7 8 9 10; do printf 'b8000000-0000-4000-8000-%012x ' "$s"; done)
# The writers act as the generated people, far more than any rate limit for one person allows here.
start_app "coproduce_$SCALE"
start_rss "$OUT/rss"
echo "warm-up:"
# shellcheck disable=SC2086
java bench/Load.java writes "http://localhost:$APP_PORT" 20 "$WRITERS" "$PEOPLE" "$IDEAS" $SERVICES | sed 's/^/  /'
# shellcheck disable=SC2086
java bench/Load.java writes "http://localhost:$APP_PORT" "$SECONDS_RUN" "$WRITERS" "$PEOPLE" "$IDEAS" $SERVICES
stop_rss
echo "  resident memory of the application: at most $(max_rss_mb "$OUT/rss") MB"
