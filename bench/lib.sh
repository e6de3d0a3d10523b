# What bench/run.sh and bench/compare.sh share: tools, the JDK, the build, the database, servers and wrk runs.
# Sourced from the repository's root with WORK set.

CONNECTIONS=${CONNECTIONS:-16}
DURATION=${DURATION:-20}
# Steady-state figures need both warm-ups: the JIT compiles the PATCH path for tens of seconds, then each endpoint's own.
WARMUP=${WARMUP:-60}
ENDPOINT_WARMUP=${ENDPOINT_WARMUP:-10}
# The image's flags (docs/operations.md); bench/README.md says why SweeperThreshold=100.
JAVA_OPTS=${JAVA_OPTS:--Xms64m -Xmx192m -XX:+UseSerialGC -XX:ReservedCodeCacheSize=64m -XX:SweeperThreshold=100 -XX:MaxMetaspaceSize=160m -Dspring.aot.enabled=true}
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

build_jar() { # checkout log: target/accounts-api.jar of that checkout
  # With that JDK, so that the jar holds the application context processed ahead of time (pom.xml, profile spring-aot);
  # its generated sources afresh, as those of a bean that is gone would still be compiled in.
  rm -rf "$1/target/spring-aot"
  (cd "$1" && JAVA_HOME=$(dirname "$(dirname "$(readlink -f "$(command -v "$JAVA")")")") bash .ci/build) >"$2" 2>&1 ||
    { tail -30 "$2"; exit 1; }
}

# The jar of a commit, built in a git worktree once per commit and kept (with that commit's bench/seed.sql beside it,
# as .seed.sql) under target/bench-jars; prints its path.
commit_jar() { # commit
  local jars=target/bench-jars tree=target/bench-worktree jar
  jar=$jars/$(git rev-parse "$1").jar
  if [ ! -f "$jar" ]; then
    rm -rf "$tree"
    git worktree prune
    git worktree add -q --detach "$tree" "$1"
    build_jar "$tree" "$WORK/build-$1.log" >&2
    mkdir -p "$jars"
    cp "$tree/target/accounts-api.jar" "$jar"
    cp "$tree/bench/seed.sql" "${jar%.jar}.seed.sql"
    git worktree remove --force "$tree"
  fi
  echo "$jar"
}

PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true; done
  stop_standby
}
trap cleanup EXIT

# The PostgreSQL on 5432 if one answers, else an embedded one; PGHOST, PGPORT and PGUSER then point at it.
if pg_isready -q -h 127.0.0.1 -p 5432; then
  DB_PORT=5432; DB_USER=${PGUSER:-postgres}
  echo "PostgreSQL on 5432"
else
  DB_PORT=54330; DB_USER=postgres
  ./mvnw -B -q dependency:build-classpath -Dmdep.outputFile="$WORK/classpath.txt" -Dmdep.includeScope=test >"$WORK/db-build.log" 2>&1
  "$JAVA" -cp "$(cat "$WORK/classpath.txt")" bench/BenchDatabase.java "$DB_PORT" "$WORK/pgdata" >"$WORK/db.log" 2>&1 &
  PIDS+=($!)
  until pg_isready -q -h 127.0.0.1 -p "$DB_PORT"; do sleep 0.2; done
  echo "embedded PostgreSQL on $DB_PORT"
fi
export PGHOST=127.0.0.1 PGPORT=$DB_PORT PGUSER=$DB_USER

fresh_database() { # name
  PGOPTIONS="-c client_min_messages=warning" psql -q -d postgres -c "DROP DATABASE IF EXISTS $1" -c "CREATE DATABASE $1"
}

# Before each measured run: a cluster with autovacuum off (this machine's CI configuration) would otherwise leave every
# row the runs before wrote dead in the tables the next run reads (92,328 dead memberships beside 10,010 live ones after
# one compare.sh), and the lists would count through them.
vacuum() { # database
  PGOPTIONS="-c client_min_messages=warning" psql -q -d "$1" -c "VACUUM (ANALYZE)"
}

seed() { # database [seed file, by default the working tree's]
  PGOPTIONS="-c client_min_messages=warning" psql -q -v ON_ERROR_STOP=1 -d "$1" -f "${2:-bench/seed.sql}" >/dev/null
}

# The JVM options for a jar: -Dspring.aot.enabled=true only where the jar holds a processed context to enable.
jvm_options_for() { # jar
  if "$(dirname "$(readlink -f "$(command -v "$JAVA")")")/jar" tf "$1" | grep -q __ApplicationContextInitializer; then
    echo "$JAVA_OPTS"
  else
    sed 's/ *-Dspring\.aot\.enabled=true//' <<<"$JAVA_OPTS"
  fi
}

start_server() { # jar database port log [more JVM options]: sets SERVER_PID and STARTUP_MS once it is ready
  local started
  started=$(date +%s%N)
  SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$DB_PORT/$2" SPRING_DATASOURCE_USERNAME=$DB_USER \
    SERVER_PORT=$3 "$JAVA" $(jvm_options_for "$1") ${5:-} -jar "$1" >"$4" 2>&1 &
  SERVER_PID=$!
  PIDS+=("$SERVER_PID")
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "localhost:$3/actuator/health/readiness")" = 200 ]; do
    kill -0 "$SERVER_PID" 2>/dev/null || { tail -30 "$4"; exit 1; }
    sleep 0.05
  done
  STARTUP_MS=$(( ($(date +%s%N) - started) / 1000000 ))
}

run_wrk() { # name script duration port [connections]: prints requests/s, p50 and p99 in ms, errors
  cat "bench/$2" bench/report.lua >"$WORK/$2"
  wrk -t2 -c"${5:-$CONNECTIONS}" -d"${3}s" --timeout 10s -s "$WORK/$2" "http://localhost:$4" >"$WORK/$1.wrk" 2>&1
  grep '^RESULT' "$WORK/$1.wrk" | cut -d' ' -f2-
}

