#!/usr/bin/env bash
# Sign-up burst: 1,000 different people sign up for one 50-place shift within one second (their
# requests spread evenly over the second), at a scale (default large). Targets: no place
# overbooked, every request answered, p99 under 250 ms, at least 1,000 sign-ups per second.
# The people have accounts already (made before the burst, as a city's volunteers do), and the
# application is warmed up by the same burst on another shift first.
# Needs: bench/generate.sh <scale>, the packaged jar, a JDK (java bench/Load.java), psql.
# Usage: bench/signup-burst.sh [scale] [people] [places] [milliseconds]
set -euo pipefail
source "$(dirname "$0")/lib.sh"
SCALE=${1:-large}
PEOPLE=${2:-1000}
PLACES=${3:-50}
MILLIS=${4:-1000}
DB="coproduce_$SCALE"
OUT=$(mktemp -d)
trap 'stop_rss; stop_app; rm -rf "$OUT"' EXIT
require_database "$SCALE"
cd "$BENCH_ROOT"
WARM=b5ffffff-0000-4000-8000-000000000001
SHIFT=b5ffffff-0000-4000-8000-000000000002
# Two shifts of the first generated opportunity, taking sign-ups now, a week apart, made afresh.
psql_db "$DB" <<SQL
DELETE FROM signups WHERE shift_id IN ('$WARM', '$SHIFT');
DELETE FROM shifts WHERE id IN ('$WARM', '$SHIFT');
INSERT INTO shifts (id, opportunity_id, starts_at, ends_at, capacity, signup_opens_at, signup_closes_at,
                    cancel_deadline, check_in_code)
SELECT id, 'b4000000-0000-4000-8000-000000000001', s, s + interval '3 hours', $PLACES, now() - interval '1 day',
       s - interval '1 hour', s - interval '1 day', 'BURST' || n
FROM (VALUES ('$WARM'::uuid, 1, date_trunc('day', now()) + interval '20 days 9 hours'),
             ('$SHIFT'::uuid, 2, date_trunc('day', now()) + interval '27 days 9 hours')) v(id, n, s);
SQL
start_app "$DB"
start_rss "$OUT/rss"
java bench/Load.java people "http://localhost:$APP_PORT" burst- "$PEOPLE"
echo "warm-up on another shift:"
java bench/Load.java burst "http://localhost:$APP_PORT" "$WARM" burst- "$PEOPLE" "$MILLIS" | sed 's/^/  /'
java bench/Load.java burst "http://localhost:$APP_PORT" "$SHIFT" burst- "$PEOPLE" "$MILLIS" | tee "$OUT/burst.txt"
stop_rss
psql_db "$DB" -tA -F ' ' -c "SELECT s.capacity, s.confirmed_count,
    count(*) FILTER (WHERE g.status = 'CONFIRMED'), count(*) FILTER (WHERE g.status = 'WAITLISTED'), count(g.id)
  FROM shifts s LEFT JOIN signups g ON g.shift_id = s.id WHERE s.id = '$SHIFT'
  GROUP BY s.capacity, s.confirmed_count" >"$OUT/db.txt"
read -r capacity confirmed_count confirmed waitlisted total <"$OUT/db.txt"
echo "  in the database: $confirmed confirmed for $capacity places (the shift counts $confirmed_count), $waitlisted" \
  "waitlisted, $total sign-ups in all; overbooked: $(( confirmed > capacity ? confirmed - capacity : 0 ))"
echo "  (targets: 0 overbooked, every request answered, p99 < 250 ms, >= 1,000 sign-ups/s)"
echo "  resident memory of the application: at most $(max_rss_mb "$OUT/rss") MB"
