#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster on 127.0.0.1 and a free port, as the `postgres` user, and
# prints the `export` lines of its connection settings (upstream's DATABASE_* variables).
#
#   eval "$(bash eng/db-start.sh)"      # start and export into this shell
#   bash eng/db-stop.sh                  # stop and delete it
#
# PostgreSQL is installed with apt when no server binaries are found. The cluster lives in
# $MIGRATE_DB_DIR (default /tmp/migrate-db); its settings are also written to $MIGRATE_DB_DIR/env.sh.
# MIGRATE_DB_DURABLE=1 keeps PostgreSQL's default durability (otherwise fsync and synchronous_commit are off).
set -euo pipefail

dir="${MIGRATE_DB_DIR:-/tmp/migrate-db}"
log() { echo "db-start: $*" >&2; }

find_bin() {
  local d
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ]; then echo "$d"; return 0; fi
  done
  return 1
}

if ! bin=$(find_bin); then
  log "no PostgreSQL server found; installing it with apt-get"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
  bin=$(find_bin) || { log "PostgreSQL server binaries still missing after apt-get install"; exit 1; }
fi

if ! id postgres >/dev/null 2>&1; then
  log "creating the system user 'postgres'"
  useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
fi

as_postgres() {
  if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# Already running? Then just print its settings again.
if [ -f "$dir/env.sh" ] && [ -f "$dir/data/postmaster.pid" ] && as_postgres "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
  log "already running ($dir)"
  cat "$dir/env.sh"
  exit 0
fi

# Ports below the kernel's ephemeral range (32768 upward here): a port in that range can be taken at any moment by
# the local end of some client connection, which a probe by connecting does not see, and the server then cannot bind.
port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
first_port=25432
last_port=25531
next_port() {
  local candidate
  for candidate in $(seq "$1" "$last_port"); do
    if port_free "$candidate"; then echo "$candidate"; return 0; fi
  done
  return 1
}
fixed_port="${MIGRATE_DB_PORT:-}"
port="${fixed_port:-$(next_port "$first_port" || true)}"
[ -n "$port" ] || { log "no free port in $first_port-$last_port"; exit 1; }

rm -rf "$dir"
mkdir -p "$dir"
password="migrate-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
printf '%s' "$password" > "$dir/password"
chown -R postgres:postgres "$dir" 2>/dev/null || true
chmod 700 "$dir"
chmod 600 "$dir/password"

as_postgres "$bin/initdb" -D "$dir/data" -U postgres --pwfile="$dir/password" \
  --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
  || { cat "$dir/initdb.log" >&2; exit 1; }

# TLS with a self-signed certificate, so that encrypted connections can be tested (plain ones still work).
ssl_options=""
if command -v openssl >/dev/null 2>&1 \
  && openssl req -new -x509 -days 30 -nodes -subj "/CN=127.0.0.1" -keyout "$dir/data/server.key" -out "$dir/data/server.crt" >/dev/null 2>&1; then
  chown postgres:postgres "$dir/data/server.key" "$dir/data/server.crt" 2>/dev/null || true
  chmod 600 "$dir/data/server.key"
  ssl_options="-c ssl=on -c ssl_cert_file=server.crt -c ssl_key_file=server.key"
fi

# A throwaway cluster for tests and development: durability is traded for speed, unless MIGRATE_DB_DURABLE=1 asks
# for PostgreSQL's defaults (fsync, synchronous_commit and full_page_writes on), as production servers run. Two
# scripts starting at once can pick the same free port; the one that loses the bind tries the next port.
durability="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
[ "${MIGRATE_DB_DURABLE:-0}" = 1 ] && durability=""
for attempt in 1 2 3 4 5; do
  if as_postgres "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir $durability -c max_connections=200 $ssl_options" \
    start >&2; then
    break
  fi
  if [ -n "$fixed_port" ] || ! grep -q "could not bind" "$dir/server.log" || [ "$attempt" = 5 ]; then
    cat "$dir/server.log" >&2
    exit 1
  fi
  log "port $port was taken meanwhile; trying the next one"
  port=$(next_port $((port + 1))) || { log "no free port in $first_port-$last_port"; exit 1; }
  : > "$dir/server.log"
done

# The password file must be readable by whoever runs the tool (root here) as well.
cp "$dir/password" "$dir/password.client"
chmod 644 "$dir/password.client"

cat > "$dir/env.sh" <<ENV
export DATABASE_HOST=127.0.0.1
export DATABASE_PORT=$port
export DATABASE_NAME=postgres
export DATABASE_USER=postgres
export DATABASE_PASSWORD_FILE=$dir/password.client
export MIGRATE_DB_DIR=$dir
export MIGRATE_DB_TLS=${ssl_options:+1}
ENV
log "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') listening on 127.0.0.1:$port (data in $dir)"
cat "$dir/env.sh"
