#!/usr/bin/env bash
# The scale proof of the model migrations (issues #14, #15): finalize of a synthetic OpenSlides 4.2 datastore
# (eng/make-history-datastore.py, shaped as at MI 68) through every model migration from its index to the tool's
# newest: from MI 68 0068 split_off_poll_permissions, 0069 transfer_history_to_history_collections, 0070 and
# 0071-0082; with FROM_INDEX=44 the whole chain of model migrations 0044-0082 (the positions are set to MI 44, the
# data keeps its MI-68 shape, so 0044-0067 read what they read on a real 4.2 instance and change what they find),
# against a floor measured in the same run.
#
#   bash eng/aot-check.sh                        # builds artifacts/aot/migrate
#   bash eng/bench-history.sh                    # 100000 1000000 3070000
#   RUNS=1 bash eng/bench-history.sh 20000       # any sizes; RUNS runs of floor and finalize per size (default 3)
#   FROM_INDEX=44 RUNS=1 bash eng/bench-history.sh 100000
#   MIGRATE=path/to/migrate bash eng/bench-history.sh
#
# Per size: a database history_base gets the tool's schema (`migrate stats` creates it) and the generated datastore
# (VACUUM FREEZE ANALYZE after the load, as on a long-running instance). Each run starts from a copy of it
# (CREATE DATABASE history TEMPLATE history_base) and measures
#   - the read floor: with binary COPY to /dev/null, what the migrations read: the positions with information and
#     the (position, fqid) pairs of their events (0069's two history queries), and every model once (the migrations
#     from 0071 on read most collections);
#   - finalize: `migrate finalize --verbose` under /usr/bin/time (wall time, peak RSS), every output line stamped with
#     the time it arrived; a migration's time runs from its line "Running migration with target migration index N"
#     (upstream's debug line) to the next one or to "Cleaning collectionfield helper tables...";
#   - the write floor: the rows the run produced (its positions, the events of its positions, every models row it
#     wrote, i.e. meta_position above the old maximum) copied out with binary COPY, then timed while copied into
#     empty UNLOGGED tables of the same shape with the same indexes.
#   - the tool's resident memory every 0.25 s during finalize, for the peak while each migration ran (on stderr);
#   - issue #14's span, 0068-0070: the sum of their times against a floor of their own: 0069's history queries and
#     the collections the three read, plus their rows (the new positions up to 0069's, their events, the models rows
#     those events name) written once into unlogged tables as above and once into tables as the schema has them
#     (logged, the events' foreign key to positions, the models' trigger);
# floor = read floor + write floor. Reported: medians with min-max of the runs, the ratio of the median finalize to
# the median floor, peak RSS (median and max), and the rows written, checked against the generator's expectation.
# The markdown table goes to stdout, per-run figures and logs to stderr; logs stay in $BENCH_DIR (default a new
# directory under /tmp).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(100000 1000000 3070000)
runs="${RUNS:-3}"
from_index="${FROM_INDEX:-68}"
[[ "$from_index" =~ ^[0-9]+$ ]] && [ "$from_index" -ge 44 ] && [ "$from_index" -le 68 ] \
  || { echo "bench-history: FROM_INDEX must be a migration index from 44 to 68, not '$from_index'" >&2; exit 1; }
