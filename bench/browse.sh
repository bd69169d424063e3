#!/usr/bin/env bash
# Browse: GET /api/v1/ideas?sort=most-supported&limit=20, anonymous, at a scale (default large),
# against two ceilings measured in the same run with the same concurrency:
#   - pgbench running the SQL that endpoint runs (the page's keyset query, then its ideas, authors,
#     services and co-authors, in one transaction), on the same database;
#   - GET /api/v1, a constant JSON endpoint of the same application.
# Targets: at least 0.5 of pgbench and 0.4 of the constant endpoint.
# Needs: bench/generate.sh <scale>, the packaged jar, wrk, pgbench, curl.
# Usage: bench/browse.sh [scale] [connections] [seconds]
set -euo pipefail
source "$(dirname "$0")/lib.sh"
SCALE=${1:-large}
CONNECTIONS=${2:-32}
SECONDS_EACH=${3:-20}
DB="coproduce_$SCALE"
OUT=$(mktemp -d)
trap 'stop_rss; stop_app; rm -rf "$OUT"' EXIT
require_database "$SCALE"
start_app "$DB"
start_rss "$OUT/rss"
URL="http://localhost:$APP_PORT/api/v1/ideas?sort=most-supported&limit=20"
CONSTANT="http://localhost:$APP_PORT/api/v1"

# The endpoint's SQL, with the first page's values, as pg_stat_statements shows the endpoint runs it.
read -r -d '' STATUSES <<'SQL' || true
'SUBMITTED','UNDER_REVIEW','ACCEPTED','IN_PROGRESS','IMPLEMENTED','NOT_TAKEN_FORWARD'
SQL
IDS=$(psql_db "$DB" -tA -c "SELECT string_agg(quote_literal(id), ',') FROM (SELECT id FROM ideas i WHERE hidden_at IS NULL AND status IN ($STATUSES) ORDER BY support_count DESC, id DESC LIMIT 20) p")
AUTHORS=$(psql_db "$DB" -tA -c "SELECT string_agg(DISTINCT quote_literal(author_id), ',') FROM ideas WHERE id IN ($IDS)")
SERVICES=$(psql_db "$DB" -tA -c "SELECT string_agg(DISTINCT quote_literal(service_id), ',') FROM ideas WHERE id IN ($IDS)")
cat >"$OUT/browse.sql" <<SQL
BEGIN;
SELECT i.id, CAST(i.support_count AS text) FROM ideas i WHERE TRUE AND i.hidden_at IS NULL AND i.status IN ($STATUSES) ORDER BY i.support_count DESC, i.id DESC LIMIT 21;
SELECT i1_0.id, i1_0.answered_at, i1_0.author_id, i1_0.body, i1_0.challenge_id, i1_0.created_at, i1_0.hidden_at, i1_0.hidden_reason, i1_0.latitude, i1_0.longitude, i1_0.place_name, i1_0.service_id, i1_0.status, i1_0.support_count, i1_0.tags, i1_0.title, i1_0.updated_at, i1_0.version FROM ideas i1_0 WHERE i1_0.id IN ($IDS);
SELECT idea_id, person_id FROM idea_coauthors WHERE idea_id = ANY(CAST(ARRAY[$IDS] AS uuid[])) AND accepted_at IS NOT NULL ORDER BY accepted_at, person_id;
SELECT p1_0.id, p1_0.area, p1_0.created_at, p1_0.display_name, p1_0.display_name_chosen, p1_0.email, p1_0.email_frequency, p1_0.erased_at, p1_0.language, p1_0.subject, p1_0.updated_at, p1_0.version FROM people p1_0 WHERE p1_0.id IN ($AUTHORS);
SELECT ps1_0.id, ps1_0.active, ps1_0.archived_at, ps1_0.area_served, ps1_0.category, ps1_0.contact_email, ps1_0.contact_phone, ps1_0.contact_website, ps1_0.created_at, ps1_0.description, ps1_0.name, ps1_0.organisation_id, ps1_0.slug, ps1_0.summary, ps1_0.updated_at, ps1_0.version FROM services ps1_0 WHERE ps1_0.id IN ($SERVICES) AND ps1_0.archived_at IS NULL;
COMMIT;
SQL

echo "warming up (JIT, pool, caches)..."
wrk -t2 -c"$CONNECTIONS" -d30s "$URL" >/dev/null
wrk -t2 -c"$CONNECTIONS" -d20s "$CONSTANT" >/dev/null
psql_db "$DB" -c "SELECT pg_stat_statements_reset()" >/dev/null

wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --latency "$URL" >"$OUT/browse.txt"
CALLS=$(psql_db "$DB" -tA -c "SELECT count(*) FROM pg_stat_statements WHERE calls >= (SELECT max(calls) FROM pg_stat_statements WHERE query LIKE 'SELECT i.id, CAST(i.support_count%') AND query NOT IN ('BEGIN', 'COMMIT')")
wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --latency "$CONSTANT" >"$OUT/constant.txt"
stop_rss
pgbench -n -h localhost -p "$BENCH_PG_PORT" -U postgres -c "$CONNECTIONS" -j 2 -T "$SECONDS_EACH" -f "$OUT/browse.sql" "$DB" >"$OUT/pgbench.txt" 2>&1

APP_RPS=$(wrk_rps "$OUT/browse.txt")
CONSTANT_RPS=$(wrk_rps "$OUT/constant.txt")
PG_TPS=$(awk '/^tps/ {print $3}' "$OUT/pgbench.txt")
echo "browse ($SCALE, $CONNECTIONS connections, ${SECONDS_EACH} s each; the endpoint ran $CALLS statements a request besides BEGIN/COMMIT):"
printf '  GET /api/v1/ideas?sort=most-supported&limit=20  %8.0f requests/s  p50 %s ms  p99 %s ms  errors %s\n' \
  "$APP_RPS" "$(wrk_ms "$OUT/browse.txt" 50%)" "$(wrk_ms "$OUT/browse.txt" 99%)" "$(wrk_errors "$OUT/browse.txt")"
printf '  pgbench, the same SQL                            %8.0f transactions/s\n' "$PG_TPS"
printf '  GET /api/v1 (constant JSON)                      %8.0f requests/s  p99 %s ms\n' \
  "$CONSTANT_RPS" "$(wrk_ms "$OUT/constant.txt" 99%)"
echo "  ratio to pgbench: $(ratio "$APP_RPS" "$PG_TPS") (target >= 0.5); to the constant endpoint: $(ratio "$APP_RPS" "$CONSTANT_RPS") (target >= 0.4)"
echo "  resident memory of the application: at most $(max_rss_mb "$OUT/rss") MB"
