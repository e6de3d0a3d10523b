#!/usr/bin/env bash
# The benchmark of accounts-api's main job, side by side with PostgreSQL's own speed for the same work.
# Builds the jar, seeds 10 organizations of 1,000 users, starts the server, warms it up, then drives four endpoints
# with wrk and the equivalent minimal SQL with pgbench, all at the same concurrency, and prints one table.
# Usage: bash bench/run.sh    (settings: CONNECTIONS=16 MANY_CONNECTIONS=256 DURATION=20 WARMUP=60 ENDPOINT_WARMUP=10
#                              JAVA_OPTS=...)
set -euo pipefail
cd "$(dirname "$0")/.."

CONNECTIONS=${CONNECTIONS:-16}
# Load held: the same PATCH and GET with many more clients than database connections.
MANY_CONNECTIONS=${MANY_CONNECTIONS:-256}
DURATION=${DURATION:-20}
# On 2 cores the JIT is still compiling the PATCH path after 20 s (measured: 409 req/s over seconds 0-30, 811 over
# 30-45), and each other endpoint has code of its own to compile: steady-state figures need both warm-ups.
WARMUP=${WARMUP:-60}
ENDPOINT_WARMUP=${ENDPOINT_WARMUP:-10}
PORT=${BENCH_PORT:-8089}
JAVA_OPTS=${JAVA_OPTS:--Xms64m -Xmx192m -XX:+UseSerialGC -XX:ReservedCodeCacheSize=64m -XX:MaxMetaspaceSize=160m -Dspring.aot.enabled=true}
WORK=target/bench
mkdir -p "$WORK"

need() {
  command -v "$1" >/dev/null 2>&1 && return
  echo "Installing $2 (Debian package) for $1..."
  (apt-get install -y "$2" >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y "$2" >/dev/null; })
}
need wrk wrk
need pgbench postgresql-contrib
need psql postgresql-client

