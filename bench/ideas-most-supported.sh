#!/usr/bin/env bash
# Measures GET /api/v1/ideas?sort=most-supported with N ideas (default 100,000) in the database.
# Starts the packaged application on a throw-away embedded PostgreSQL, loads the ideas with one
# set-based INSERT, warms up, then times sequential requests with curl and prints the median and
# 95th percentile. Needs: ./mvnw package -DskipE2e (the jar), psql (Debian postgresql-client), curl.
# Usage: bench/ideas-most-supported.sh [ideas] [requests]
set -euo pipefail
cd "$(dirname "$0")/.."
IDEAS=${1:-100000}
REQUESTS=${2:-200}
PORT=${PORT:-18089}
DATA=$(mktemp -d)
LOG="$DATA/app.log"
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true; rm -rf "$DATA"' EXIT

COPRODUCE_DATA_DIR="$DATA/db" COPRODUCE_DEMO_DATA=true QUARKUS_HTTP_PORT=$PORT \
  COPRODUCE_RATE_LIMIT_ANONYMOUS_READS=100000000 java -jar target/quarkus-app/quarkus-run.jar >"$LOG" 2>&1 &
APP=$!
until curl -sf "http://localhost:$PORT/q/health/ready" >/dev/null; do sleep 0.5; done
DB_PORT=$(grep -o 'embedded PostgreSQL on port [0-9]*' "$LOG" | grep -o '[0-9]*$')

start=$(date +%s.%N)
PGPASSWORD=postgres psql -q -h localhost -p "$DB_PORT" -U postgres -d postgres <<SQL
INSERT INTO people (id, subject, display_name, email)
SELECT gen_random_uuid(), 'bench-' || g, 'Bench person ' || g, NULL FROM generate_series(1, 1000) g;
INSERT INTO ideas (id, service_id, author_id, title, body, tags, status, support_count, created_at, updated_at)
SELECT gen_random_uuid(),
       (SELECT id FROM services ORDER BY id OFFSET (g % 12) LIMIT 1),
       (SELECT id FROM people WHERE subject = 'bench-' || (1 + g % 1000)),
       'Bench idea ' || g, 'A generated idea number ' || g || ' for the benchmark.', '{bench}',
       'SUBMITTED', (g * 7919) % 5000, now() - (g || ' seconds')::interval, now()
FROM generate_series(1, $IDEAS) g;
ANALYZE ideas;
SQL
echo "loaded $IDEAS ideas in $(echo "$(date +%s.%N) - $start" | bc) s"

URL="http://localhost:$PORT/api/v1/ideas?sort=most-supported&limit=20"
for _ in $(seq 1 50); do curl -s -o /dev/null "$URL"; done
for _ in $(seq 1 "$REQUESTS"); do curl -s -o /dev/null -w '%{time_total}\n' "$URL"; done | sort -n >"$DATA/times"
median=$(awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}' "$DATA/times")
p95=$(awk '{a[NR]=$1} END {print a[int(NR*0.95)]}' "$DATA/times")
echo "GET /api/v1/ideas?sort=most-supported&limit=20 with $IDEAS ideas: median ${median}s, p95 ${p95}s over $REQUESTS sequential requests"
