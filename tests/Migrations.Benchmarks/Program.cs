using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Migrations.Benchmarks.GeneratorBenchmarks).Assembly).Run(args);
