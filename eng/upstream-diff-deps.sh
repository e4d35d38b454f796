#!/usr/bin/env bash
# Installs, from Debian's packages, what eng/upstream-diff.sh needs to run upstream OpenSlides' Python migrations
# (openslides-backend 4.2.30 with openslides-datastore-service 832a7812) under Debian's /usr/bin/python3, and the
# PostgreSQL client. Idempotent; run it as root (apt-get).
#
#   bash eng/upstream-diff-deps.sh
#
# The upstream pins (requirements/) and what Debian 12 gives instead. Everything the migration path imports is
# here, except two libraries Debian does not package, which eng/upstream-diff.py stubs (see its docstring):
# opentelemetry-* (tracing, off unless OPENTELEMETRY_ENABLED) and osauthlib (the auth service's client, imported
# through openslides_backend.action for its constants and exceptions). The redis message bus is not installed: the
# writer's publish step is made a no-op.
#
#   psycopg2 2.9.11 -> python3-psycopg2 2.9.5        dacite 1.7.0 -> python3-dacite 1.8.0
#   simplejson 3.20.2 -> python3-simplejson 3.18.3    fastjsonschema 2.21.2 -> python3-fastjsonschema 2.16.3
#   beautifulsoup4 4.14.3 -> python3-bs4 4.11.2       bleach[css] 6.3.0 -> python3-bleach 5.0.1 + python3-tinycss2
#   Babel 2.17.0 -> python3-babel 2.10.3              Flask 3.1.2 / Werkzeug 3.1.4 -> 2.2.2 / 2.2.2
#   redis 7.1.0 -> python3-redis 4.3.4 (imported only)  requests, roman, python-magic, pygments, pypdf: Debian's
#   typing_extensions (imported by openslides_backend.shared.interfaces.event)
#
# bs4 and bleach matter for results: migrations 0045 (amendment paragraphs) and 0050 (TextHashMixin) parse HTML.
set -euo pipefail

packages=(
  python3-psycopg2 python3-simplejson python3-bs4 python3-dacite python3-fastjsonschema python3-redis
  python3-flask python3-werkzeug python3-bleach python3-tinycss2 python3-babel python3-requests python3-roman
  python3-magic python3-pygments python3-yaml python3-pypdf python3-typing-extensions
  postgresql-client
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -eq 0 ]; then
  echo "upstream-diff-deps: all ${#packages[@]} packages are installed" >&2
  exit 0
fi
echo "upstream-diff-deps: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >&2
apt-get install -y -qq "${missing[@]}" >&2
echo "upstream-diff-deps: done" >&2