# CPU time of every PostgreSQL process, in clock ticks: user and system time of each, and of the children the postmaster
# has reaped (backends that ended during the run), so that sessions which come and go are counted too.
postgres_ticks() {
  # A process may end between the listing and the reading: its file is then skipped.
  { cat /proc/[0-9]*/stat 2>/dev/null || true; } | awk '$2 == "(postgres)" {t += $14 + $15 + $16 + $17} END {print t + 0}'
}

# Milliseconds of CPU per request: ticks over the requests of a run of DURATION seconds at that rate.
ms_per_request() { # ticks requests/s
  awk -v t="$1" -v hz="$(getconf CLK_TCK)" -v r="$2" -v d="$DURATION" 'BEGIN {printf "%.3f", t * 1000 / hz / (r * d)}'
}

# The requests of a run of DURATION seconds at that rate, as a decimal (SQL divides by it).
requests_of() { awk -v r="$1" -v d="$DURATION" 'BEGIN {printf "%.1f", r * d}'; }

ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.3f", a / b}'; }

# A hot standby of the PostgreSQL on $DB_PORT (the machine's own cluster), streaming from it on port $1, made with
# pg_basebackup by its binaries; replication from 127.0.0.1 is allowed in its pg_hba.conf first (a bench machine's).
# Sets STANDBY_DIR; stop_standby stops it.
start_standby() { # port
  local hba bin
  [ "$DB_PORT" = 5432 ] || { echo "REPLICA=yes needs the machine's PostgreSQL on 5432"; exit 1; }
  hba=$(psql -Atd postgres -c "SHOW hba_file")
  if ! grep -q '^host *replication *all *127.0.0.1/32 *trust' "$hba"; then
    echo "host replication all 127.0.0.1/32 trust" >>"$hba"
    psql -qd postgres -c "SELECT pg_reload_conf()" >/dev/null
  fi
  bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  STANDBY_DIR=$(mktemp -d /tmp/accounts-bench-standby.XXXXXX)
  STOP_STANDBY=true  # until it runs: its directory is removed all the same
  chown postgres "$STANDBY_DIR" && chmod 700 "$STANDBY_DIR"
  runuser -u postgres -- "$bin/pg_basebackup" -h 127.0.0.1 -p "$DB_PORT" -U "$DB_USER" -D "$STANDBY_DIR/data" -R -X stream
  # Debian keeps a cluster's configuration outside its data directory: the copy gets PostgreSQL's defaults.
  runuser -u postgres -- touch "$STANDBY_DIR/data/postgresql.conf"
  runuser -u postgres -- sh -c "printf 'local all all trust\nhost all all 127.0.0.1/32 trust\n' >'$STANDBY_DIR/data/pg_hba.conf'"
  runuser -u postgres -- "$bin/pg_ctl" -D "$STANDBY_DIR/data" -l "$STANDBY_DIR/log" -w start \
    -o "-p $1 -c hot_standby=on -c unix_socket_directories=$STANDBY_DIR"
  STOP_STANDBY="runuser -u postgres -- $bin/pg_ctl -D $STANDBY_DIR/data -m fast -w stop"
}

stop_standby() {
  if [ -n "${STOP_STANDBY:-}" ]; then
    $STOP_STANDBY >/dev/null 2>&1 || true
    rm -rf "$STANDBY_DIR"
    STOP_STANDBY=
  fi
}

# Read-only transactions each target has served so far (accounts_datasource_reads_total), as "replica primary".
reads_by_target() { # port
  curl -s "localhost:$1/actuator/prometheus" | awk '
    /^accounts_datasource_reads_total/ && /target="primary"/ {p = $NF}
    /^accounts_datasource_reads_total/ && /target="replica-0"/ {r = $NF}
    END {printf "%d %d\n", r, p}'
}

# Per-statement accounting from pg_stat_statements, when the cluster preloads it (shared_preload_libraries; bench/README.md
# says how): reset before a run, then each statement of the run's database per request.
statements_on() {
  psql -Atd postgres -c "SHOW shared_preload_libraries" 2>/dev/null | grep -qw pg_stat_statements &&
    PGOPTIONS="-c client_min_messages=warning" psql -qd postgres -c "CREATE EXTENSION IF NOT EXISTS pg_stat_statements" >/dev/null
}

statements_reset() {
  [ "$STATEMENTS" = yes ] && psql -qAtd postgres -c "SELECT pg_stat_statements_reset()" >/dev/null || true
}

statements_report() { # database requests: calls, plans, planning and execution ms and rows, per request, busiest first
  [ "$STATEMENTS" = yes ] || return 0
  printf '    %6s %6s %8s %8s %6s  %s\n' calls plans "plan ms" "exec ms" rows "statement (per request)"
  psql -qAt -F $'\t' -d postgres -v db="$1" -v n="$2" <<'SQL' | awk -F'\t' '{printf "    %6s %6s %8s %8s %6s  %s\n", $1, $2, $3, $4, $5, $6}'
SELECT to_char(calls / :n, 'FM990.00'), to_char(plans / :n, 'FM990.00'),
       to_char(total_plan_time / :n, 'FM9990.0000'), to_char(total_exec_time / :n, 'FM9990.0000'),
       to_char(rows / :n, 'FM9990.0'), left(regexp_replace(query, '\s+', ' ', 'g'), 150)
FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid
WHERE d.datname = :'db' AND calls >= :n / 100
ORDER BY total_plan_time + total_exec_time DESC
SQL
}
# As an if: a failed test as the file's last command would fail the source under set -e.
STATEMENTS=no
if statements_on; then STATEMENTS=yes; fi