# The newest installed JDK of at least 21; from 25 on, the server starts from an ahead-of-time cache (bin/aot-cache).
read -r JAVA_VERSION JAVA < <(find /usr/lib/jvm -maxdepth 3 -path '*bin/java' 2>/dev/null | while read -r j; do
  v=$("$j" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')
  [ "${v%%.*}" -ge 21 ] 2>/dev/null && echo "${v%%.*} $j"; done | sort -rn | head -1) || true
JAVA=${JAVA:-java}

echo "== build"
# With that JDK, so that the jar holds the application context processed ahead of time (pom.xml, profile spring-aot).
JAVA_HOME=$(dirname "$(dirname "$(readlink -f "$(command -v "$JAVA")")")") bash .ci/build >"$WORK/build.log" 2>&1 ||
  { tail -30 "$WORK/build.log"; exit 1; }

cleanup() {
  [ -n "${SERVER_PID:-}" ] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null || true
  [ -n "${DB_PID:-}" ] && kill "$DB_PID" 2>/dev/null && wait "$DB_PID" 2>/dev/null || true
}
trap cleanup EXIT

echo "== database"
if pg_isready -q -h 127.0.0.1 -p 5432; then
  DB_PORT=5432; DB_USER=${PGUSER:-postgres}
  psql -q -h 127.0.0.1 -p 5432 -U "$DB_USER" -d postgres -c "DROP DATABASE IF EXISTS accounts_bench" -c "CREATE DATABASE accounts_bench"
  echo "PostgreSQL on 5432"
else
  DB_PORT=54330; DB_USER=postgres
  ./mvnw -B -q dependency:build-classpath -Dmdep.outputFile="$WORK/classpath.txt" -Dmdep.includeScope=test >"$WORK/db-build.log" 2>&1
  "$JAVA" -cp "$(cat "$WORK/classpath.txt")" bench/BenchDatabase.java "$DB_PORT" "$WORK/pgdata" >"$WORK/db.log" 2>&1 &
  DB_PID=$!
  until pg_isready -q -h 127.0.0.1 -p "$DB_PORT"; do sleep 0.2; done
  psql -q -h 127.0.0.1 -p "$DB_PORT" -U "$DB_USER" -d postgres -c "CREATE DATABASE accounts_bench"
  echo "embedded PostgreSQL on $DB_PORT"
fi
export PGHOST=127.0.0.1 PGPORT=$DB_PORT PGUSER=$DB_USER PGDATABASE=accounts_bench

echo "== server"
JAR=target/accounts-api.jar START_OPTS=
if [ "${JAVA_VERSION:-0}" -ge 25 ] && [ "${AOT_CACHE:-yes}" = yes ]; then
  echo "ahead-of-time cache (bin/aot-cache), trained on requests to a database of its own..."
  psql -q -d postgres -c "DROP DATABASE IF EXISTS accounts_training" -c "CREATE DATABASE accounts_training"
  TRAINING_DATABASE_URL="jdbc:postgresql://127.0.0.1:$DB_PORT/accounts_training" TRAINING_DATABASE_USERNAME=$DB_USER \
    JAVA="$JAVA" JAVA_OPTS="$JAVA_OPTS" bash bin/aot-cache "$JAR" "$WORK/aot" >/dev/null
  JAR=$WORK/aot/accounts-api.jar START_OPTS="-XX:AOTCache=$WORK/aot/accounts-api.aot"
fi
started=$(date +%s%N)
SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$DB_PORT/accounts_bench" SPRING_DATASOURCE_USERNAME=$DB_USER \
  SERVER_PORT=$PORT "$JAVA" $JAVA_OPTS $START_OPTS -jar "$JAR" >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
until [ "$(curl -s -o /dev/null -w '%{http_code}' "localhost:$PORT/actuator/health/readiness")" = 200 ]; do
  kill -0 "$SERVER_PID" 2>/dev/null || { tail -30 "$WORK/server.log"; exit 1; }
  sleep 0.05
done
STARTUP_MS=$(( ($(date +%s%N) - started) / 1000000 ))
echo "ready after ${STARTUP_MS} ms"

echo "== seed"
PGOPTIONS="-c client_min_messages=warning" psql -q -v ON_ERROR_STOP=1 -f bench/seed.sql >/dev/null
FIRST_MS=$(curl -sf -o /dev/null -w '%{time_total}' -H "Authorization: JWT acck_bench_admin_1" \
  "localhost:$PORT/users/u01000000001/" | awk '{printf "%d", $1 * 1000}')

run_wrk() { # name script duration [connections]
  cat "bench/$2" bench/report.lua >"$WORK/$2"
  wrk -t2 -c"${4:-$CONNECTIONS}" -d"${3}s" --timeout 10s -s "$WORK/$2" "http://localhost:$PORT" >"$WORK/$1.wrk" 2>&1
  grep '^RESULT' "$WORK/$1.wrk" | cut -d' ' -f2-
}
run_pgbench() { # script -> transactions/s, p50 and p99 in ms (from pgbench's per-transaction log)
  rm -f "$WORK/$1".log*
  local tps
  tps=$(pgbench -n -M prepared -c "$CONNECTIONS" -j 2 -T "$DURATION" -l --log-prefix="$WORK/$1.log" -f "bench/$1" 2>&1 |
    tee "$WORK/$1.pgbench" | awk '/^tps/ {print $3; exit}')
  cat "$WORK/$1".log* | awk '{print $3 / 1000}' | sort -n |
    awk -v tps="$tps" '{v[NR] = $1} END {printf "%.1f %.2f %.2f\n", tps, v[int(NR * 0.5)], v[int(NR * 0.99)]}'
}

echo "== warm-up: ${WARMUP}s of PATCH /users/{id}/"
run_wrk warmup user_patch.lua "$WARMUP" >/dev/null

echo "== measure: ${DURATION}s each at $CONNECTIONS connections, after ${ENDPOINT_WARMUP}s of warm-up each"
declare -A RESULT
measure() { # name: ENDPOINT_WARMUP seconds of warm-up, then DURATION seconds measured
  [ "$ENDPOINT_WARMUP" -gt 0 ] && run_wrk "$1.warmup" "$1.lua" "$ENDPOINT_WARMUP" >/dev/null
  RESULT[$1]=$(run_wrk "$1" "$1.lua" "$DURATION")
}
for name in user_patch user_get user_list profile_patch; do measure "$name"; done
for name in user_patch user_get; do
  RESULT[$name.many]=$(run_wrk "$name.many" "$name.lua" "$DURATION" "$MANY_CONNECTIONS")
done
RSS_KB=$(awk '/VmRSS/ {print $2}' "/proc/$SERVER_PID/status")
RSS_FILE_KB=$(awk '/RssFile/ {print $2}' "/proc/$SERVER_PID/status")
BUSY=$(grep -c "Server busy" "$WORK/server.log" || true)
DB_WAITS=$(grep -c "Database unavailable" "$WORK/server.log" || true)
read -r SQL_PATCH_TPS SQL_PATCH_P50 SQL_PATCH_P99 <<<"$(run_pgbench user_patch.sql)"
read -r SQL_GET_TPS SQL_GET_P50 SQL_GET_P99 <<<"$(run_pgbench user_get.sql)"

ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.3f", a / b}'; }
echo
printf '%-34s %10s %9s %9s %7s %s\n' "endpoint" "req/s" "p50 ms" "p99 ms" "errors" "ratio to pgbench (target)"
for name in user_patch user_get user_list profile_patch; do
  read -r rps p50 p99 errors <<<"${RESULT[$name]}"
  case $name in
    user_patch) label="PATCH /users/{id}/"; r="$(ratio "$rps" "$SQL_PATCH_TPS") x SQL PATCH (>= 0.5)";;
    user_get) label="GET /users/{id}/"; r="$(ratio "$rps" "$SQL_GET_TPS") x SQL GET (>= 0.3)";;
    user_list) label="GET /users/?length=50"; r="$(ratio "$rps" "$SQL_GET_TPS") x SQL GET (>= 0.05)";;
    profile_patch) label="PATCH /organizations/{id}/profile"; r="";;
  esac
  printf '%-34s %10s %9s %9s %7s %s\n' "$label" "$rps" "$p50" "$p99" "$errors" "$r"
