#!/usr/bin/env bash
# The development setup in one command: a throwaway PostgreSQL, the bundled example data (data/example-data.json,
# migration index 1), then migrate, finalize and stats with the migrations built into the tool. The database keeps
# running afterwards; the last lines say how to use and stop it.
#
#   bash eng/dev.sh                              # a new cluster in a directory of its own
#   MIGRATE_DB_DIR=/tmp/my-dev bash eng/dev.sh   # there; again later reuses only a cluster this script created
#
# It empties the datastore it loads the example data into, so it never touches a cluster it did not create: a
# running cluster in MIGRATE_DB_DIR without this script's mark is refused.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
mark=".created-by-eng-dev-sh"
if [ -z "${MIGRATE_DB_DIR:-}" ]; then
  MIGRATE_DB_DIR="$(mktemp -d /tmp/migrate-dev.XXXXXX)"
elif [ -f "$MIGRATE_DB_DIR/env.sh" ] && [ ! -f "$MIGRATE_DB_DIR/$mark" ]; then
  echo "dev: $MIGRATE_DB_DIR holds a cluster this script did not create; it would be emptied. Choose another MIGRATE_DB_DIR." >&2
  exit 1
fi
export MIGRATE_DB_DIR

eval "$(bash eng/db-start.sh)"
touch "$MIGRATE_DB_DIR/$mark"
echo "== building the migrate tool" >&2
dotnet build src/Migrations -c Release -v quiet -nologo >&2
tool=(dotnet "$root/src/Migrations/bin/Release/net10.0/migrate.dll")

echo "== loading the example data" >&2
"${tool[@]}" import-data data/example-data.json
echo "== migrate" >&2
"${tool[@]}" migrate
echo "== finalize" >&2
"${tool[@]}" finalize
echo "== stats" >&2
"${tool[@]}" stats

cat >&2 <<HELP

The database is still running ($MIGRATE_DB_DIR). To use it from another shell:
  eval "\$(cat $MIGRATE_DB_DIR/env.sh)"
  dotnet run --project src/Migrations -- stats          # or: migrate, finalize, export-data out.json, ...
To stop it:
  MIGRATE_DB_DIR=$MIGRATE_DB_DIR bash eng/db-stop.sh
HELP
