#!/usr/bin/env bash
# The benchmark of accounts-api's main job, side by side with PostgreSQL's own speed for the same work.
# Builds the jar, seeds 10 organizations of 1,000 users, starts the server, warms it up, then drives four endpoints
# with wrk and the equivalent minimal SQL with pgbench, all at the same concurrency, and prints one table: each rate
# with PostgreSQL's CPU time per request (all its processes, from /proc), and its ratio to pgbench for information.
# With REPLICA=yes, a hot standby of the machine's PostgreSQL streams from it and the server reads from it
# (accounts.datasource.replicas[0]); the table then says how many of each endpoint's reads (a connection each) the
# replica served. Both clusters run on this machine, so the replica adds no CPU: compare the shares, not the rates.
# Usage: bash bench/run.sh    (settings: CONNECTIONS=16 MANY_CONNECTIONS=256 DURATION=20 WARMUP=60 ENDPOINT_WARMUP=10
#                              REPLICA=no JAVA_OPTS=...)
set -euo pipefail
cd "$(dirname "$0")/.."

# Load held: the same PATCH and GET with many more clients than database connections.
MANY_CONNECTIONS=${MANY_CONNECTIONS:-256}
PORT=${BENCH_PORT:-8089}
WORK=target/bench
source bench/lib.sh

echo "== build"
build_jar . "$WORK/build.log"

echo "== database"
fresh_database accounts_bench
export PGDATABASE=accounts_bench

if [ "${REPLICA:-no}" = yes ]; then
  echo "== replica"
  start_standby 5433
fi

echo "== server"
JAR=target/accounts-api.jar START_OPTS=
if [ "${JAVA_VERSION:-0}" -ge 25 ] && [ "${AOT_CACHE:-yes}" = yes ]; then
  echo "ahead-of-time cache (bin/aot-cache), trained on requests to a database of its own..."
  fresh_database accounts_training
  TRAINING_DATABASE_URL="jdbc:postgresql://127.0.0.1:$DB_PORT/accounts_training" TRAINING_DATABASE_USERNAME=$DB_USER \
    JAVA="$JAVA" JAVA_OPTS="$JAVA_OPTS" bash bin/aot-cache "$JAR" "$WORK/aot" >/dev/null
  JAR=$WORK/aot/accounts-api.jar START_OPTS="-XX:AOTCache=$WORK/aot/accounts-api.aot"
fi
# Set only now: the cache's training server reads a database of its own.
if [ "${REPLICA:-no}" = yes ]; then
  export ACCOUNTS_DATASOURCE_REPLICAS_0_URL="jdbc:postgresql://127.0.0.1:5433/accounts_bench"
fi
start_server "$JAR" accounts_bench "$PORT" "$WORK/server.log" "$START_OPTS"
echo "ready after ${STARTUP_MS} ms"

echo "== seed"
seed accounts_bench
FIRST_MS=$(curl -sf -o /dev/null -w '%{time_total}' -H "Authorization: JWT acck_bench_admin_1" \
  "localhost:$PORT/users/u01000000001/" | awk '{printf "%d", $1 * 1000}')

run_pgbench() { # script -> transactions/s, p50 and p99 in ms (from pgbench's per-transaction log), PostgreSQL's CPU ms
  rm -f "$WORK/$1".log*
  local tps before db_ms
  vacuum accounts_bench
  statements_reset
  before=$(postgres_ticks)
  tps=$(pgbench -n -M prepared -c "$CONNECTIONS" -j 2 -T "$DURATION" -l --log-prefix="$WORK/$1.log" -f "bench/$1" 2>&1 |
    tee "$WORK/$1.pgbench" | awk '/^tps/ {print $3; exit}')
  db_ms=$(ms_per_request "$(( $(postgres_ticks) - before ))" "$tps")
  statements_report accounts_bench "$(requests_of "$tps")" >"$WORK/$1.statements"
  cat "$WORK/$1".log* | awk '{print $3 / 1000}' | sort -n |
    awk -v tps="$tps" -v db="$db_ms" '{v[NR] = $1} END {printf "%.1f %.2f %.2f %s\n", tps, v[int(NR * 0.5)], v[int(NR * 0.99)], db}'
}

echo "== warm-up: ${WARMUP}s of PATCH /users/{id}/"
run_wrk warmup user_patch.lua "$WARMUP" "$PORT" >/dev/null

echo "== measure: ${DURATION}s each at $CONNECTIONS connections, after ${ENDPOINT_WARMUP}s of warm-up each"
declare -A RESULT DB_MS REPLICA_SHARE
measured_run() { # key script [connections]: one run of DURATION seconds, with PostgreSQL's CPU per request
  local before rps reads_before reads_after
  vacuum accounts_bench
  statements_reset
  before=$(postgres_ticks)
  reads_before=$(reads_by_target "$PORT")
  RESULT[$1]=$(run_wrk "$1" "$2" "$DURATION" "$PORT" "${3:-$CONNECTIONS}")
  reads_after=$(reads_by_target "$PORT")
  rps=$(cut -d' ' -f1 <<<"${RESULT[$1]}")
  statements_report accounts_bench "$(requests_of "$rps")" >"$WORK/$1.statements"
  DB_MS[$1]=$(ms_per_request "$(( $(postgres_ticks) - before ))" "$rps")
  REPLICA_SHARE[$1]=$(awk -v b="$reads_before" -v a="$reads_after" 'BEGIN {
    split(b, x, " "); split(a, y, " "); r = y[1] - x[1]; p = y[2] - x[2]
    if (r + p == 0) print "-"; else printf "%d of %d on the replica", r, r + p }')
}
for name in user_patch user_get user_list profile_patch; do
  [ "$ENDPOINT_WARMUP" -gt 0 ] && run_wrk "$name.warmup" "$name.lua" "$ENDPOINT_WARMUP" "$PORT" >/dev/null
  measured_run "$name" "$name.lua"
