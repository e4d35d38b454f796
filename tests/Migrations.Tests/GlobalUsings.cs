global using Migrations.Runtime.Tests.Infrastructure;

// Each test class gets its own database, so classes run in parallel.
[assembly: CollectionBehavior(CollectionBehavior.CollectionPerClass, MaxParallelThreads = 4)]
