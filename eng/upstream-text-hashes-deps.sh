#!/usr/bin/env bash
# Installs what eng/upstream-text-hashes.py needs into Debian's /usr/bin/python3: BeautifulSoup and simplejson from
# Debian's packages (the python3 on PATH, e.g. pyenv's, does not see them; call /usr/bin/python3 explicitly).
#
#   bash eng/upstream-text-hashes-deps.sh
#
# Only these two packages (and their dependencies) are installed; python3.11 itself is not upgraded, since a newer
# Debian python3.11 carries the 2025 html.parser rewrite that the backend's CPython 3.10.18 lacks.
set -euo pipefail

if /usr/bin/python3 -c 'import bs4, simplejson' 2>/dev/null; then
  echo "upstream-text-hashes-deps: bs4 and simplejson are already installed" >&2
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y --no-install-recommends python3-bs4 python3-simplejson
