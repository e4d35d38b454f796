#!/usr/bin/env bash
# Restarts the PostgreSQL cluster that eng/db-start.sh started in $MIGRATE_DB_DIR (fast shutdown: open connections
# are cut, open transactions roll back), as a database restart in production would. Used by the fault tests.
set -euo pipefail
dir="${MIGRATE_DB_DIR:-/tmp/migrate-db}"
[ -f "$dir/data/postmaster.pid" ] || { echo "db-restart: no running cluster in $dir" >&2; exit 1; }
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r | head -n 1)
if [ "$(id -u)" = "0" ]; then
  runuser -u postgres -- "$bin/pg_ctl" -D "$dir/data" -m fast -w -t 60 restart >/dev/null
else
  "$bin/pg_ctl" -D "$dir/data" -m fast -w -t 60 restart >/dev/null
fi
echo "db-restart: restarted the cluster in $dir" >&2
