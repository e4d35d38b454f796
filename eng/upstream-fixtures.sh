#!/usr/bin/env bash
# Refreshes the expected results in tests/Migrations.Tests/Data/Upstream: for each export given, runs upstream's own
# tool through eng/upstream-diff.sh (to our tool's newest index) and writes what it made of the file,
#   NAME.upstream-miN.database.json   upstream's export after its import, migrate and finalize
#   NAME.upstream-miN.memory.json     its in-memory migration (MigrationWrapperMemory), in the same shape
# (no memory file when upstream's in-memory path fails on the file). Upstream runs with the data-losing bugs this
# tool fixes deliberately fixed as it fixes them (upstream-diff.sh --with-fixes, eng/upstream-fixes/), so the files
# are upstream's results apart from exactly those fixes. Needs what upstream-diff.sh needs.
#
#   MIGRATE=artifacts/aot/migrate bash eng/upstream-fixtures.sh N EXPORT.json...
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
to="${1:?usage: upstream-fixtures.sh N EXPORT.json...}"; shift
out="$root/tests/Migrations.Tests/Data/Upstream"
for export in "$@"; do
  log=$(bash "$root/eng/upstream-diff.sh" "$export" --to "$to" --with-fixes --keep 2>&1) || true
  work=$(echo "$log" | grep -o "/tmp/upstream-diff\.[A-Za-z0-9]*" | tail -1)
  [ -f "$work/upstream-export.json" ] || { echo "$log" | tail -20 >&2; echo "upstream-fixtures: upstream's run on $export failed" >&2; exit 1; }
  /usr/bin/python3 - "$work" "$out/$(basename "${export%.json}").upstream-mi$to" <<'PY'
import json, os, sys
work, prefix = sys.argv[1], sys.argv[2]
with open(work + "/upstream-export.json", encoding="utf-8") as f:
    exported = json.load(f)
with open(prefix + ".database.json", "w", encoding="utf-8") as f:
    json.dump(exported, f, ensure_ascii=False, separators=(",", ":"))
if os.path.exists(work + "/upstream-memory.json"):
    with open(work + "/upstream-memory.json", encoding="utf-8") as f:
        memory = json.load(f)
    shaped = {"_migration_index": memory["_migration_index"]}
    for fqid, model in memory["models"].items():
        collection, id_ = fqid.split("/")
        shaped.setdefault(collection, {})[id_] = model["data"]
    with open(prefix + ".memory.json", "w", encoding="utf-8") as f:
        json.dump(shaped, f, ensure_ascii=False, separators=(",", ":"))
print(prefix, "written")
PY
  echo "$log" | grep -E "^\[" || true
done
