#!/usr/bin/env bash
# Runs every bash block of README.md and docs/examples.md, in order, against the development run
# (./mvnw spring-boot:test-run, on a fresh .dev-db) and checks the HTTP status of each curl: the status its comment
# names ("# 400 ...", "# 204"), else a success (2xx or 304). Prints each call's status; exits 1 if any differs.
set -uo pipefail
cd "$(dirname "$0")/.."
# Calls inside $(...) run in a subshell: their failures are counted in a file.
FAILURES=$(mktemp)
trap 'rm -f "$FAILURES"' EXIT

run_blocks() { # markdown file
  local script
  script=$(mktemp)
  python3 -c 'import re, sys; print("\n".join(re.findall(r"```bash\n(.*?)```", open(sys.argv[1]).read(), re.S)))' \
    "$1" >"$script"
  mapfile -t LINES <"$script"
  # shellcheck disable=SC1090
  source "$script"
  rm -f "$script"
}

# The status a call's comment names, from the whole command around line $1 (lines joined by a trailing backslash).
expected_status() {
  local first=$(($1 - 1)) last=$(($1 - 1))
  while [ "$first" -gt 0 ] && [[ ${LINES[$((first - 1))]} == *\\ ]]; do first=$((first - 1)); done
  while [[ ${LINES[$last]} == *\\ ]]; do last=$((last + 1)); done
  printf '%s\n' "${LINES[@]:$first:$((last - first + 1))}" | grep -o '#  *[0-9][0-9][0-9]\b' | grep -o '[0-9]*' | head -1
}

curl() {
  local out status expected line=${BASH_LINENO[0]}
  out=$(command curl -w '\n%{http_code}' "$@")
  status=${out##*$'\n'}
  expected=$(expected_status "$line")
  if { [ -n "$expected" ] && [ "$status" = "$expected" ]; } ||
     { [ -z "$expected" ] && [[ $status == 2?? || $status == 304 ]]; }; then
    echo "ok   $status  line $line" >&2
  else
    echo "FAIL $status (expected ${expected:-2xx})  line $line: ${LINES[$((line - 1))]}" >&2
    echo "$line" >>"$FAILURES"
  fi
  printf '%s' "${out%$'\n'*}"
}

for file in README.md docs/examples.md; do
  echo "== $file" >&2
  run_blocks "$file" >/dev/null
done
echo "$(wc -l <"$FAILURES") failed" >&2
[ ! -s "$FAILURES" ]