migrate="${MIGRATE:-artifacts/aot/migrate}"
[ -x "$migrate" ] || { echo "bench-history: no executable $migrate; build it with bash eng/aot-check.sh or set MIGRATE" >&2; exit 1; }
migrate="$(cd "$(dirname "$migrate")" && pwd)/$(basename "$migrate")"
work="${BENCH_DIR:-$(mktemp -d /tmp/bench-history.XXXXXX)}"
mkdir -p "$work"
export MIGRATE_DB_DIR="${MIGRATE_DB_DIR:-/tmp/migrate-bench-history}"
eval "$(bash eng/db-start.sh)"
# Plain connections on loopback, as in a compose network (the floor and the runs use the same setting).
export DATABASE_SSL_MODE="${DATABASE_SSL_MODE:-Disable}"
trap 'bash eng/db-stop.sh; rm -f "$work"/*.bin' EXIT
export PGPASSWORD="$(cat "$DATABASE_PASSWORD_FILE")"
log() { echo "bench-history: $*" >&2; }
sql() {
  local db="$1"; shift
  PGOPTIONS='-c client_min_messages=warning' psql -X -q -v ON_ERROR_STOP=1 -h "$DATABASE_HOST" -p "$DATABASE_PORT" -U "$DATABASE_USER" -d "$db" "$@"
}
value() { sql "$1" -At -c "$2"; }
now() { local t="$EPOCHREALTIME"; echo "${t/,/.}"; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.2f", b - a }'; }
source "$root/eng/bench-stats.sh"
# A figure of the generator's summary line ("name=value ...").
expect() { printf '%s\n' "$summary" | tr ' ' '\n' | sed -n "s/^$1=//p"; }
# The rows to write for a floor, copied out of database history into $work/*.bin: the positions and their events
# where "$1" holds (a condition on position), the models rows where "$2" holds.
copy_rows() {
  sql history \
    -c "\\copy (SELECT position, timestamp, user_id, information, migration_index FROM positions WHERE $1) TO '$work/positions.bin' WITH (FORMAT binary)" \
    -c "\\copy (SELECT position, fqid, type, data, weight FROM events WHERE $1 ORDER BY id) TO '$work/events.bin' WITH (FORMAT binary)" \
    -c "\\copy (SELECT fqid, data, deleted FROM models WHERE $2) TO '$work/models.bin' WITH (FORMAT binary)"
}
# Seconds to write the copied rows by binary COPY into empty tables shaped as positions, events and models with
# their indexes: with "UNLOGGED" unlogged tables without foreign key or trigger; with "" tables as the schema has
# them (logged, the events' foreign key to positions, the models' trigger). The positions go in first, so the keys
# of the events resolve.
table_floor() {
  local kind="$1" started
  sql history \
    -c "DROP TABLE IF EXISTS floor_events, floor_models, floor_positions" \
    -c "CREATE $kind TABLE floor_positions (LIKE positions INCLUDING ALL)" \
    -c "CREATE $kind TABLE floor_events (LIKE events INCLUDING ALL)" \
    -c "CREATE $kind TABLE floor_models (LIKE models INCLUDING ALL)"
  if [ "$kind" != UNLOGGED ]; then
    sql history \
      -c "ALTER TABLE floor_events ADD FOREIGN KEY (position) REFERENCES floor_positions (position) ON DELETE CASCADE" \
      -c "CREATE TRIGGER floor_models_updated BEFORE INSERT OR UPDATE ON floor_models FOR EACH ROW EXECUTE FUNCTION models_updated()"
  fi
  started=$(now)
  sql history \
    -c "\\copy floor_positions (position, timestamp, user_id, information, migration_index) FROM '$work/positions.bin' WITH (FORMAT binary)" \
    -c "\\copy floor_events (position, fqid, type, data, weight) FROM '$work/events.bin' WITH (FORMAT binary)" \
    -c "\\copy floor_models (fqid, data, deleted) FROM '$work/models.bin' WITH (FORMAT binary)"
  since "$started"
}
strategy=""
[ "$(value postgres "SHOW server_version_num")" -ge 150000 ] && strategy="STRATEGY = FILE_COPY"

printf '| positions | events | history positions | floor (read + write) | finalize | per migration | finalize / floor | 0068-0070 | its floor, unlogged / schema tables | 0068-0070 / floor | peak RSS | rows written |\n'
printf '|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|---|\n'
for size in "${sizes[@]}"; do
  sql postgres -c "DROP DATABASE IF EXISTS history" -c "DROP DATABASE IF EXISTS history_base" -c "CREATE DATABASE history_base" >/dev/null
  DATABASE_NAME=history_base "$migrate" stats >/dev/null
  log "$size positions: generating and loading (progress in $work/generate-$size.log)"
  started=$(now)
  python3 eng/make-history-datastore.py "$size" 2>"$work/generate-$size.log" | sql history_base -f - >/dev/null
  [ "$from_index" = 68 ] || sql history_base -c "UPDATE positions SET migration_index = $from_index"
  sql history_base -c "VACUUM (FREEZE, ANALYZE)"
  summary=$(sed -n 's/^make-history-datastore summary: //p' "$work/generate-$size.log")
  base_max=$(value history_base "SELECT max(position) FROM positions")
  events=$(value history_base "SELECT count(*) FROM events")
  history=$(value history_base "SELECT count(*) FROM positions WHERE information::text <> 'null'")
  log "$size positions: generated and loaded in $(since "$started") s, $(value history_base "SELECT pg_size_pretty(pg_database_size('history_base'))"); $summary"

  floors=(); finals=(); rss=(); written=""; firsts=(); first_floors=(); first_schema_floors=()
  unset per; declare -A per=()
  for run in $(seq 1 "$runs"); do
    sql postgres -c "DROP DATABASE IF EXISTS history" -c "CREATE DATABASE history TEMPLATE history_base $strategy" >/dev/null

    t=$(now)
    sql history \
      -c "\\copy (SELECT position, timestamp, user_id, information FROM positions WHERE information::text <> 'null') TO '/dev/null' WITH (FORMAT binary)" \
      -c "\\copy (SELECT position, fqid FROM positions NATURAL JOIN events WHERE information::text <> 'null') TO '/dev/null' WITH (FORMAT binary)" \
      -c "\\copy (SELECT fqid, data, deleted FROM models) TO '/dev/null' WITH (FORMAT binary)"
    read_floor=$(since "$t")

    out="$work/finalize-$size-$run.log"
    samples="$work/rss-$size-$run.log"
    t=$(now)
    { DATABASE_NAME=history /usr/bin/time -f '%M %e' -o "$work/time" "$migrate" finalize --verbose --progress-interval 0 2>&1 && echo "exit 0" || echo "exit $?"; } \
      | while IFS= read -r line; do printf '%s %s\n' "$(now)" "$line"; done > "$out" &
    finalize_job=$!
    # The tool's resident memory every 0.25 s ("time kB"), for the peak of each migration.
    : > "$samples"
    while kill -0 "$finalize_job" 2>/dev/null; do
      for pid in $(pgrep -f -x "$migrate finalize --verbose --progress-interval 0" || true); do
        kb=$(awk '/^VmRSS:/ { print $2 }' "/proc/$pid/status" 2>/dev/null || true)
        [ -z "$kb" ] || printf '%s %s\n' "$(now)" "$kb" >> "$samples"
      done
      sleep 0.25
    done
    wait "$finalize_job"
    ended=$(now)
    status=$(tail -n 1 "$out" | awk '{ print $3 }')
    if [ "$status" != 0 ]; then
      cat "$out" >&2
      log "finalize failed (exit $status) at $size positions, run $run; log in $out"
      exit 1
    fi
    read -r peak_kb wall < "$work/time"
    index=$(value history "SELECT string_agg(DISTINCT migration_index::text, ', ') FROM positions")

    # Per migration: from its debug line to the next one or to the helper-table cleaning after the model migrations.
    timings=$(awk -v end="$ended" '
      /Running migration with target migration index [0-9]+$/ { if (open) { d[open] = $1 - t }; open = $NF - 1; t = $1; order[++n] = open; next }
      / Cleaning collectionfield helper tables\.\.\.$/ { if (open) { d[open] = $1 - t; open = "" } }
      END { if (open) d[open] = end - t; for (i = 1; i <= n; i++) printf "%04d=%.3f\n", order[i], d[order[i]] }' "$out")
    for pair in $timings; do per[${pair%%=*}]+="${pair#*=} "; done
    # The peak of the samples taken while each migration ran (the collector returns memory late, so a migration
    # right after a heavy one can show some of that one's peak).
    peaks=$(awk -v end="$ended" '
      FNR == NR { st[++m] = $1; kb[m] = $2; next }
      /Running migration with target migration index [0-9]+$/ { if (open) { a[open] = t; b[open] = $1 }; open = $NF - 1; t = $1; order[++n] = open; next }
      / Cleaning collectionfield helper tables\.\.\.$/ { if (open) { a[open] = t; b[open] = $1; open = "" } }
      END {
        if (open) { a[open] = t; b[open] = end }
        for (i = 1; i <= n; i++) { k = order[i]; p = 0; for (j = 1; j <= m; j++) if (st[j] >= a[k] && st[j] <= b[k] && kb[j] > p) p = kb[j]; printf "%04d=%d\n", k, p / 1024 }
      }' "$samples" "$out")
    heaviest=$(printf '%s\n' $peaks | sort -t= -k2 -n -r | head -n 5 | sed 's/=/ /; s/$/ MB/' | paste -sd, - | sed 's/,/ · /g')

    # What the run wrote: its positions, their events and every models row it touched.
    written=$(value history "SELECT format('%s positions, %s events (0069: %s), %s history_entry, %s history_position, %s models written',
        (SELECT count(*) FROM positions WHERE position > $base_max), (SELECT count(*) FROM events WHERE position > $base_max),
        (SELECT count(*) FROM events WHERE position = (SELECT min(position) FROM events WHERE position > $base_max AND fqid LIKE 'history\_position/%')),
        (SELECT count(*) FROM models WHERE fqid LIKE 'history\\_entry/%'), (SELECT count(*) FROM models WHERE fqid LIKE 'history\\_position/%'),
        (SELECT count(*) FROM models WHERE (data->>'meta_position')::int > $base_max))")
    per_position=$(value history "SELECT string_agg(n::text, ' + ' ORDER BY position) FROM (SELECT position, count(*) n FROM events WHERE position > $base_max GROUP BY position) x")
    copy_rows "position > $base_max" "(data->>'meta_position')::int > $base_max"
    write_floor=$(table_floor UNLOGGED)

    # 0068-0070 (issue #14's span): their time, and a floor of their own. 0068 writes its position first, 0069 the
    # position with the history_position creates, 0070 nothing on this data (it finds no broken entries); so their
    # rows are the new positions up to 0069's, those positions' events, and the models rows their events name (as
    # the run left them: later migrations may have changed some of them). The read part is 0069's two history
    # queries and the collections 0068-0070 read (groups, meetings, motions, assignments, users; the history entries
    # 0070 reads are 0069's own rows).
    first_end=$(value history "SELECT coalesce(min(position), $base_max) FROM events WHERE position > $base_max AND fqid LIKE 'history\_position/%'")
    copy_rows "position > $base_max AND position <= $first_end" "fqid IN (SELECT fqid FROM events WHERE position > $base_max AND position <= $first_end)"
    t=$(now)
    sql history \
      -c "\\copy (SELECT position, timestamp, user_id, information FROM positions WHERE position <= $base_max AND information::text <> 'null') TO '/dev/null' WITH (FORMAT binary)" \
      -c "\\copy (SELECT position, fqid FROM positions NATURAL JOIN events WHERE position <= $base_max AND information::text <> 'null') TO '/dev/null' WITH (FORMAT binary)" \
      -c "\\copy (SELECT fqid, data, deleted FROM models WHERE split_part(fqid, '/', 1) IN ('group', 'meeting', 'motion', 'assignment', 'user')) TO '/dev/null' WITH (FORMAT binary)"
    first_read=$(since "$t")
    first_unlogged=$(table_floor UNLOGGED)
    first_schema=$(table_floor "")
    rm -f "$work"/*.bin
    first_time=$(printf '%s\n' $timings | awk -F= '$1 >= "0068" && $1 <= "0070" { s += $2 } END { printf "%.2f", s }')
    first_floor=$(awk -v r="$first_read" -v w="$first_unlogged" 'BEGIN { printf "%.2f", r + w }')
    first_schema_floor=$(awk -v r="$first_read" -v w="$first_schema" 'BEGIN { printf "%.2f", r + w }')
    firsts+=("$first_time") first_floors+=("$first_floor") first_schema_floors+=("$first_schema_floor")

    floor=$(awk -v r="$read_floor" -v w="$write_floor" 'BEGIN { printf "%.2f", r + w }')
    floors+=("$floor") finals+=("$wall") rss+=("$((peak_kb / 1024))")
    log "$size positions, run $run: floor $floor s (read $read_floor s, write $write_floor s), finalize $wall s, peak RSS $((peak_kb / 1024)) MB, MI $index, $(printf '%s' "$timings" | tr '\n' ' ')"
    log "  0068-0070: $first_time s; floor: read $first_read s + write $first_unlogged s (unlogged) or $first_schema s (schema tables)"
    log "  $written; events per new position: ${per_position:-none}"
    log "  peak RSS while each migration ran (sampled every 0.25 s), heaviest: ${heaviest:-none}; all: $(printf '%s' "$peaks" | tr '\n' ' ')"
  done
  sql postgres -c "DROP DATABASE IF EXISTS history" >/dev/null

  # The generator's expectation for 0069 (upstream's 0069 on this data; 0070 finds nothing to remove).
  want="(0069: $(expect expected_0069_events)), $(expect expected_0069_history_entries) history_entry, $(expect expected_0069_history_positions) history_position"
  got=$(printf '%s' "$written" | sed -E 's/^[0-9]+ positions, [0-9]+ events //; s/, [0-9]+ models written$//')
  check="as expected"
  [ "$got" = "$want" ] || check="expected $want"
  migrations=""
  for key in $(printf '%s\n' "${!per[@]}" | sort); do
    # shellcheck disable=SC2086
    migrations+="${migrations:+ · }$key $(spread ' s' ${per[$key]})"
  done
  ratio=$(awk -v f="$(median "${finals[@]}")" -v x="$(median "${floors[@]}")" 'BEGIN { printf "%.1f", f / x }')
  first_ratio=$(awk -v f="$(median "${firsts[@]}")" -v x="$(median "${first_floors[@]}")" -v y="$(median "${first_schema_floors[@]}")" \
    'BEGIN { printf "%.1f× / %.1f×", f / x, f / y }')
  printf '| %s | %s | %s | %s | %s | %s | %s× | %s | %s / %s | %s | %s MB (max %s MB) | %s (%s) |\n' \
    "$size" "$events" "$history" "$(spread ' s' "${floors[@]}")" "$(spread ' s' "${finals[@]}")" \
    "${migrations:-n/a: no per-migration lines}" "$ratio" "$(spread ' s' "${firsts[@]}")" "$(spread ' s' "${first_floors[@]}")" \
    "$(spread ' s' "${first_schema_floors[@]}")" "$first_ratio" "$(median "${rss[@]}")" "$(printf '%s\n' "${rss[@]}" | sort -n | tail -n 1)" \
    "$written" "$check"
done
