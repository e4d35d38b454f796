#!/usr/bin/env bash
# End-to-end benchmark (issues #6, #16): for each size, a synthetic datastore, the I/O floor (events copied out and
# in with binary COPY), the schema floor (the rows the spec's tables make a run write, each once, server-side:
# migrated events, one keyframe row per keyframe and model, the rebuilt models), then migrate and finalize of the
# benchmark chain (three event migrations, one model migration) with wall time, events per second and the peak
# memory of the process.
#
# Each size is generated once into a template database; every run works on a fresh copy of it and measures the two
# floors and then migrate and finalize. RUNS runs (default 3) give medians with min-max; the ratios are those of the
# medians. Both server settings are measured (DURABILITY, default "throwaway durable"): the throwaway cluster of
# eng/db-start.sh (fsync and synchronous_commit off) and one with PostgreSQL's default durability
# (MIGRATE_DB_DURABLE=1), as production servers run.
#
#   bash eng/bench-scale.sh                            # 10000 100000
#   RUNS=1 DURABILITY=throwaway bash eng/bench-scale.sh 10000 1000000   # any sizes
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10000 100000)
runs="${RUNS:-3}"
read -r -a durabilities <<< "${DURABILITY:-throwaway durable}"
base_dir="${MIGRATE_DB_DIR:-/tmp/migrate-bench-scale}"
# Plain connections on loopback, as in a compose network (the test cluster also offers TLS, which Npgsql would
# otherwise prefer): the floor and the runs use the same setting.
export DATABASE_SSL_MODE="${DATABASE_SSL_MODE:-Disable}"
dotnet build tests/Migrations.Scale -c Release -v quiet -nologo >&2
scale=(dotnet "$root/tests/Migrations.Scale/bin/Release/net10.0/migrate-scale.dll")
rss_file="$(mktemp /tmp/bench-scale-rss.XXXXXX)"
stop_clusters() {
  for durability in "${durabilities[@]}"; do
    MIGRATE_DB_DIR="$base_dir-$durability" bash eng/db-stop.sh 2>/dev/null || true
  done
  rm -f "$rss_file"
}
trap stop_clusters EXIT

log() { echo "bench-scale: $*" >&2; }
source "$root/eng/bench-stats.sh"
sql() { psql -X -q -h "$DATABASE_HOST" -p "$DATABASE_PORT" -U "$DATABASE_USER" -d postgres "$@" >/dev/null; }

printf '| server | positions | events | I/O floor | schema floor | migrate | finalize | total / I/O floor | total / schema floor | events/s | peak memory (migrate, finalize) |\n'
printf '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n'
for durability in "${durabilities[@]}"; do
  case "$durability" in
    throwaway) durable=0 ;;
    durable) durable=1 ;;
    *) echo "bench-scale: DURABILITY holds 'throwaway' and/or 'durable', not '$durability'" >&2; exit 1 ;;
  esac
  eval "$(MIGRATE_DB_DIR="$base_dir-$durability" MIGRATE_DB_DURABLE=$durable bash eng/db-start.sh)"
  export PGPASSWORD="$(cat "$DATABASE_PASSWORD_FILE")"
  for size in "${sizes[@]}"; do
    sql -c "DROP DATABASE IF EXISTS bench" -c "DROP DATABASE IF EXISTS bench_base" -c "CREATE DATABASE bench_base"
    generated=$(DATABASE_NAME=bench_base "${scale[@]}" generate "$size" 1)
    events=$(echo "$generated" | sed -E 's/.* positions, ([0-9]+) events.*/\1/')
    floors=(); schemas=(); migrates=(); finalizes=(); migrate_rss=(); finalize_rss=()
    for run in $(seq 1 "$runs"); do
      sql -c "DROP DATABASE IF EXISTS bench" -c "CREATE DATABASE bench TEMPLATE bench_base"
      export DATABASE_NAME=bench
      floors+=("$("${scale[@]}" io-floor | sed -E 's/io-floor: ([0-9.]+) s/\1/')")
      # Keyframes (P, 1…4) of the chain's three event migrations.
      schemas+=("$("${scale[@]}" schema-floor 4 | sed -E 's/schema-floor: ([0-9.]+) s/\1/')")
      migrates+=("$(/usr/bin/time -f '%M' -o "$rss_file" "${scale[@]}" migrate | sed -E 's/migrate: ([0-9.]+) s.*/\1/')")
      migrate_rss+=("$(( $(cat "$rss_file") / 1024 ))")
      finalizes+=("$(/usr/bin/time -f '%M' -o "$rss_file" "${scale[@]}" finalize | sed -E 's/finalize: ([0-9.]+) s.*/\1/')")
      finalize_rss+=("$(( $(cat "$rss_file") / 1024 ))")
      log "$durability, $size positions, run $run: I/O floor ${floors[-1]} s, schema floor ${schemas[-1]} s, migrate ${migrates[-1]} s (${migrate_rss[-1]} MB), finalize ${finalizes[-1]} s (${finalize_rss[-1]} MB)"
    done
    floor=$(median "${floors[@]}"); schema=$(median "${schemas[@]}")
    totals=(); for i in "${!migrates[@]}"; do totals+=("$(awk -v m="${migrates[$i]}" -v f="${finalizes[$i]}" 'BEGIN { print m + f }')"); done
    total=$(median "${totals[@]}")
    ratio=$(awk -v t="$total" -v x="$floor" 'BEGIN { printf "%.1f", t / x }')
    schema_ratio=$(awk -v t="$total" -v x="$schema" 'BEGIN { printf "%.1f", t / x }')
    rate=$(awk -v e="$events" -v t="$total" 'BEGIN { printf "%.0f", e / t }')
    peak_migrate=$(printf '%s\n' "${migrate_rss[@]}" | sort -g | tail -1); peak_finalize=$(printf '%s\n' "${finalize_rss[@]}" | sort -g | tail -1)
    printf '| %s | %s | %s | %s | %s | %s | %s | %s× | %s× | %s | %s MB, %s MB |\n' "$durability" "$size" "$events" \
      "$(spread ' s' "${floors[@]}")" "$(spread ' s' "${schemas[@]}")" "$(spread ' s' "${migrates[@]}")" "$(spread ' s' "${finalizes[@]}")" \
      "$ratio" "$schema_ratio" "$rate" "$peak_migrate" "$peak_finalize"
  done
  MIGRATE_DB_DIR="$base_dir-$durability" bash eng/db-stop.sh >&2
done
