#!/usr/bin/env bash
# npm test — everything, in order, stopping at the first stage that fails:
#   typecheck → lint → Vitest (unit + database tests) → Playwright e2e in Chromium.
# Ends with each suite's counts and one line "N passed, N failed" (Vitest + Playwright tests;
# a failed stage that is not a test runner — typecheck, lint — counts as one failure), and
# writes the same to test-results/summary.json for .ci/run.
set -uo pipefail
cd "$(dirname "$0")/.."

export NEXT_TELEMETRY_DISABLED=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
RESULTS=test-results
mkdir -p "$RESULTS"
rm -f "$RESULTS/vitest.json" "$RESULTS/e2e.json" "$RESULTS/summary.json"

passed=0
failed=0
summary=()
started_all=$SECONDS

add_counts() { # <suite> <kind> <report> <seconds> <exit code>
  local p=0 f=0
  # No report from a runner that succeeded: it had nothing to run.
  if [[ -f "$3" || "$5" != 0 ]]; then read -r p f < <(node scripts/test-counts.mjs "$2" "$3"); fi
  passed=$((passed + p))
  failed=$((failed + f))
  summary+=("$(printf '  %-10s %4d passed, %d failed  (%ss)' "$1" "$p" "$f" "$4")")
}

finish() { # <exit code>
  echo
  echo "── npm test summary ($((SECONDS - started_all))s) ──"
  printf '%s\n' "${summary[@]}"
  printf '{"passed":%d,"failed":%d}\n' "$passed" "$failed" >"$RESULTS/summary.json"
  echo "$passed passed, $failed failed"
  exit "$1"
}

stage_failed() { # <stage> <exit code>
  echo
  if [[ "$1" == playwright ]]; then
    echo "npm test: stage '$1' FAILED (exit code $2)."
  else
    echo "npm test: stage '$1' FAILED (exit code $2); the later stages were not run."
  fi
  finish "$2"
}

banner() { echo; echo "── $1 ──"; }

# 1. Types and lint: not counted as tests, but a failure stops everything.
for stage in typecheck lint; do
  banner "$stage"
  t=$SECONDS
  npm run --silent "$stage"
  rc=$?
  if ((rc != 0)); then
    failed=$((failed + 1))
    summary+=("$(printf '  %-10s FAILED  (%ss)' "$stage" "$((SECONDS - t))")")
    stage_failed "$stage" "$rc"
  fi
  summary+=("$(printf '  %-10s ok  (%ss)' "$stage" "$((SECONDS - t))")")
done

# 2. Vitest: the projects of vitest.config.* (unit, db). Without a config (an early
# checkout) run whatever tests exist outside e2e/, and do not fail for having none.
banner "vitest"
t=$SECONDS
vitest_args=(run --reporter=default --reporter=json "--outputFile.json=$RESULTS/vitest.json")
if ! compgen -G 'vitest.config.*' >/dev/null; then
  vitest_args+=(--passWithNoTests --exclude 'e2e/**' --exclude 'node_modules/**')
fi
node_modules/.bin/vitest "${vitest_args[@]}"
rc=$?
add_counts vitest vitest "$RESULTS/vitest.json" "$((SECONDS - t))" "$rc"
((rc != 0)) && stage_failed vitest "$rc"

# 3. Playwright against a production build on a fresh embedded database.
banner "playwright (e2e)"
t=$SECONDS
bash scripts/e2e.sh
rc=$?
add_counts playwright playwright "$RESULTS/e2e.json" "$((SECONDS - t))" "$rc"
((rc != 0)) && stage_failed playwright "$rc"

((failed > 0)) && finish 1
finish 0
