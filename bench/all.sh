#!/usr/bin/env bash
# Every benchmark in turn, as docs/performance.md reports them, with the machine's facts first.
# Generates the small and large databases when they are missing (about 15 minutes for large).
# Output: the terminal and target/bench-results.txt. Run on a quiet machine: nothing else busy.
# Usage: bench/all.sh
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$BENCH_ROOT"
mkdir -p target
exec > >(tee target/bench-results.txt) 2>&1
echo "== $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2 / 1048576}' /proc/meminfo)," \
  "$(java -version 2>&1 | head -1), commit $(git rev-parse --short HEAD)"
"$BENCH_ROOT/bench/postgres.sh" start
for scale in small large; do
  database_exists "coproduce_$scale" || bench/generate.sh "$scale"
done
for bench in start-memory browse deep-paging growth signup-burst writes portal; do
  echo
  echo "== bench/$bench.sh"
  "bench/$bench.sh"
done
