using Migrations.Runtime.Authoring;
using Migrations.Runtime.Database;
using Migrations.Runtime.Engine;
using Migrations.Runtime.Errors;
using Npgsql;

namespace Migrations.Cli;

/// <summary>
/// Runs one command against the datastore and turns every failure into a clear message on stderr and a distinct
/// exit code: a database that cannot be reached or refuses the password is reported as exactly that, never as
/// "not migrated".
/// </summary>
internal sealed class CommandRunner(IReadOnlyList<MigrationDescriptor> migrations, TextWriter output, TextWriter error, ProgressDisplay? progress = null)
{
    /// <summary>Runs a migration command with a handler over the registered migrations.</summary>
    public Task<int> RunAsync(string? connectionString, bool verbose, MigrationOptions options, Func<MigrationHandler, CancellationToken, Task<int>> command, CancellationToken cancellationToken) =>
        RunWithDatabaseAsync(connectionString, (dataSource, ct) =>
        {
            var logger = new MigrationLogger(line =>
            {
                progress?.Finish();
                output.WriteLine(line);
            }, verbose);
            var run = options with { Progress = progress is null ? null : progress.Report };
            return command(new MigrationHandler(dataSource, migrations, logger, run), ct);
        }, cancellationToken);

    /// <summary>Runs a command that only needs the database (the data scripts).</summary>
    public async Task<int> RunWithDatabaseAsync(string? connectionString, Func<NpgsqlDataSource, CancellationToken, Task<int>> command, CancellationToken cancellationToken)
    {
        try
        {
            return await RunCoreAsync(connectionString, command, cancellationToken);
        }
        finally
        {
            progress?.Finish();
        }
    }

    /// <summary>Runs a command without a database (migrate-file), with the same error handling.</summary>
    public async Task<int> RunOfflineAsync(Func<CancellationToken, Task<int>> command, CancellationToken cancellationToken)
    {
        try
        {
            return await command(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || cancellationToken.IsCancellationRequested)
        {
            return Fail(e, null, cancellationToken);
        }
    }

    private async Task<int> RunCoreAsync(string? connectionString, Func<NpgsqlDataSource, CancellationToken, Task<int>> command, CancellationToken cancellationToken)
    {
        DatabaseSettings settings;
        try
        {
            settings = connectionString is null ? DatabaseSettings.FromEnvironment() : DatabaseSettings.FromConnectionString(connectionString);
        }
        catch (DatabaseConfigurationException e)
        {
            return Fail(e, null, cancellationToken);
        }

        try
        {
            await using var dataSource = settings.CreateDataSource();
            await DatastoreSchema.ApplyAsync(dataSource, cancellationToken);
            return await command(dataSource, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || cancellationToken.IsCancellationRequested)
        {
            return Fail(e, settings.Source, cancellationToken);
        }
    }

    private int Fail(Exception e, string? database, CancellationToken cancellationToken)
    {
        var (code, message) = Failures.Describe(e, database, cancellationToken.IsCancellationRequested);
        error.WriteLine(message);
        return code;
    }
}
