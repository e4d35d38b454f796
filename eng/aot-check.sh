#!/usr/bin/env bash
# The AOT gate: publishes the `migrate` tool with PublishAot=true, with the whole runtime assembly rooted for
# analysis, fails on any trim or AOT warning (IL2xxx / IL3xxx) and prints the binary's size.
#
#   bash eng/aot-check.sh
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
out="$root/artifacts/aot"
log="$root/artifacts/aot-publish.log"
mkdir -p "$root/artifacts"
rm -rf "$out"

dotnet publish src/Migrations/Migrations.csproj -c Release -r linux-x64 -p:RootRuntimeForAnalysis=true -o "$out" >"$log" 2>&1
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
echo "aot-check: 0 trim/AOT warnings; native binary $out/migrate is $size bytes ($((size / 1024 / 1024)) MiB)"
