#!/usr/bin/env bash
# Two organizations on one server, as two tenants would be: the small one (SMALL connections) on GET /users/{id}/
# alone, the big one (BIG connections) alone, then both at once, each with its own Admin key. Prints, for each run, what
# each organization got: requests answered 200 per second, p50 and p99 of all its answers in ms, 429s (and any without
# Retry-After) and other errors.
# Usage: bash bench/flood.sh [COMMIT]   (the working tree by default; settings: SMALL=4 BIG=256 DURATION=20 WARMUP=60)
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=target/bench-flood
source bench/lib.sh
SMALL=${SMALL:-4}
BIG=${BIG:-256}
PORT=8093

if [ -n "${1:-}" ]; then
  LABEL=$(git rev-parse --short "$1")
  echo "== build $LABEL (in a git worktree, once per commit)"
  JAR=$(commit_jar "$1")
  SEED=${JAR%.jar}.seed.sql
else
  LABEL="working tree"
  echo "== build the working tree"
  build_jar . "$WORK/build.log"
  JAR=target/accounts-api.jar SEED=bench/seed.sql
fi
fresh_database accounts_flood
start_server "$JAR" accounts_flood "$PORT" "$WORK/server.log"
seed accounts_flood "$SEED"
echo "$LABEL: ready after ${STARTUP_MS} ms"

flood_wrk() { # name organization connections duration: "requests/s-answered-200 p50 p99 429s 429s-without-Retry-After other"
  cat bench/org_user_get.lua bench/report.lua bench/statuses.lua >"$WORK/flood.lua"
  ORG=$2 wrk -t"$([ "$3" -ge 2 ] && echo 2 || echo 1)" -c"$3" -d"$4s" --timeout 10s -s "$WORK/flood.lua" \
    "http://localhost:$PORT" >"$WORK/$1.wrk" 2>&1
  read -r _ _ p50 p99 _ < <(grep '^RESULT' "$WORK/$1.wrk")
  read -r _ ok throttled bare other < <(grep '^STATUSES' "$WORK/$1.wrk")
  echo "$(awk -v n="$ok" -v d="$4" 'BEGIN {printf "%.1f", n / d}') $p50 $p99 $throttled $bare $other"
}

echo "== warm-up: ${WARMUP}s of both organizations' GETs at $CONNECTIONS connections each"
flood_wrk warmup-big 1 "$CONNECTIONS" "$WARMUP" >/dev/null &
BIG_PID=$!
flood_wrk warmup-small 2 "$CONNECTIONS" "$WARMUP" >/dev/null
wait "$BIG_PID"  # not the server's

vacuum accounts_flood
echo "== ${DURATION}s each: the small organization ($SMALL connections) alone, the big one ($BIG) alone, both at once"
printf '%-28s %-6s %12s %8s %8s %8s %16s %6s\n' run organization "200s/s" "p50 ms" "p99 ms" 429s "without R-A" other
row() { read -r rps p50 p99 throttled bare other <<<"$3"; printf '%-28s %-6s %12s %8s %8s %8s %16s %6s\n' "$1" "$2" "$rps" "$p50" "$p99" "$throttled" "$bare" "$other"; }
row "small alone" small "$(flood_wrk small-alone 2 "$SMALL" "$DURATION")"
row "big alone" big "$(flood_wrk big-alone 1 "$BIG" "$DURATION")"
# The flood starts first and ends last, so that the small organization's whole run is under it.
flood_wrk big-flooding 1 "$BIG" $((DURATION + 4)) >"$WORK/big-flooding.result" &
BIG_PID=$!
sleep 2
row "small while the big floods" small "$(flood_wrk small-flooded 2 "$SMALL" "$DURATION")"
wait "$BIG_PID"
row "big flooding (for $((DURATION + 4))s)" big "$(cat "$WORK/big-flooding.result")"
echo "bursts of refusals the server logged: $(grep -c '(throttled)' "$WORK/server.log" || true) throttled, $(grep -cE '\(busy\)|Server busy' "$WORK/server.log" || true) busy (503, or each one before 301f866)"
