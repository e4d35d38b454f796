#!/usr/bin/env bash
# End-to-end benchmark (issue #6): for each size, a synthetic datastore, the I/O floor (events copied out and in
# with binary COPY), the schema floor (the rows the spec's tables make a run write, each once, server-side: migrated
# events, one keyframe row per keyframe and model, the rebuilt models), then migrate and finalize of the benchmark chain (three event migrations, one model migration)
# with wall time, events per second and the peak memory of the process.
#
#   bash eng/bench-scale.sh                 # 10000 100000
#   bash eng/bench-scale.sh 10000 1000000   # any sizes
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10000 100000)
export MIGRATE_DB_DIR="${MIGRATE_DB_DIR:-/tmp/migrate-bench-scale}"
eval "$(bash eng/db-start.sh)"
# Plain connections on loopback, as in a compose network (the test cluster also offers TLS, which Npgsql would
# otherwise prefer): the floor and the runs use the same setting.
export DATABASE_SSL_MODE="${DATABASE_SSL_MODE:-Disable}"
trap 'bash eng/db-stop.sh' EXIT
dotnet build tests/Migrations.Scale -c Release -v quiet -nologo >&2
scale=(dotnet "$root/tests/Migrations.Scale/bin/Release/net10.0/migrate-scale.dll")
export PGPASSWORD="$(cat "$DATABASE_PASSWORD_FILE")"

printf '| positions | events | I/O floor | schema floor | migrate | finalize | total / I/O floor | total / schema floor | events/s | peak memory (migrate, finalize) |\n'
printf '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n'
for size in "${sizes[@]}"; do
  psql -h "$DATABASE_HOST" -p "$DATABASE_PORT" -U "$DATABASE_USER" -d postgres -q -c "DROP DATABASE IF EXISTS bench" -c "CREATE DATABASE bench" >/dev/null
  export DATABASE_NAME=bench
  generated=$("${scale[@]}" generate "$size" 1)
  events=$(echo "$generated" | sed -E 's/.* positions, ([0-9]+) events.*/\1/')
  floor=$("${scale[@]}" io-floor | sed -E 's/io-floor: ([0-9.]+) s/\1/')
  # Keyframes (P, 1…4) of the chain's three event migrations.
  schema=$("${scale[@]}" schema-floor 4 | sed -E 's/schema-floor: ([0-9.]+) s/\1/')
  migrate=$(/usr/bin/time -f '%M' -o /tmp/bench-rss "${scale[@]}" migrate | sed -E 's/migrate: ([0-9.]+) s.*/\1/')
  migrate_rss=$(( $(cat /tmp/bench-rss) / 1024 ))
  finalize=$(/usr/bin/time -f '%M' -o /tmp/bench-rss "${scale[@]}" finalize | sed -E 's/finalize: ([0-9.]+) s.*/\1/')
  finalize_rss=$(( $(cat /tmp/bench-rss) / 1024 ))
  ratio=$(awk -v m="$migrate" -v f="$finalize" -v x="$floor" 'BEGIN { printf "%.0f", (m + f) / x }')
  schema_ratio=$(awk -v m="$migrate" -v f="$finalize" -v x="$schema" 'BEGIN { printf "%.1f", (m + f) / x }')
  rate=$(awk -v e="$events" -v m="$migrate" -v f="$finalize" 'BEGIN { printf "%.0f", e / (m + f) }')
  printf '| %s | %s | %s s | %s s | %s s | %s s | %s× | %s× | %s | %s MB, %s MB |\n' "$size" "$events" "$floor" "$schema" "$migrate" "$finalize" "$ratio" "$schema_ratio" "$rate" "$migrate_rss" "$finalize_rss"
done
