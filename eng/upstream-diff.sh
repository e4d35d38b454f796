#!/usr/bin/env bash
# A differential check against upstream: runs OpenSlides' own Python migrations (openslides-backend 4.2.30 on
# openslides-datastore-service 832a7812, from the git mirrors) and this tool on the same export, and compares the
# resulting models, model by model.
#
#   bash eng/upstream-diff.sh EXPORT.json [--to N] [--with-fixes] [--ignore-list-order] [--max-report K] [--keep] [--skip-db]
#   bash eng/upstream-diff.sh --datastore-sql DATASTORE.sql [--to N] [...]
#
#   --to N               stop upstream at migration index N: only upstream's migrations with a target index <= N
#                        are registered (the files 0001 .. 00(N-1)); default: all of the snapshot's. Our tool always
#                        migrates to its latest index, so N should be that index (the comparison says if not).
#   --with-fixes         run upstream with the data-losing bugs this tool fixes deliberately fixed the same way:
#                        each eng/upstream-fixes/NNNN_*.py replaces upstream's migration of that name (today 0065,
#                        which deletes a meeting's default_projector_current_los_ids when the old field is missing,
#                        and 0076, which drops valid projection ids). Without it the differences are the README's
#                        deliberate ones; with it everything else must be identical.
#   --ignore-list-order  compare lists as multisets (default: order is significant)
#   --max-report K       show at most K differing models (and fqids) per comparison (default 20)
#   --keep               keep the work directory (inputs, outputs, logs) and the databases; print where
#   --skip-db            only the in-memory comparison (no PostgreSQL)
#   --datastore-sql F    instead of an export, a whole datastore with its history (psql input that fills upstream's
#                        schema, e.g. from eng/make-history-datastore.py): both databases get it, then upstream's
#                        migrate + finalize and ours; compared: models, positions, id_sequences and every event
#
# Environment:
#   MIGRATE   the command of our tool, e.g. artifacts/aot/migrate (default: dotnet run --project src/Migrations --)
#   DATABASE_HOST, DATABASE_PORT, DATABASE_USER, DATABASE_PASSWORD_FILE (or OPENSLIDES_DEVELOPMENT), DATABASE_NAME
#             a PostgreSQL server to use (the user must be allowed to create databases): two fresh databases are
#             created on it and dropped afterwards. Unset: a throwaway cluster is started with eng/db-start.sh in a
#             directory of its own and stopped afterwards.
#   UPSTREAM_BACKEND_MIRROR, UPSTREAM_BACKEND_REF, UPSTREAM_DATASTORE_MIRROR, UPSTREAM_DATASTORE_REF
#             the upstream git mirrors and revisions (defaults below)
#
# Three comparisons, each upstream vs ours:
#   memory  upstream's MigrationWrapperMemory (the backend's meeting import path) vs `migrate migrate-file`
#   db      the models table (fqid, data without meta_position, deleted), the positions (without timestamps) and
#           id_sequences after upstream's import (the datastore's cli/import_data_only.py, i.e. its writer) and
#           upstream's `migrate` + `finalize`, vs `migrate import-data` + `migrate` + `finalize`
#   export  upstream's cli/export_data_only.py vs `migrate export-data` on those two databases
# Exit code: 0 all identical; 1 a difference, or a run failed (the summary says which); 2 usage or setup error.
# Python dependencies: bash eng/upstream-diff-deps.sh (Debian packages; /usr/bin/python3).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
py=/usr/bin/python3
helper="$root/eng/upstream-diff.py"

backend_mirror="${UPSTREAM_BACKEND_MIRROR:-/work/.mirror/OpenSlides+openslides-backend/repo}"
backend_ref="${UPSTREAM_BACKEND_REF:-4.2.30}"
datastore_mirror="${UPSTREAM_DATASTORE_MIRROR:-/work/.mirror/OpenSlides+openslides-datastore-service/repo}"
datastore_ref="${UPSTREAM_DATASTORE_REF:-832a781237ed90f4f4f5b6625297bc4ff8991e4a}"

