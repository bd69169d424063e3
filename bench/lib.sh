# Shared by the benchmark scripts (source it): the standalone PostgreSQL, the packaged application
# started against one of its databases, signed test tokens, and figures from samples.
# The application trusts the test key in src/test/resources/token-attacks/ (as the packaged-jar
# tests do), so benchmarks can act as any number of people without an identity provider.
BENCH_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BENCH_HOME=${BENCH_HOME:-/tmp/coproduce-bench}
BENCH_PG_PORT=${BENCH_PG_PORT:-15432}
APP_PORT=${APP_PORT:-18100}
JAR="$BENCH_ROOT/target/quarkus-app/quarkus-run.jar"
KEYS="$BENCH_ROOT/src/test/resources/token-attacks"
ISSUER="https://id.coproduce.test/realms/coproduce"
export PGPASSWORD=postgres
# The JVM settings docs/deployment.md recommends for a 512 MiB container (JAVA_OPTS overrides them).
BENCH_JAVA_OPTS=${BENCH_JAVA_OPTS:-"-Xmx192m -Xss512k -XX:ReservedCodeCacheSize=96m -XX:+ExitOnOutOfMemoryError"}
# The outcomes rollups are rebuilt every 5 minutes by default, which takes the large database about
# 25 s of work: the benchmarks leave it out (generate.sh rebuilds them once) so as to measure one
# thing at a time; docs/performance.md reports the rebuild on its own.

require_jar() {
  [ -f "$JAR" ] || { echo "No packaged application: run ./mvnw -B package -DskipTests -DskipE2e first" >&2; exit 1; }
}

psql_db() { # psql_db DATABASE [psql args...]
  local db=$1
  shift
  psql -X -q -v ON_ERROR_STOP=1 -h localhost -p "$BENCH_PG_PORT" -U postgres -d "$db" "$@"
}

database_exists() {
  [ "$(psql_db postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$1'")" = 1 ]
}

require_database() { # the scale's database, made by bench/generate.sh
  "$BENCH_ROOT/bench/postgres.sh" start >/dev/null
  database_exists "coproduce_$1" || { echo "No $1 database: run bench/generate.sh $1 first" >&2; exit 1; }
}

# start_app DATABASE [NAME=VALUE...]: starts the packaged application on APP_PORT against the
# database, sets APP_PID and APP_READY_MS (from the start of the JVM to the first ready answer).
start_app() {
  require_jar
  local db=$1
  shift
  local public_key
  public_key=$(grep -v -- '-----' "$KEYS/trusted-public.pem" | tr -d '\n')
  APP_LOG="$BENCH_HOME/app-$APP_PORT.log"
  local started
  started=$(date +%s%N)
  env QUARKUS_HTTP_PORT="$APP_PORT" \
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://localhost:$BENCH_PG_PORT/$db" \
    QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=postgres \
    QUARKUS_OIDC_APPLICATION_TYPE=service QUARKUS_OIDC_PUBLIC_KEY="$public_key" \
    QUARKUS_OIDC_TOKEN_ISSUER="$ISSUER" QUARKUS_OIDC_LOGOUT_PATH= QUARKUS_OIDC_LOGOUT_POST_LOGOUT_PATH= \
    COPRODUCE_RATE_LIMIT_ANONYMOUS_READS=100000000 COPRODUCE_RATE_LIMIT_WRITES=100000000 \
    COPRODUCE_OUTCOMES_REFRESH_EVERY="${COPRODUCE_OUTCOMES_REFRESH_EVERY:-24h}" \
    "$@" java ${JAVA_OPTS:-$BENCH_JAVA_OPTS} -jar "$JAR" >"$APP_LOG" 2>&1 &
  APP_PID=$!
  until curl -sf -o /dev/null "http://localhost:$APP_PORT/q/health/ready"; do
    kill -0 "$APP_PID" 2>/dev/null || { echo "The application exited; see $APP_LOG" >&2; tail -20 "$APP_LOG" >&2; exit 1; }
    sleep 0.05
  done
  APP_READY_MS=$(( ($(date +%s%N) - started) / 1000000 ))
}

stop_app() {
  [ -n "${APP_PID:-}" ] || return 0
  kill "$APP_PID" 2>/dev/null || true
  wait "$APP_PID" 2>/dev/null || true
  APP_PID=
}

# Resident memory of the application, sampled every 200 ms into $1 until stop_rss; max_rss_mb reads it.
start_rss() {
  local file=$1
  : >"$file"
  (while kill -0 "$APP_PID" 2>/dev/null; do
     awk '/VmRSS/ {print $2}' "/proc/$APP_PID/status" 2>/dev/null >>"$file"
     sleep 0.2
   done) &
  RSS_PID=$!
}
stop_rss() { kill "${RSS_PID:-}" 2>/dev/null || true; wait "${RSS_PID:-}" 2>/dev/null || true; }
max_rss_mb() { sort -n "$1" | tail -1 | awk '{printf "%.0f", $1 / 1024}'; }

# wrk's requests per second and latency percentiles (ms) from its --latency output in $1.
wrk_rps() { awk '/^Requests\/sec/ {print $2}' "$1"; }
wrk_ms() { # wrk_ms FILE 99%
  awk -v p="$2" '$1 == p {v = $2; if (v ~ /us$/) {sub(/us$/, "", v); v /= 1000} else if (v ~ /ms$/) {sub(/ms$/, "", v)} else if (v ~ /s$/) {sub(/s$/, "", v); v *= 1000}; print v}' "$1"
}
wrk_errors() { # non-2xx answers and socket errors
  awk '/Non-2xx/ {n += $NF} /Socket errors/ {gsub(/,/, ""); n += $4 + $6 + $8 + $10} END {print n + 0}' "$1"
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }

# The numbers of a scale: people ideas supports comments ratings shifts.
scale_numbers() {
  case "$1" in
    small) echo "10000 10000 100000 5000 10000 1000" ;;
    medium) echo "100000 100000 1000000 50000 100000 10000" ;;
    large) echo "1000000 1000000 10000000 500000 1000000 100000" ;;
    *) echo "Unknown scale '$1': small, medium or large" >&2; return 1 ;;
  esac
}