done
for name in user_patch user_get; do measured_run "$name.many" "$name.lua" "$MANY_CONNECTIONS"; done
RSS_KB=$(awk '/VmRSS/ {print $2}' "/proc/$SERVER_PID/status")
RSS_FILE_KB=$(awk '/RssFile/ {print $2}' "/proc/$SERVER_PID/status")
# Counted by the server (it logs a busy burst once, not each request).
BUSY=$(curl -s "localhost:$PORT/actuator/prometheus" |
  awk '/^accounts_requests_admissions_total/ && /outcome="busy"/ {n = $NF} END {printf "%d", n}')
DB_WAITS=$(grep -c "Database unavailable" "$WORK/server.log" || true)
read -r SQL_PATCH_TPS SQL_PATCH_P50 SQL_PATCH_P99 SQL_PATCH_DB_MS <<<"$(run_pgbench user_patch.sql)"
read -r SQL_GET_TPS SQL_GET_P50 SQL_GET_P99 SQL_GET_DB_MS <<<"$(run_pgbench user_get.sql)"

echo
printf '%-34s %10s %9s %9s %7s %12s %s\n' "endpoint" "req/s" "p50 ms" "p99 ms" "errors" "postgres ms" \
  "ratio to pgbench (for information)"
for name in user_patch user_get user_list profile_patch; do
  read -r rps p50 p99 errors <<<"${RESULT[$name]}"
  case $name in
    user_patch) label="PATCH /users/{id}/"
      r="$(ratio "$rps" "$SQL_PATCH_TPS") x SQL PATCH's rate, $(ratio "${DB_MS[$name]}" "$SQL_PATCH_DB_MS") x its postgres ms";;
    user_get) label="GET /users/{id}/"
      r="$(ratio "$rps" "$SQL_GET_TPS") x SQL GET's rate, $(ratio "${DB_MS[$name]}" "$SQL_GET_DB_MS") x its postgres ms";;
    user_list) label="GET /users/?length=50"; r="$(ratio "$rps" "$SQL_GET_TPS") x SQL GET";;
    profile_patch) label="PATCH /organizations/{id}/profile"; r="";;
  esac
  printf '%-34s %10s %9s %9s %7s %12s %s\n' "$label" "$rps" "$p50" "$p99" "$errors" "${DB_MS[$name]}" "$r"
  if [ "${REPLICA:-no}" = yes ]; then
    printf '%-34s %s\n' "" "reads: ${REPLICA_SHARE[$name]}"
  fi
done
for name in user_patch user_get; do
  read -r rps p50 p99 errors <<<"${RESULT[$name.many]}"
  label=$([ "$name" = user_patch ] && echo "PATCH /users/{id}/" || echo "GET /users/{id}/")
  printf '%-34s %10s %9s %9s %7s %12s %s\n' "$label @$MANY_CONNECTIONS" "$rps" "$p50" "$p99" "$errors" \
    "${DB_MS[$name.many]}" "$(ratio "$rps" "$(cut -d' ' -f1 <<<"${RESULT[$name]}")") x its rate @$CONNECTIONS (>= 0.8, no error)"
done
printf '%-34s %10s %9s %9s %7s %12s\n' "pgbench SQL of one PATCH" "$SQL_PATCH_TPS" "$SQL_PATCH_P50" "$SQL_PATCH_P99" "" \
  "$SQL_PATCH_DB_MS"
printf '%-34s %10s %9s %9s %7s %12s\n' "pgbench SQL of one GET" "$SQL_GET_TPS" "$SQL_GET_P50" "$SQL_GET_P99" "" "$SQL_GET_DB_MS"
echo "server resident memory after the runs: $((RSS_KB / 1024)) MB (target < 300 MB), $((RSS_FILE_KB / 1024)) MB of it mapped from files"
echo "503s: $BUSY shed as busy (accounts_requests_admissions_total), $DB_WAITS after waiting for a database connection (the log)"
echo "start-up to ready: ${STARTUP_MS} ms (target < 4000 ms; an empty database, so the schema migration is included)"
echo "first GET /users/{id}/ after ready: ${FIRST_MS} ms"
if [ "$STATEMENTS" = yes ]; then
  echo
  echo "PostgreSQL's statements per request (pg_stat_statements; ms are its own timings, not CPU):"
  for name in user_patch user_get user_list profile_patch user_patch.sql user_get.sql; do
    echo "  $name"
    cat "$WORK/$name.statements"
  done
else
  echo "(no per-statement accounting: the cluster does not preload pg_stat_statements, see bench/README.md)"
fi
echo "java: $JAVA ${START_OPTS:-(no ahead-of-time cache)}; JAVA_OPTS: $JAVA_OPTS"