usage() { sed -n '6,14p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2; exit "${1:-2}"; }
die() { echo "upstream-diff: $*" >&2; exit 2; }

export_file="" to="" compare_opts=() keep=0 skip_db=0 datastore_sql="" with_fixes=0
while [ $# -gt 0 ]; do
  case "$1" in
    --to) [ $# -ge 2 ] || usage; to="$2"; shift 2 ;;
    --to=*) to="${1#--to=}"; shift ;;
    --ignore-list-order) compare_opts+=(--ignore-list-order); shift ;;
    --max-report) [ $# -ge 2 ] || usage; compare_opts+=(--max-report "$2"); shift 2 ;;
    --keep) keep=1; shift ;;
    --with-fixes) with_fixes=1; shift ;;
    --skip-db) skip_db=1; shift ;;
    --datastore-sql) [ $# -ge 2 ] || usage; datastore_sql="$2"; shift 2 ;;
    -h|--help) usage 0 ;;
    -*) echo "upstream-diff: unknown option $1" >&2; usage ;;
    *) [ -z "$export_file" ] || usage; export_file="$1"; shift ;;
  esac
done
if [ -n "$datastore_sql" ]; then
  # A whole datastore (positions with their history, events, models) instead of an export: no in-memory path.
  [ -z "$export_file" ] || usage
  [ -f "$datastore_sql" ] || die "$datastore_sql: no such file"
  datastore_sql="$(cd "$(dirname "$datastore_sql")" && pwd)/$(basename "$datastore_sql")"
  export_file="$datastore_sql"
else
  [ -n "$export_file" ] || usage
  [ -f "$export_file" ] || die "$export_file: no such file"
  export_file="$(cd "$(dirname "$export_file")" && pwd)/$(basename "$export_file")"
fi
if [ -n "$to" ]; then [[ "$to" =~ ^[0-9]+$ ]] && [ "$to" -ge 1 ] || die "--to needs a migration index >= 1, not '$to'"; fi
to_opt=(); [ -z "$to" ] || to_opt=(--to "$to")

[ -x "$py" ] || die "$py is missing (Debian's python3)"
if ! "$py" -c 'import psycopg2, simplejson, bs4, dacite, fastjsonschema, redis, flask, werkzeug, bleach, babel, requests, roman, magic, pypdf, typing_extensions' 2>/dev/null; then
  die "Python packages are missing for $py; run: bash eng/upstream-diff-deps.sh"
fi
if [ -n "${MIGRATE:-}" ]; then
  read -r -a migrate <<< "$MIGRATE"
else
  migrate=(dotnet run --project "$root/src/Migrations" --)
fi

work="$(mktemp -d /tmp/upstream-diff.XXXXXX)"
db_dir="" own_cluster=0 dbs_created=()
cleanup() {
  local rc=$?
  set +e
  if [ "$keep" = 0 ]; then
    for db in "${dbs_created[@]}"; do psql_admin -qc "drop database if exists \"$db\"" >/dev/null 2>&1; done
    [ "$own_cluster" = 0 ] || MIGRATE_DB_DIR="$db_dir" bash "$root/eng/db-stop.sh" >/dev/null 2>&1
    rm -rf "$work"
  else
    echo "upstream-diff: kept $work${dbs_created:+ and the databases ${dbs_created[*]}}" >&2
    [ "$own_cluster" = 0 ] || echo "upstream-diff: the cluster is still running; stop it with: MIGRATE_DB_DIR=$db_dir bash eng/db-stop.sh" >&2
  fi
  exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }
timings=()
failures=()
# step NAME LOG COMMAND...: runs a command with its output in $work/logs/LOG; records the time or the failure.
step() {
  local name="$1" log="$work/logs/$2" start
  shift 2
  start=$(now)
  echo "== $name" >&2
  if "$@" > "$log" 2>&1; then
    timings+=("$name: $(elapsed "$start") s")
    return 0
  else
    local rc=$?
    timings+=("$name: FAILED (exit $rc) after $(elapsed "$start") s")
    failures+=("$name (exit $rc; the last lines of $log$([ "$keep" = 1 ] || echo ', which --keep keeps'):)")
    failures+=("$(tail -n 8 "$log" | sed 's/^/      /')")
    return 1
  fi
}
mkdir -p "$work/logs" "$work/src/backend" "$work/src/datastore"
total_start=$(now)

