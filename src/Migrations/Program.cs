using Migrations.Cli;
using Migrations.Generated;

// The native `migrate` tool: its command line (Cli/ToolCommandLine.cs) over the migrations found at compile time.
return await ToolCommandLine.RunAsync(args, [.. GeneratedMigrations.All], GeneratedMigrations.TargetMigrationIndex);
