#!/usr/bin/env bash
# migrate-file benchmark (issue #12): for each size in MB, a synthetic export at migration index 1
# (eng/make-export.py), then `migrate migrate-file` on it with wall time and peak memory (/usr/bin/time), beside
# a floor measured in the same run: Python's json reading the file into memory and writing it out again (what
# upstream's in-memory path does before and after its migrations).
#
#   bash eng/bench-migrate-file.sh              # 10 100 200
#   bash eng/bench-migrate-file.sh 10 50        # any sizes
#
# Uses the native binary (artifacts/aot/migrate, from eng/aot-check.sh) when it exists, else the managed build.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10 100 200)
if [ -x "$root/artifacts/aot/migrate" ]; then
  tool=("$root/artifacts/aot/migrate")
else
  dotnet build src/Migrations -c Release -v quiet -nologo >&2
  tool=(dotnet "$root/src/Migrations/bin/Release/net10.0/migrate.dll")
fi
work="$(mktemp -d /tmp/bench-migrate-file.XXXXXX)"
trap 'rm -rf "$work"' EXIT

printf '| export | models | floor: json load + dump | migrate-file | time / floor | s per 100 MB | peak memory (floor) | peak memory | memory / file size |\n'
printf '|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n'
for size in "${sizes[@]}"; do
  made=$(python3 eng/make-export.py "$size" "$work/in.json")
  models=$(python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print(sum(len(v) for k, v in d.items() if k != '_migration_index'))" "$work/in.json")
  bytes=$(stat -c %s "$work/in.json")
  /usr/bin/time -f '%e %M' -o "$work/floor" python3 -c 'import json, sys; json.dump(json.load(open(sys.argv[1])), open(sys.argv[2], "w"))' "$work/in.json" "$work/copy.json"
  /usr/bin/time -f '%e %M' -o "$work/run" "${tool[@]}" migrate-file "$work/in.json" "$work/out.json" >/dev/null
  read -r seconds kb < "$work/run"
  read -r floor floor_kb < "$work/floor"
  awk -v mb="$bytes" -v m="$models" -v f="$floor" -v fkb="$floor_kb" -v s="$seconds" -v kb="$kb" 'BEGIN {
    printf "| %.1f MB | %d | %.2f s | %.1f s | %.1fx | %.0f s | %d MB | %d MB | %.1fx |\n",
      mb / 1e6, m, f, s, s / f, s / (mb / 1e8), fkb / 1024, kb / 1024, kb * 1024 / mb }'
  rm -f "$work/out.json" "$work/copy.json"
  echo "  ($made)" >&2
done