# 1. The upstream snapshots.
extract() { # MIRROR REF DIR
  [ -d "$1" ] || die "the upstream mirror $1 is missing (it is a git mirror without a work tree)"
  git -C "$1" rev-parse --verify -q "$2^{commit}" >/dev/null || die "$1 has no revision $2"
  git -C "$1" archive "$2" | tar -x -C "$3" || die "cannot extract $2 from $1"
}
start=$(now)
extract "$backend_mirror" "$backend_ref" "$work/src/backend"
extract "$datastore_mirror" "$datastore_ref" "$work/src/datastore"
[ -d "$work/src/backend/openslides_backend/migrations/migrations" ] || die "$backend_ref has no openslides_backend/migrations"
if [ "$with_fixes" = 1 ]; then
  for fix in "$root"/eng/upstream-fixes/[0-9][0-9][0-9][0-9]_*.py; do
    [ -f "$work/src/backend/openslides_backend/migrations/migrations/$(basename "$fix")" ] \
      || die "$(basename "$fix") replaces no migration of $backend_ref"
    cp "$fix" "$work/src/backend/openslides_backend/migrations/migrations/"
    echo "upstream-diff: upstream's $(basename "$fix") replaced by eng/upstream-fixes/$(basename "$fix")" >&2
  done
fi
[ -f "$work/src/datastore/datastore/shared/postgresql_backend/schema.sql" ] || die "$datastore_ref has no schema.sql"
[ -f "$work/src/datastore/cli/import_data_only.py" ] || die "$datastore_ref has no cli/import_data_only.py"
timings+=("extract upstream: $(elapsed "$start") s")
if [ -n "$datastore_sql" ]; then
  echo "upstream-diff: the datastore of $(basename "$datastore_sql"), upstream to ${to:-its latest index}; our tool: ${migrate[*]}" >&2
else
  echo "upstream-diff: $(basename "$export_file") at migration index $("$py" -c 'import json,sys; print(json.load(open(sys.argv[1]))["_migration_index"])' "$export_file"), upstream to ${to:-its latest index}; our tool: ${migrate[*]}" >&2
fi

results=()
compare() { # LABEL UPSTREAM OURS
  local out="$work/logs/compare-$1.txt"
  if "$py" "$helper" compare "${compare_opts[@]}" "$1" "$2" "$3" > "$out" 2>&1; then
    results+=("$(head -n 1 "$out")")
  else
    results+=("$(cat "$out")")
    failures+=("$1: the models differ")
  fi
}

# 2. In memory.
up_mem=0 ours_mem=0
if [ -z "$datastore_sql" ]; then
  step "upstream in memory (MigrationWrapperMemory)" upstream-memory.log \
    "$py" "$helper" memory --src "$work/src" "${to_opt[@]}" "$export_file" "$work/upstream-memory.json" && up_mem=1
  step "ours in memory (migrate-file)" ours-memory.log \
    env -u DATABASE_HOST "${migrate[@]}" migrate-file "$export_file" "$work/ours-memory.json" && ours_mem=1
fi
if [ "$up_mem" = 1 ] && [ "$ours_mem" = 1 ]; then compare memory "$work/upstream-memory.json" "$work/ours-memory.json"; fi

