#!/usr/bin/env bash
# A/B of the working tree against an earlier commit, for changes too small to see between two runs of bench/run.sh
# on a noisy machine. Builds the commit in a git worktree, serves both jars at once (each from a database of its own,
# seeded as bench/run.sh seeds), warms both up, then alternates the same wrk runs between them, ROUNDS times, the
# first of each pair changing every round: the two see the same minutes of the machine. Prints each pair and, per
# endpoint, the new rate as a ratio of the old (total of the rounds), and per request the CPU time of the server and of
# PostgreSQL (all its processes) on each side (user and system, from /proc), which neighbours on a shared machine move
# much less than the rates.
# Usage: bash bench/compare.sh OLD_COMMIT   (settings: ROUNDS=4 ENDPOINTS="user_patch user_get user_list"
#                                          CONNECTIONS=16 DURATION=20 WARMUP=60 ENDPOINT_WARMUP=10 JAVA_OPTS=...)
# No ahead-of-time cache: it changes the start, not the steady state measured here.
set -euo pipefail
cd "$(dirname "$0")/.."
OLD=$(git rev-parse --short "${1:?Usage: bash bench/compare.sh OLD_COMMIT}")
ROUNDS=${ROUNDS:-4}
ENDPOINTS=${ENDPOINTS:-user_patch user_get user_list}
WORK=target/bench-compare
source bench/lib.sh
declare -A PORT=([old]=8091 [new]=8092) LABEL=([old]="$OLD" [new]="working tree") PID
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }  # user + system, in clock ticks

echo "== build $OLD (in a git worktree, once per commit) and the working tree"
OLD_JAR=$(commit_jar "$OLD")
build_jar . "$WORK/build-new.log"
# Each side is seeded by its own commit's seed, which follows its own schema.
declare -A JAR=([old]="$OLD_JAR" [new]=target/accounts-api.jar) SEED=([old]="${OLD_JAR%.jar}.seed.sql" [new]=bench/seed.sql)

for side in old new; do
  fresh_database "accounts_compare_$side"
  start_server "${JAR[$side]}" "accounts_compare_$side" "${PORT[$side]}" "$WORK/server-$side.log"
  PID[$side]=$SERVER_PID
  seed "accounts_compare_$side" "${SEED[$side]}"
  echo "${LABEL[$side]}: ready after ${STARTUP_MS} ms on port ${PORT[$side]}"
done

echo "== warm-up: ${WARMUP}s of PATCH /users/{id}/, then ${ENDPOINT_WARMUP}s of each endpoint, on each"
for side in old new; do
  run_wrk "warmup-$side" user_patch.lua "$WARMUP" "${PORT[$side]}" >/dev/null
  for name in $ENDPOINTS; do run_wrk "$name.warmup-$side" "$name.lua" "$ENDPOINT_WARMUP" "${PORT[$side]}" >/dev/null; done
done

echo "== ${ROUNDS} rounds of ${DURATION}s per endpoint and side at $CONNECTIONS connections"
declare -A TOTAL TICKS DB_TICKS
printf '%-12s %5s %10s %10s %8s %14s %14s %14s %14s\n' endpoint round "old req/s" "new req/s" "new/old" \
  "old server ms" "new server ms" "old postgres ms" "new postgres ms"
for round in $(seq 1 "$ROUNDS"); do
  order=$([ $((round % 2)) = 1 ] && echo "old new" || echo "new old")
  for name in $ENDPOINTS; do
    declare -A RATE=() CPU=() DB_CPU=()
    for side in $order; do
      vacuum "accounts_compare_$side"
      before=$(cpu_ticks "${PID[$side]}") db_before=$(postgres_ticks)
      read -r rps p50 p99 errors <<<"$(run_wrk "$name-$side-$round" "$name.lua" "$DURATION" "${PORT[$side]}")"
      ticks=$(( $(cpu_ticks "${PID[$side]}") - before )) db_ticks=$(( $(postgres_ticks) - db_before ))
      [ "$errors" = 0 ] || echo "warning: ${LABEL[$side]} answered $errors errors on $name in round $round"
      RATE[$side]=$rps
      CPU[$side]=$(ms_per_request "$ticks" "$rps")
      DB_CPU[$side]=$(ms_per_request "$db_ticks" "$rps")
      TOTAL[$name.$side]=$(awk -v a="${TOTAL[$name.$side]:-0}" -v b="$rps" 'BEGIN {print a + b}')
      TICKS[$name.$side]=$(( ${TICKS[$name.$side]:-0} + ticks ))
      DB_TICKS[$name.$side]=$(( ${DB_TICKS[$name.$side]:-0} + db_ticks ))
    done
    printf '%-12s %5s %10s %10s %8s %14s %14s %14s %14s\n' "$name" "$round" "${RATE[old]}" "${RATE[new]}" \
      "$(ratio "${RATE[new]}" "${RATE[old]}")" "${CPU[old]}" "${CPU[new]}" "${DB_CPU[old]}" "${DB_CPU[new]}"
  done
done
echo
per_request_ratio() { # new ticks, old ticks, new total rate, old total rate
  awk -v tn="$1" -v to="$2" -v rn="$3" -v ro="$4" 'BEGIN {printf "%.3f", (tn / rn) / (to / ro)}'
}
for name in $ENDPOINTS; do
  # The same duration each run, so the sums of rates stand for the numbers of requests.
  printf '%-12s all rounds: new/old %s in requests/s, %s in server CPU and %s in PostgreSQL CPU per request\n' \
    "$name" "$(ratio "${TOTAL[$name.new]}" "${TOTAL[$name.old]}")" \
    "$(per_request_ratio "${TICKS[$name.new]}" "${TICKS[$name.old]}" "${TOTAL[$name.new]}" "${TOTAL[$name.old]}")" \
    "$(per_request_ratio "${DB_TICKS[$name.new]}" "${DB_TICKS[$name.old]}" "${TOTAL[$name.new]}" "${TOTAL[$name.old]}")"
done
echo "old: $OLD; new: the working tree ($(git rev-parse --short HEAD)$(git diff --quiet HEAD || echo ', with changes')); JAVA_OPTS: $JAVA_OPTS"
