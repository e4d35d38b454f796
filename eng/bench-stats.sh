#!/usr/bin/env bash
# Times `migrate stats` (the native binary) on an up-to-date database against `psql -c 'select 1'` on the same
# machine, in the same run: the mean wall time of N runs each (default 20). Needs eng/aot-check.sh first.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
runs="${1:-20}"
binary="$root/artifacts/aot/migrate"
[ -x "$binary" ] || { echo "bench-stats: run bash eng/aot-check.sh first" >&2; exit 1; }
export MIGRATE_DB_DIR="${MIGRATE_DB_DIR:-/tmp/migrate-bench-stats}"
eval "$(bash eng/db-start.sh)"
trap 'bash eng/db-stop.sh' EXIT
export PGPASSWORD="$(cat "$DATABASE_PASSWORD_FILE")"
"$binary" import-data data/example-data.json >/dev/null
"$binary" finalize >/dev/null

mean_ms() {
  local start end
  start=$(date +%s%N)
  for _ in $(seq "$runs"); do "$@" >/dev/null; done
  end=$(date +%s%N)
  echo $(( (end - start) / runs / 1000000 ))
}
stats=$(mean_ms "$binary" stats)
psql_ms=$(mean_ms psql -h "$DATABASE_HOST" -p "$DATABASE_PORT" -U "$DATABASE_USER" -d "$DATABASE_NAME" -c 'select 1')
echo "migrate stats: ${stats} ms; psql -c 'select 1': ${psql_ms} ms (mean of $runs runs each)"
