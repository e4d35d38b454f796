#!/usr/bin/env bash
# The container image's last stage, approximated without a container engine: builds a minimal Debian 12 (bookworm)
# root file system from Debian's packages (debootstrap --variant=minbase, plus ca-certificates and libssl3, which
# the native binary needs for TLS), copies the native `migrate` binary in, and runs it there as an unprivileged user
# (uid 1654, the `app` user of Microsoft's runtime-deps images) with chroot --userspec: `migrate --help`, then
# `migrate stats` against a throwaway PostgreSQL on loopback, once with a plain connection and once with TLS. Needs
# root (debootstrap, chroot). Not part of CI (the download takes a while); its last result is in the README.
#
#   bash eng/aot-check.sh        # builds artifacts/aot/migrate
#   bash eng/rootfs-check.sh     # MIGRATE=path/to/migrate, ROOTFS=dir (default a new directory under /tmp)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
log() { echo "rootfs-check: $*" >&2; }
[ "$(id -u)" = 0 ] || { log "needs root (debootstrap and chroot)"; exit 1; }
migrate="${MIGRATE:-artifacts/aot/migrate}"
[ -x "$migrate" ] || { log "no executable $migrate; build it with bash eng/aot-check.sh or set MIGRATE"; exit 1; }
if ! command -v debootstrap >/dev/null; then
  log "installing debootstrap with apt-get"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >&2
fi
fs="${ROOTFS:-$(mktemp -d /tmp/rootfs-bookworm.XXXXXX)}"
started=$EPOCHREALTIME
debootstrap --variant=minbase --include=ca-certificates,libssl3 bookworm "$fs" http://deb.debian.org/debian >"$fs.debootstrap.log" 2>&1 \
  || { tail -n 20 "$fs.debootstrap.log" >&2; log "debootstrap failed; log in $fs.debootstrap.log"; exit 1; }
log "bookworm minbase in $fs ($(du -sh "$fs" | cut -f1)) after $(awk -v a="$started" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.0f", b - a }') s"
# mktemp makes the directory 0700: as the root of the file system it must be searchable by everyone.
chmod 0755 "$fs"
install -m 0755 "$migrate" "$fs/usr/local/bin/migrate"

export MIGRATE_DB_DIR="${MIGRATE_DB_DIR:-/tmp/migrate-db-rootfs}"
eval "$(bash eng/db-start.sh)"
trap 'bash eng/db-stop.sh' EXIT
# The password as a secret file the unprivileged user can read inside the root file system.
mkdir -p "$fs/run/secrets"
install -m 0400 -o 1654 -g 1654 "$DATABASE_PASSWORD_FILE" "$fs/run/secrets/postgres_password"
inside() {
  env -i PATH=/usr/local/bin:/usr/bin:/bin HOME=/tmp DATABASE_HOST="$DATABASE_HOST" DATABASE_PORT="$DATABASE_PORT" \
    DATABASE_NAME="$DATABASE_NAME" DATABASE_USER="$DATABASE_USER" DATABASE_PASSWORD_FILE=/run/secrets/postgres_password "$@" \
    "$(command -v chroot)" --userspec=1654:1654 "$fs" /usr/local/bin/migrate "${args[@]}"
}
status=0
args=(--help); out=$(inside 2>&1) || status=$?
printf '%s\n' "$out" | head -n 3 | sed 's/^/  /' >&2
log "migrate --help as uid 1654: exit $status"
[ "$status" = 0 ] || exit 1
for mode in Disable Require; do
  args=(stats); status=0
  out=$(inside DATABASE_SSL_MODE="$mode" 2>&1) || status=$?
  printf '%s\n' "$out" | sed 's/^/  /' >&2
  log "migrate stats as uid 1654, DATABASE_SSL_MODE=$mode: exit $status"
  [ "$status" = 0 ] || exit 1
done
log "ok: the native binary runs in a Debian 12 minbase root file system as an unprivileged user (root file system left in $fs)"
