#!/usr/bin/env bash
# Measures GET /api/v1/services/{slug}/record and GET /api/v1/outcomes/overview with the demo data
# scaled up by N rows of activity (default 1,000,000) on one service, the community gardens:
# 20% ideas, 50% supports, 10% comments, 10% shift sign-ups (attended, on 1,000 shifts) and 10%
# everyday contributions, spread over two years. Loads with set-based INSERTs into a throw-away
# embedded PostgreSQL, waits for the background rebuild of the activity rollups (every 10 s here,
# 5 minutes by default) and prints how long it took, warms up, then times sequential requests with
# curl (median and p95).
# Needs: the packaged jar (./mvnw package -DskipTests -DskipE2e), psql, curl, bc.
# Usage: bench/service-record.sh [rows] [requests]
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=${1:-1000000}
REQUESTS=${2:-100}
PORT=${PORT:-18091}
DATA=$(mktemp -d)
LOG="$DATA/app.log"
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true; rm -rf "$DATA"' EXIT

COPRODUCE_DATA_DIR="$DATA/db" COPRODUCE_DEMO_DATA=true QUARKUS_HTTP_PORT=$PORT COPRODUCE_OUTCOMES_REFRESH_EVERY=10s COPRODUCE_OUTCOMES_REFRESH_CHECK=2s \
  COPRODUCE_RATE_LIMIT_ANONYMOUS_READS=100000000 java -jar target/quarkus-app/quarkus-run.jar >"$LOG" 2>&1 &
APP=$!
until curl -sf "http://localhost:$PORT/q/health/ready" >/dev/null; do sleep 0.5; done
DB_PORT=$(grep -o 'embedded PostgreSQL on port [0-9]*' "$LOG" | grep -o '[0-9]*$')
export PGPASSWORD=postgres
PSQL=(psql -q -v ON_ERROR_STOP=1 -h localhost -p "$DB_PORT" -U postgres -d postgres)

IDEAS=$((ROWS / 5)); SUPPORTS=$((ROWS / 2)); COMMENTS=$((ROWS / 10)); SIGNUPS=$((ROWS / 10)); CONTRIBUTIONS=$((ROWS / 10))
start=$(date +%s.%N)
"${PSQL[@]}" <<SQL
CREATE TEMP TABLE svc AS SELECT id FROM services WHERE slug = 'community-gardens';
INSERT INTO people (id, subject, display_name)
SELECT ('00000000-0000-4000-8000-' || lpad(to_hex(g), 12, '0'))::uuid, 'bench-' || g, 'Bench ' || g
FROM generate_series(1, 20000) g;
INSERT INTO ideas (id, service_id, author_id, title, body, status, created_at, updated_at, answered_at)
SELECT ('10000000-0000-4000-8000-' || lpad(to_hex(g), 12, '0'))::uuid, (SELECT id FROM svc),
       ('00000000-0000-4000-8000-' || lpad(to_hex(1 + g % 20000), 12, '0'))::uuid, 'Bench idea ' || g, 'Generated.',
       (ARRAY['SUBMITTED','UNDER_REVIEW','ACCEPTED','IMPLEMENTED','NOT_TAKEN_FORWARD'])[1 + g % 5],
       now() - ((g % 730) || ' days')::interval, now(), NULL
FROM generate_series(1, $IDEAS) g;
INSERT INTO idea_answers (id, idea_id, from_status, to_status, answer, answered_by, created_at)
SELECT gen_random_uuid(), i.id, 'SUBMITTED', i.status, 'Thank you.', '00000000-0000-4000-8000-000000000001', i.created_at + interval '3 days'
FROM ideas i WHERE i.title LIKE 'Bench idea %' AND i.status <> 'SUBMITTED';
INSERT INTO idea_supports (idea_id, person_id, created_at)
SELECT ('10000000-0000-4000-8000-' || lpad(to_hex(1 + g % $IDEAS), 12, '0'))::uuid,
       ('00000000-0000-4000-8000-' || lpad(to_hex(1 + (g / $IDEAS) * 97 % 20000 + (g % 7)), 12, '0'))::uuid,
       now() - ((g % 700) || ' days')::interval
