#!/usr/bin/env bash
# The test command: runs every test against a real PostgreSQL and prints the totals.
#
#   bash eng/test.sh [extra dotnet test arguments]
#
# Uses the database named by DATABASE_* when one is reachable; otherwise starts a throwaway cluster with
# eng/db-start.sh and stops it afterwards. Ends with one line `N passed, N failed, N skipped` summed from the
# TRX results, and exits non-zero on any failure or when no test ran.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

started_db=0
if [ -z "${DATABASE_HOST:-}" ] || ! (exec 3<>"/dev/tcp/${DATABASE_HOST}/${DATABASE_PORT:-5432}") 2>/dev/null; then
  export MIGRATE_DB_DIR="${MIGRATE_DB_DIR:-/tmp/migrate-db-test-$$}"
  eval "$(bash eng/db-start.sh)" || { echo "test: could not start PostgreSQL" >&2; exit 1; }
  started_db=1
fi
cleanup() { if [ "$started_db" = 1 ]; then bash eng/db-stop.sh; fi; }
trap cleanup EXIT

results="$root/artifacts/test-results"
rm -rf "$results"
mkdir -p "$results"

dotnet test Migrations.slnx -c Release --logger "trx" --results-directory "$results" "$@"
status=$?

passed=0; failed=0; skipped=0; total=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  get() { echo "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*'; }
  total=$((total + $(get total)))
  passed=$((passed + $(get passed)))
  failed=$((failed + $(get failed) + $(get error) + $(get timeout) + $(get aborted)))
  skipped=$((skipped + $(get total) - $(get executed)))
done

if [ "$total" -eq 0 ]; then
  echo "test: no test ran" >&2
  status=1
fi
if [ "$failed" -gt 0 ] && [ "$status" -eq 0 ]; then status=1; fi
echo "$passed passed, $failed failed, $skipped skipped"
exit $status
