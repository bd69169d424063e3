#!/usr/bin/env bash
# Measures webhook delivery throughput: N events (default 10,000) for one subscription are put in the
# outbox at once (set-based SQL, as N committed changes would leave them), and the packaged
# application's sender delivers them, signed, to a local receiver (Python's threading HTTP server,
# answering 204). Prints deliveries per second from the first attempt to the last, and checks that
# every delivery succeeded once.
# Needs: the packaged jar (./mvnw package -DskipTests -DskipE2e), psql, curl, python3.
# Usage: bench/webhook-throughput.sh [events]
set -euo pipefail
cd "$(dirname "$0")/.."
EVENTS=${1:-10000}
PORT=${PORT:-18092}
RECEIVER_PORT=${RECEIVER_PORT:-18093}
DATA=$(mktemp -d)
LOG="$DATA/app.log"
trap 'kill $APP $RECEIVER 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$DATA"' EXIT

python3 - "$RECEIVER_PORT" >"$DATA/receiver.log" 2>&1 <<'PY' &
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
class Hook(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    def do_POST(self):
        self.rfile.read(int(self.headers.get("content-length", 0)))
        self.send_response(204)
        self.send_header("content-length", "0")
        self.end_headers()
    def log_message(self, *args):
        pass
ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Hook).serve_forever()
PY
RECEIVER=$!

# The bench's receiver is on this machine, so private targets are allowed here (never in production).
COPRODUCE_DATA_DIR="$DATA/db" COPRODUCE_DEMO_DATA=true QUARKUS_HTTP_PORT=$PORT \
  COPRODUCE_WEBHOOKS_ALLOW_PRIVATE_TARGETS=true COPRODUCE_WEBHOOKS_SEND_EVERY=1s \
  COPRODUCE_RATE_LIMIT_ANONYMOUS_READS=100000000 java -jar target/quarkus-app/quarkus-run.jar >"$LOG" 2>&1 &
APP=$!
until curl -sf "http://localhost:$PORT/q/health/ready" >/dev/null; do sleep 0.5; done
DB_PORT=$(grep -o 'embedded PostgreSQL on port [0-9]*' "$LOG" | grep -o '[0-9]*$')
export PGPASSWORD=postgres
PSQL=(psql -q -v ON_ERROR_STOP=1 -h localhost -p "$DB_PORT" -U postgres -d postgres)

"${PSQL[@]}" <<SQL
INSERT INTO webhook_subscriptions (id, organisation_id, url, events, secret, created_by, created_at, updated_at)
SELECT '50000000-0000-4000-8000-000000000001', id, 'http://127.0.0.1:$RECEIVER_PORT/hook', ARRAY['rating.created'],
       'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', 'bench', now(), now()
FROM organisations WHERE slug = 'riverside-parks';
INSERT INTO webhook_events (id, type, organisation_id, payload, occurred_at)
SELECT ('60000000-0000-4000-8000-' || lpad(to_hex(g), 12, '0'))::uuid, 'rating.created',
       (SELECT id FROM organisations WHERE slug = 'riverside-parks'),
       '{"type":"rating.created","timestamp":"' || now() || '","data":{"n":' || g || '}}', now()
FROM generate_series(1, $EVENTS) g;
INSERT INTO webhook_deliveries (id, subscription_id, event_id, status, next_attempt_at, created_at, retrying_since)
SELECT gen_random_uuid(), '50000000-0000-4000-8000-000000000001', id, 'PENDING', now(), now(), now()
FROM webhook_events WHERE id::text LIKE '60000000-%';
SQL

until [ "$("${PSQL[@]}" -At -c "SELECT count(*) FROM webhook_deliveries WHERE status = 'PENDING'")" = 0 ]; do
  sleep 1
done
"${PSQL[@]}" -At -F ' ' -c "
  SELECT count(DISTINCT d.id) FILTER (WHERE d.status = 'SUCCEEDED'), count(*),
         round(extract(epoch FROM max(a.attempted_at) - min(a.attempted_at))::numeric, 2)
  FROM webhook_deliveries d JOIN webhook_attempts a ON a.delivery_id = d.id
  WHERE d.subscription_id = '50000000-0000-4000-8000-000000000001'" | {
  read -r succeeded attempts seconds
  echo "delivered $succeeded of $EVENTS events in $attempts attempts over ${seconds} s:" \
       "$(echo "scale=0; $succeeded / $seconds" | bc) deliveries per second"
}