# 3. and 4. On a database.
psql_admin() { PGPASSWORD="$pg_password" psql -X -v ON_ERROR_STOP=1 -h "$DATABASE_HOST" -p "${DATABASE_PORT:-5432}" -U "$DATABASE_USER" -d "$admin_db" "$@"; }
if [ "$skip_db" = 0 ]; then
  start=$(now)
  if [ -z "${DATABASE_HOST:-}" ]; then
    db_dir="$(mktemp -d /tmp/upstream-diff-db.XXXXXX)"
    own_cluster=1
    eval "$(MIGRATE_DB_DIR="$db_dir" bash "$root/eng/db-start.sh" 2>"$work/logs/db-start.log")" \
      || { cat "$work/logs/db-start.log" >&2; die "cannot start PostgreSQL (eng/db-start.sh)"; }
  fi
  for v in DATABASE_HOST DATABASE_USER; do [ -n "${!v:-}" ] || die "$v is not set"; done
  case "${OPENSLIDES_DEVELOPMENT:-}" in
    1|on|true|ON|True|TRUE|On) pg_password=openslides ;;
    *) [ -n "${DATABASE_PASSWORD_FILE:-}" ] || die "DATABASE_PASSWORD_FILE is not set"
       pg_password="$(cat "$DATABASE_PASSWORD_FILE")" ;;
  esac
  admin_db="${DATABASE_NAME:-postgres}"
  up_db="upstream_diff_$$_upstream" ours_db="upstream_diff_$$_ours"
  for db in "$up_db" "$ours_db"; do
    psql_admin -qc "create database \"$db\"" >/dev/null 2>"$work/logs/createdb.log" \
      || { cat "$work/logs/createdb.log" >&2; die "cannot create the database $db on $DATABASE_HOST:${DATABASE_PORT:-5432}"; }
    dbs_created+=("$db")
  done
  timings+=("databases: $(elapsed "$start") s")

  up_db_ok=0 ours_db_ok=0
  if [ -n "$datastore_sql" ]; then
    # Both databases get upstream's schema and the same datastore; then upstream's migrate + finalize against ours.
    load() { env DATABASE_NAME="$1" "$py" "$helper" db-schema --src "$work/src" \
      && PGPASSWORD="$pg_password" psql -X -q -v ON_ERROR_STOP=1 -h "$DATABASE_HOST" -p "${DATABASE_PORT:-5432}" -U "$DATABASE_USER" -d "$1" -f "$datastore_sql"; }
    if step "upstream load (schema.sql, the datastore)" upstream-load.log load "$up_db" \
      && step "upstream migrate + finalize (MigrationWrapper)" upstream-migrate.log \
         env DATABASE_NAME="$up_db" "$py" "$helper" db-migrate --src "$work/src" "${to_opt[@]}" \
      && step "upstream dump" upstream-dump.log env DATABASE_NAME="$up_db" "$py" "$helper" db-dump --events "$work/upstream-db.json"; then
      up_db_ok=1
    fi
    if step "ours load (schema.sql, the datastore)" ours-load.log load "$ours_db" \
      && step "ours migrate" ours-migrate.log env DATABASE_NAME="$ours_db" "${migrate[@]}" migrate \
      && step "ours finalize" ours-finalize.log env DATABASE_NAME="$ours_db" "${migrate[@]}" finalize \
      && step "ours dump" ours-dump.log env DATABASE_NAME="$ours_db" "$py" "$helper" db-dump --events "$work/ours-db.json"; then
      ours_db_ok=1
    fi
    if [ "$up_db_ok" = 1 ] && [ "$ours_db_ok" = 1 ]; then compare db "$work/upstream-db.json" "$work/ours-db.json"; fi
  else
  if step "upstream import (datastore writer, cli/import_data_only.py)" upstream-import.log \
       env DATABASE_NAME="$up_db" "$py" "$helper" db-load --src "$work/src" "$export_file" \
    && step "upstream migrate + finalize (MigrationWrapper)" upstream-migrate.log \
       env DATABASE_NAME="$up_db" "$py" "$helper" db-migrate --src "$work/src" "${to_opt[@]}" \
    && step "upstream models (dump, cli/export_data_only.py)" upstream-dump.log \
       sh -c 'env DATABASE_NAME="$1" "$2" "$3" db-dump "$4/upstream-db.json" && env DATABASE_NAME="$1" "$2" "$3" db-export --src "$4/src" "$4/upstream-export.json"' \
       - "$up_db" "$py" "$helper" "$work"; then
    up_db_ok=1
  fi
  if step "ours import-data" ours-import.log env DATABASE_NAME="$ours_db" "${migrate[@]}" import-data "$export_file" \
       && step "ours migrate" ours-migrate.log env DATABASE_NAME="$ours_db" "${migrate[@]}" migrate \
       && step "ours finalize" ours-finalize.log env DATABASE_NAME="$ours_db" "${migrate[@]}" finalize \
       && step "ours export-data" ours-export.log env DATABASE_NAME="$ours_db" "${migrate[@]}" export-data "$work/ours-export.json" \
       && step "ours models (dump)" ours-dump.log env DATABASE_NAME="$ours_db" "$py" "$helper" db-dump "$work/ours-db.json"; then
    ours_db_ok=1
  fi
  if [ "$up_db_ok" = 1 ] && [ "$ours_db_ok" = 1 ]; then
    compare db "$work/upstream-db.json" "$work/ours-db.json"
    compare export "$work/upstream-export.json" "$work/ours-export.json"
  fi
  fi
fi

# 5. The summary.
echo
echo "upstream-diff summary: $(basename "$export_file"), upstream $backend_ref (datastore ${datastore_ref:0:8}) to ${to:-its latest index}$([ "$with_fixes" = 0 ] || echo " with eng/upstream-fixes"), our tool ${migrate[*]}"
for r in "${results[@]}"; do echo "$r"; done
echo "times:"
for t in "${timings[@]}"; do echo "  $t"; done
echo "  total: $(elapsed "$total_start") s"
if [ "${#failures[@]}" -gt 0 ]; then
  echo "FAILED:"
  for f in "${failures[@]}"; do echo "  $f"; done
  exit 1
fi
echo "ALL IDENTICAL"
