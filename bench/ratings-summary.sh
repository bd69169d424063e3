#!/usr/bin/env bash
# Measures GET /api/v1/services/{slug}/ratings/summary for a service with N ratings (default
# 1,000,000) and, for comparison, for a service with 3. Starts the packaged application on a
# throw-away embedded PostgreSQL with the demo data, loads the ratings with one set-based INSERT
# (as imports spread over two years) and rebuilds that service's rollups once, as the data
# generator does; then warms up and times sequential requests with curl (median and p95).
# It also times the full scan a summary without rollups would need, for contrast.
# Needs: the packaged jar (./mvnw package -DskipTests), psql (Debian postgresql-client), curl, bc.
# Usage: bench/ratings-summary.sh [ratings] [requests]
set -euo pipefail
cd "$(dirname "$0")/.."
RATINGS=${1:-1000000}
REQUESTS=${2:-300}
PORT=${PORT:-18090}
DATA=$(mktemp -d)
LOG="$DATA/app.log"
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true; rm -rf "$DATA"' EXIT

COPRODUCE_DATA_DIR="$DATA/db" COPRODUCE_DEMO_DATA=true QUARKUS_HTTP_PORT=$PORT \
  COPRODUCE_RATE_LIMIT_ANONYMOUS_READS=100000000 java -jar target/quarkus-app/quarkus-run.jar >"$LOG" 2>&1 &
APP=$!
until curl -sf "http://localhost:$PORT/q/health/ready" >/dev/null; do sleep 0.5; done
DB_PORT=$(grep -o 'embedded PostgreSQL on port [0-9]*' "$LOG" | grep -o '[0-9]*$')
PSQL=(psql -q -v ON_ERROR_STOP=1 -h localhost -p "$DB_PORT" -U postgres -d postgres)
export PGPASSWORD=postgres

start=$(date +%s.%N)
"${PSQL[@]}" <<SQL
CREATE TEMP TABLE bench AS SELECT id FROM services WHERE slug = 'household-recycling-collection';
INSERT INTO ratings (id, service_id, source, external_id, overall, timeliness, courtesy, rated_at, rated_month, updated_at)
SELECT gen_random_uuid(), (SELECT id FROM bench), 'bench', 'bench-' || g,
       1 + (g::bigint * 7919) % 5, CASE WHEN g % 3 = 0 THEN NULL ELSE 1 + (g::bigint * 31) % 5 END, 1 + (g::bigint * 17) % 5,
       at, date_trunc('month', at AT TIME ZONE 'Europe/London')::date, at
FROM generate_series(1, $RATINGS) g, LATERAL (SELECT now() - ((g % 730) || ' days')::interval AS at) t;
DELETE FROM rating_months WHERE service_id = (SELECT id FROM bench);
DELETE FROM rating_summaries WHERE service_id = (SELECT id FROM bench);
INSERT INTO rating_summaries
SELECT service_id, count(*), sum(overall),
       count(*) FILTER (WHERE overall = 1), count(*) FILTER (WHERE overall = 2), count(*) FILTER (WHERE overall = 3),
       count(*) FILTER (WHERE overall = 4), count(*) FILTER (WHERE overall = 5),
       count(access), coalesce(sum(access), 0), count(timeliness), coalesce(sum(timeliness), 0),
       count(courtesy), coalesce(sum(courtesy), 0), count(outcome), coalesce(sum(outcome), 0)
FROM ratings WHERE service_id = (SELECT id FROM bench) GROUP BY service_id;
INSERT INTO rating_months
SELECT service_id, rated_month, count(*), sum(overall), count(*) FILTER (WHERE overall <= 2), count(*) FILTER (WHERE overall >= 4)
FROM ratings WHERE service_id = (SELECT id FROM bench) GROUP BY service_id, rated_month;
ANALYZE ratings;
SQL
echo "loaded $RATINGS ratings in $(echo "$(date +%s.%N) - $start" | bc) s"

scan_start=$(date +%s.%N)
"${PSQL[@]}" -c "SELECT count(*), avg(overall) FROM ratings WHERE service_id = (SELECT id FROM services WHERE slug = 'household-recycling-collection')" >/dev/null
echo "for contrast, one full scan of its ratings (what a summary without rollups costs): $(echo "$(date +%s.%N) - $scan_start" | bc) s"

# Warm up both (JIT, connection pool, autovacuum after the load) before timing either.
for slug in household-recycling-collection riverside-path; do
  for _ in $(seq 1 200); do curl -s -o /dev/null "http://localhost:$PORT/api/v1/services/$slug/ratings/summary"; done
done
"${PSQL[@]}" -c "VACUUM ANALYZE ratings" >/dev/null

measure() {
  local url="http://localhost:$PORT/api/v1/services/$1/ratings/summary"
  for _ in $(seq 1 "$REQUESTS"); do curl -s -o /dev/null -w '%{time_total}\n' "$url"; done | sort -n >"$DATA/times"
  local count median p95
  count=$(curl -s "$url" | grep -o '"count":[0-9]*' | head -1 | cut -d: -f2)
  median=$(awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}' "$DATA/times")
  p95=$(awk '{a[NR]=$1} END {print a[int(NR*0.95)]}' "$DATA/times")
  echo "GET /api/v1/services/$1/ratings/summary ($count ratings): median ${median}s, p95 ${p95}s over $REQUESTS sequential requests"
}
measure household-recycling-collection
measure riverside-path