FROM generate_series(0, $SUPPORTS - 1) g ON CONFLICT DO NOTHING;
INSERT INTO idea_comments (id, idea_id, author_id, body, created_at)
SELECT gen_random_uuid(), ('10000000-0000-4000-8000-' || lpad(to_hex(1 + g % $IDEAS), 12, '0'))::uuid,
       ('00000000-0000-4000-8000-' || lpad(to_hex(1 + g % 20000), 12, '0'))::uuid, 'Bench comment', now() - ((g % 700) || ' days')::interval
FROM generate_series(1, $COMMENTS) g;
INSERT INTO opportunities (id, service_id, title, description, state) VALUES
  ('20000000-0000-4000-8000-000000000001', (SELECT id FROM svc), 'Bench opportunity', 'Generated.', 'PUBLISHED');
INSERT INTO shifts (id, opportunity_id, starts_at, ends_at, capacity, confirmed_count, signup_opens_at, signup_closes_at,
                    cancel_deadline, check_in_code)
SELECT ('30000000-0000-4000-8000-' || lpad(to_hex(g), 12, '0'))::uuid, '20000000-0000-4000-8000-000000000001',
       now() - ((g % 700) || ' days')::interval, now() - ((g % 700) || ' days')::interval + interval '3 hours',
       $SIGNUPS / 1000, $SIGNUPS / 1000, now() - interval '800 days', now() - ((g % 700) || ' days')::interval,
       now() - ((g % 700) || ' days')::interval - interval '1 day', 'BENCH'
FROM generate_series(1, 1000) g;
INSERT INTO signups (id, shift_id, person_id, status, queued_at, confirmed_at, attendance, hours, hours_approved_at)
SELECT gen_random_uuid(), ('30000000-0000-4000-8000-' || lpad(to_hex(1 + g % 1000), 12, '0'))::uuid,
       ('00000000-0000-4000-8000-' || lpad(to_hex(1 + g / 1000), 12, '0'))::uuid, 'CONFIRMED', now() - interval '800 days',
       now() - interval '800 days', CASE WHEN g % 10 = 0 THEN 'NO_SHOW' ELSE 'ATTENDED' END,
       CASE WHEN g % 10 = 0 THEN NULL ELSE 3 END, CASE WHEN g % 10 = 0 THEN NULL ELSE now() END
FROM generate_series(0, $SIGNUPS - 1) g;
INSERT INTO contribution_kinds (id, service_id, name) VALUES ('40000000-0000-4000-8000-000000000001', (SELECT id FROM svc), 'Bench');
INSERT INTO contributions (id, person_id, service_id, kind_id, happened_on, hours, created_at)
SELECT gen_random_uuid(), ('00000000-0000-4000-8000-' || lpad(to_hex(1 + g % 20000), 12, '0'))::uuid, (SELECT id FROM svc),
       '40000000-0000-4000-8000-000000000001', current_date - (g % 700), 1, now() - ((g % 700) || ' days')::interval
FROM generate_series(1, $CONTRIBUTIONS) g;
ANALYZE;
SQL
echo "loaded about $ROWS rows of activity in $(echo "$(date +%s.%N) - $start" | bc) s"

# Forget the last rebuild (waiting for one under way to finish), then wait for the next.
"${PSQL[@]}" -c "UPDATE outcome_refreshes SET refreshed_at = NULL WHERE name = 'activity'"
until [ "$("${PSQL[@]}" -At -c "SELECT refreshed_at IS NOT NULL FROM outcome_refreshes WHERE name = 'activity'")" = t ]; do
  sleep 1
done
echo "background rebuild of the activity rollups: $("${PSQL[@]}" -At -c "SELECT took_ms FROM outcome_refreshes WHERE name = 'activity'") ms"

measure() {
  local url="http://localhost:$PORT$1"
  for _ in $(seq 1 10); do curl -s -o /dev/null "$url"; done
  for _ in $(seq 1 "$REQUESTS"); do curl -s -o /dev/null -w '%{time_total}\n' "$url"; done | sort -n >"$DATA/times"
  local median p95
  median=$(awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}' "$DATA/times")
  p95=$(awk '{a[NR]=$1} END {print a[int(NR*0.95)]}' "$DATA/times")
  echo "GET $1: median ${median}s, p95 ${p95}s over $REQUESTS sequential requests"
}
measure /api/v1/services/community-gardens/record
measure /api/v1/outcomes/overview