done
for name in user_patch user_get; do
  read -r rps p50 p99 errors <<<"${RESULT[$name.many]}"
  label=$([ "$name" = user_patch ] && echo "PATCH /users/{id}/" || echo "GET /users/{id}/")
  printf '%-34s %10s %9s %9s %7s %s\n' "$label @$MANY_CONNECTIONS" "$rps" "$p50" "$p99" "$errors" \
    "$(ratio "$rps" "$(cut -d' ' -f1 <<<"${RESULT[$name]}")") x its rate @$CONNECTIONS (>= 0.8, no error)"
done
printf '%-34s %10s %9s %9s\n' "pgbench SQL of one PATCH" "$SQL_PATCH_TPS" "$SQL_PATCH_P50" "$SQL_PATCH_P99"
printf '%-34s %10s %9s %9s\n' "pgbench SQL of one GET" "$SQL_GET_TPS" "$SQL_GET_P50" "$SQL_GET_P99"
echo "server resident memory after the runs: $((RSS_KB / 1024)) MB (target < 300 MB), $((RSS_FILE_KB / 1024)) MB of it mapped from files"
echo "503s in the server log: $BUSY shed as busy, $DB_WAITS after waiting for a database connection"
echo "start-up to ready: ${STARTUP_MS} ms (target < 4000 ms; an empty database, so the schema migration is included)"
echo "first GET /users/{id}/ after ready: ${FIRST_MS} ms"
echo "java: $JAVA ${START_OPTS:-(no ahead-of-time cache)}; JAVA_OPTS: $JAVA_OPTS"
