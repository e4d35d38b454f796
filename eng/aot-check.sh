#!/usr/bin/env bash
# The AOT gate: publishes the `migrate` tool with PublishAot=true, with the whole runtime assembly rooted for
# analysis, fails on any trim or AOT warning (IL2xxx / IL3xxx) or on a binary above the size budget, and prints the
# binary's size and its largest contributors (eng/aot-size.py over ILC's map file).
#
#   bash eng/aot-check.sh
#   AOT_SIZE_BUDGET=21000000 bash eng/aot-check.sh     # the budget in bytes (default 20,000,000)
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
out="$root/artifacts/aot"
log="$root/artifacts/aot-publish.log"
mkdir -p "$root/artifacts"
rm -rf "$out"

budget="${AOT_SIZE_BUDGET:-20000000}"
[[ "$budget" =~ ^[0-9]+$ ]] || { echo "aot-check: AOT_SIZE_BUDGET must be a number of bytes, not '$budget'" >&2; exit 1; }

dotnet publish src/Migrations/Migrations.csproj -c Release -r linux-x64 -p:RootRuntimeForAnalysis=true -p:IlcGenerateMapFile=true -o "$out" >"$log" 2>&1
status=$?
warnings=$(grep -oE "warning IL[23][0-9]{3}[^[]*" "$log" | sort -u)
count=$(printf '%s' "$warnings" | grep -c . || true)
if [ "$status" -ne 0 ]; then
  tail -n 40 "$log" >&2
  echo "aot-check: publish failed (exit $status); see $log" >&2
  exit 1
fi
if [ "$count" -ne 0 ]; then
  printf '%s\n' "$warnings" >&2
  echo "aot-check: $count trim/AOT warning(s)" >&2
  exit 1
fi
size=$(stat -c %s "$out/migrate")
native="$root/src/Migrations/obj/Release/net10.0/linux-x64/native"
if [ -f "$native/migrate.map.xml" ] && [ -f "$native/migrate.ilc.rsp" ]; then
  python3 eng/aot-size.py "$native/migrate.map.xml" "$native/migrate.ilc.rsp" 12 | sed 's/^/aot-check: /'
fi
if [ "$size" -gt "$budget" ]; then
  echo "aot-check: native binary $out/migrate is $size bytes, above the budget of $budget bytes" >&2
  exit 1
fi
echo "aot-check: 0 trim/AOT warnings; native binary $out/migrate is $size bytes ($((size / 1024 / 1024)) MiB), budget $budget bytes ($(( (budget - size) / 1024 )) KiB left)"
