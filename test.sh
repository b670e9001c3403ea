#!/usr/bin/env bash
# The one test command (README and .ci/run call it):
#   1. dotnet format whitespace --verify-no-changes
#   2. dotnet build -c Release             (once; everything after runs --no-build)
#   3. scripts/check-migrations.sh Release (the EF model has no change that a migration lacks)
#   4. dotnet test for every test project in Istmo.slnx, each with a TRX log under TestResults/<project>/
# A failing step or project does not stop the others. The last line is "N passed, N failed, N skipped", counted
# from the TRX files (a failed step above counts as one failure); the exit code is non-zero when anything failed
# or when no test ran.
#
# Environment:
#   ISTMO_TEST_POSTGRES  PostgreSQL connection string; integration tests also run on PostgreSQL when it is set.
#   ISTMO_CHROMIUM       browser for the end-to-end tests (default /usr/bin/chromium).
#   ISTMO_TEST_TIMEOUT   longest one test project may run (default 40m), a hung run is stopped and counted failed.
set -u
cd "$(dirname "$0")" || exit 1

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export ISTMO_CHROMIUM="${ISTMO_CHROMIUM:-/usr/bin/chromium}"
if [ -n "${ISTMO_TEST_POSTGRES:-}" ]; then
  export ISTMO_TEST_POSTGRES
fi
project_timeout="${ISTMO_TEST_TIMEOUT:-40m}"
results_dir=TestResults
started=$SECONDS

steps_failed=0
problems=()

step() {
  echo
  echo "==> $* ($((SECONDS - started)) s)"
}

fail_step() {
  echo "FAILED: $1"
  problems+=("$1")
  steps_failed=$((steps_failed + 1))
}

# Count <UnitTestResult outcome="..."> in one TRX file; prints "passed failed skipped".
count_trx() {
  local outcomes passed failed total
  outcomes=$(tr '\n\r' '  ' <"$1" | grep -o '<UnitTestResult [^>]*>' | grep -o ' outcome="[A-Za-z]*"')
  total=$(printf '%s\n' "$outcomes" | grep -c 'outcome=')
  passed=$(printf '%s\n' "$outcomes" | grep -c 'outcome="Passed"')
  failed=$(printf '%s\n' "$outcomes" | grep -cE 'outcome="(Failed|Error|Timeout|Aborted)"')
  # NotExecuted (skipped) and the rarer Inconclusive/NotRunnable/Pending count as skipped.
  echo "$passed $failed $((total - passed - failed))"
}

step "environment"
dotnet --version
echo "PostgreSQL for integration tests: $([ -n "${ISTMO_TEST_POSTGRES:-}" ] && echo "set" || echo "not set (SQLite only)")"
if [ -x "$ISTMO_CHROMIUM" ]; then
  echo "Chromium: $ISTMO_CHROMIUM"
else
  echo "Chromium: $ISTMO_CHROMIUM is missing; end-to-end tests cannot drive a browser"
fi

step "restore tools"
dotnet tool restore >/dev/null || fail_step "dotnet tool restore"

# Whitespace and layout, read from the files themselves. Analyzers already run in the build with warnings as
# errors; the full `dotnet format` would run them all again and took over six minutes on a 2-core machine.
step "format check: dotnet format whitespace --verify-no-changes"
if ! dotnet format whitespace --folder . --verify-no-changes --exclude '**/bin/**' '**/obj/**'; then
  fail_step "formatting: run 'dotnet format Istmo.slnx' and commit the result"
fi

step "build: dotnet build Istmo.slnx -c Release"
if ! dotnet build Istmo.slnx -c Release -nologo -v quiet; then
  fail_step "build (see the errors above); tests were not run"
  echo
  echo "0 passed, $steps_failed failed, 0 skipped"
  exit 1
fi

step "migrations match the model: scripts/check-migrations.sh Release"
if ! scripts/check-migrations.sh Release; then
  fail_step "migrations: the EF model has changes no migration captures; run scripts/add-migration.sh NAME"
fi

rm -rf "$results_dir"
mkdir -p "$results_dir"
mapfile -t projects < <(dotnet sln Istmo.slnx list | grep -E 'Tests\.csproj$' | tr '\134' '/')
if [ "${#projects[@]}" -eq 0 ]; then
  fail_step "no test project found in Istmo.slnx"
fi

passed=0
failed=0
skipped=0
summary=()
for project in "${projects[@]}"; do
  name=$(basename "$project" .csproj)
  step "test $name"
  timeout --kill-after=30s "$project_timeout" \
    dotnet test "$project" -c Release --no-build \
    --logger "trx;LogFileName=$name.trx" --results-directory "$results_dir/$name" \
    --blame-hang-timeout 10m --blame-hang-dump-type none
  code=$?
  trx="$results_dir/$name/$name.trx"
  if [ -f "$trx" ]; then
    read -r p f s < <(count_trx "$trx")
  else
    p=0 f=0 s=0
  fi
  # A run that failed without a failed test (crash, timeout, no TRX) still counts as one failure.
  if [ "$code" -ne 0 ] && [ "$f" -eq 0 ]; then
    f=1
    problems+=("$name: the test run failed (exit code $code) without a failed test in its TRX")
  fi
  passed=$((passed + p))
  failed=$((failed + f))
  skipped=$((skipped + s))
  summary+=("$(printf '%-28s %6d passed %5d failed %5d skipped' "$name" "$p" "$f" "$s")")
done

failed=$((failed + steps_failed))
step "summary"
for line in "${summary[@]}"; do
  echo "  $line"
done
for problem in "${problems[@]}"; do
  echo "  problem: $problem"
done
if [ "$passed" -eq 0 ] && [ "$failed" -eq 0 ]; then
  echo "  problem: no test ran"
fi
echo "  total time: $((SECONDS - started)) s"
echo
echo "$passed passed, $failed failed, $skipped skipped"
if [ "$failed" -gt 0 ] || [ "$passed" -eq 0 ]; then
  exit 1
fi
exit 0
