#!/usr/bin/env bash
# Fills the database coproduce_<scale> of the benchmark PostgreSQL with reproducible city data:
#   small:  10,000 people,     10,000 ideas,     100,000 supports,   10,000 ratings,   1,000 shifts
#   medium: 100,000 people,    100,000 ideas,  1,000,000 supports,  100,000 ratings,  10,000 shifts
#   large:  1,000,000 people, 1,000,000 ideas, 10,000,000 supports, 1,000,000 ratings, 100,000 shifts
# plus half as many comments as ideas, about 20 sign-ups a shift (2,000,000 at large), 50 services
# and the demo council. The application migrates the empty database and loads the demo data, then
# bench/generate.sql loads the rest with set-based SQL. It prints how long each step took, starts
# the application on the result and checks that it serves.
# Needs: the packaged jar (./mvnw -B package -DskipTests -DskipE2e), psql, curl.
# Usage: bench/generate.sh small|medium|large [seed]   (default seed 20261129)
set -euo pipefail
source "$(dirname "$0")/lib.sh"
SCALE=${1:?Usage: bench/generate.sh small|medium|large [seed]}
SEED=${2:-20261129}
read -r PEOPLE IDEAS SUPPORTS COMMENTS RATINGS SHIFTS < <(scale_numbers "$SCALE")
DB="coproduce_$SCALE"
trap stop_app EXIT
seconds_since() { awk -v s="$1" -v e="$(date +%s%N)" 'BEGIN {printf "%.1f", (e - s) / 1e9}'; }

require_jar
"$BENCH_ROOT/bench/postgres.sh" start
psql_db postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
psql_db "$DB" -c "CREATE EXTENSION IF NOT EXISTS pg_stat_statements"

all=$(date +%s%N)
step=$(date +%s%N)
start_app "$DB" COPRODUCE_DEMO_DATA=true
stop_app
echo "schema and demo data: $(seconds_since "$step") s"

step=$(date +%s%N)
psql_db "$DB" -v seed="$SEED" -v people="$PEOPLE" -v ideas="$IDEAS" -v supports="$SUPPORTS" \
  -v comments="$COMMENTS" -v ratings="$RATINGS" -v shifts="$SHIFTS" -f "$BENCH_ROOT/bench/generate.sql"
echo "generated rows: $(seconds_since "$step") s"

step=$(date +%s%N)
psql_db "$DB" -c "VACUUM (ANALYZE)"
echo "vacuum and analyze: $(seconds_since "$step") s"

psql_db "$DB" -tA -F ' ' <<'SQL' | awk '{printf "  %-14s %\047d\n", $1, $2}'
SELECT 'people', count(*) FROM people UNION ALL SELECT 'ideas', count(*) FROM ideas
UNION ALL SELECT 'supports', count(*) FROM idea_supports UNION ALL SELECT 'comments', count(*) FROM idea_comments
UNION ALL SELECT 'ratings', count(*) FROM ratings UNION ALL SELECT 'shifts', count(*) FROM shifts
UNION ALL SELECT 'sign-ups', count(*) FROM signups
UNION ALL SELECT 'database_MB', pg_database_size(current_database()) / 1048576
SQL

# The application starts on the result, rebuilds the outcomes rollups and serves.
step=$(date +%s%N)
start_app "$DB" COPRODUCE_OUTCOMES_REFRESH_CHECK=1s
echo "application ready in $APP_READY_MS ms"
until [ -n "$(psql_db "$DB" -tAc "SELECT refreshed_at FROM outcome_refreshes WHERE name = 'activity'")" ]; do sleep 1; done
echo "outcomes rollups rebuilt in $(psql_db "$DB" -tAc "SELECT took_ms FROM outcome_refreshes WHERE name = 'activity'") ms"
for path in "/api/v1/ideas?sort=most-supported&limit=20" "/api/v1/services/city-service-1" \
            "/api/v1/services/city-service-1/ratings/summary" "/api/v1/services/city-service-1/record"; do
  printf '  GET %-50s %s\n' "$path" "$(curl -s -o /dev/null -w '%{http_code} in %{time_total} s' "http://localhost:$APP_PORT$path")"
done
stop_app
echo "generated $SCALE (seed $SEED) in $(seconds_since "$all") s"
