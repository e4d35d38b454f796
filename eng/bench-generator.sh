#!/usr/bin/env bash
# Benchmarks the source generator over 2,000 migration classes (BenchmarkDotNet): a full run and a run after an
# unrelated edit. Results go to artifacts/benchmarks.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
dotnet run -c Release --project tests/Migrations.Benchmarks -- --filter '*GeneratorBenchmarks*' --artifacts artifacts/benchmarks "$@"
