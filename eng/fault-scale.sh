#!/usr/bin/env bash
# Fault tests at scale (issue #6), the large version of what CI runs small: on a synthetic datastore of N positions,
#  - the scale harness (three event migrations, one model migration) killed with SIGKILL at K random moments of
#    migrate and of finalize, each time run to the end afterwards;
#  - the database restarted in the middle of migrate, then migrate and finalize run again;
#  - eight runs (migrate and finalize mixed) started at once;
# every result must have the fingerprint (positions, events, models) of an uninterrupted run.
#
#   bash eng/fault-scale.sh                 # 100000 positions, 20 kills
#   bash eng/fault-scale.sh 1000000 30
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
size="${1:-100000}"
kills="${2:-20}"
export MIGRATE_DB_DIR="${MIGRATE_DB_DIR:-/tmp/migrate-fault}"
eval "$(bash eng/db-start.sh)"
trap 'bash eng/db-stop.sh' EXIT
dotnet build tests/Migrations.Scale -c Release -v quiet -nologo >&2
scale=(dotnet "$root/tests/Migrations.Scale/bin/Release/net10.0/migrate-scale.dll")
export PGPASSWORD="$(cat "$DATABASE_PASSWORD_FILE")"
export SCALE_CHECKPOINT_SECONDS="${SCALE_CHECKPOINT_SECONDS:-2}"
sql() { psql -h "$DATABASE_HOST" -p "$DATABASE_PORT" -U "$DATABASE_USER" -d postgres -q -v ON_ERROR_STOP=1 "$@" >/dev/null; }
fresh() { sql -c "DROP DATABASE IF EXISTS fault" -c "CREATE DATABASE fault TEMPLATE fault_base"; }
now() { date +%s.%N; }

sql -c "DROP DATABASE IF EXISTS fault_base" -c "CREATE DATABASE fault_base"
DATABASE_NAME=fault_base "${scale[@]}" generate "$size" 5 >&2
export DATABASE_NAME=fault
fresh
t0=$(now); "${scale[@]}" migrate >&2; t1=$(now); "${scale[@]}" finalize >&2; t2=$(now)
expected=$("${scale[@]}" fingerprint)
migrate_time=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f", b - a }'); finalize_time=$(awk -v a="$t1" -v b="$t2" 'BEGIN { printf "%.2f", b - a }')
echo "uninterrupted: migrate ${migrate_time} s, finalize ${finalize_time} s, $expected" >&2

check() {
  "${scale[@]}" migrate >&2
  "${scale[@]}" finalize >&2
  local actual; actual=$("${scale[@]}" fingerprint)
  [ "$actual" = "$expected" ] || { echo "DIFFERENT RESULT after $1: $actual" >&2; exit 1; }
}

landed=0
for i in $(seq 1 "$kills"); do
  fresh
  phase=migrate; window=$migrate_time
  if [ $((i % 2)) -eq 0 ]; then phase=finalize; window=$finalize_time; "${scale[@]}" migrate >&2; fi
  delay=$(awk -v w="$window" -v r="$RANDOM" 'BEGIN { printf "%.2f", w * 0.9 * r / 32768 }')
  "${scale[@]}" "$phase" >/dev/null 2>&1 & pid=$!
  sleep "$delay"
  if kill -9 "$pid" 2>/dev/null; then landed=$((landed + 1)); fi
  wait "$pid" 2>/dev/null || true
  check "a kill during $phase after ${delay} s"
  echo "kill $i: $phase after ${delay} s -> identical" >&2
done

fresh
"${scale[@]}" migrate >/tmp/fault-restart.out 2>&1 & pid=$!
sleep "$(awk -v w="$migrate_time" 'BEGIN { printf "%.2f", w / 2 }')"
bash eng/db-restart.sh
restart_exit=0; wait "$pid" || restart_exit=$?
kept=$(psql -h "$DATABASE_HOST" -p "$DATABASE_PORT" -U "$DATABASE_USER" -d fault -tA -c "SELECT count(*) FROM migration_positions")
check "a database restart"
echo "restart: migrate exited with $restart_exit ($(grep -m1 -o '[A-Za-z]*Exception[^.]*' /tmp/fault-restart.out || true)), $kept positions kept -> identical" >&2

fresh
pids=()
for i in 1 2 3 4 5 6 7 8; do
  if [ $((i % 2)) -eq 0 ]; then "${scale[@]}" finalize >/dev/null & else "${scale[@]}" migrate >/dev/null & fi
  pids+=($!)
done
for pid in "${pids[@]}"; do wait "$pid"; done
check "eight runs at once"
echo "eight runs at once -> identical" >&2

echo "fault-scale: $size positions; $kills kill points ($landed landed mid-run), 1 database restart (migrate exit $restart_exit, $kept positions kept), 8 concurrent runs; every result identical to the uninterrupted run"
