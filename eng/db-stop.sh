#!/usr/bin/env bash
# Stops the throwaway PostgreSQL cluster started by eng/db-start.sh and deletes its files.
set -uo pipefail
dir="${MIGRATE_DB_DIR:-/tmp/migrate-db}"
[ -d "$dir/data" ] || { echo "db-stop: nothing to stop in $dir" >&2; exit 0; }
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r | head -n 1)
if [ "$(id -u)" = "0" ]; then
  runuser -u postgres -- "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >&2 || true
else
  "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >&2 || true
fi
rm -rf "$dir"
echo "db-stop: stopped and removed $dir" >&2
